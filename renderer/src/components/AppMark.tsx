/** The product's mark: a running track seen from above, with the inside lane lit. */
export function AppMark({ size = 40 }: { size?: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 48 48" aria-hidden="true" focusable="false">
      <defs>
        <linearGradient id="app-mark-fill" x1="0" y1="0" x2="1" y2="1">
          <stop offset="0" stopColor="#5a74ea" />
          <stop offset="1" stopColor="#3346b8" />
        </linearGradient>
      </defs>
      <rect x="2" y="2" width="44" height="44" rx="11" fill="url(#app-mark-fill)" />
      <rect
        x="9"
        y="13"
        width="30"
        height="22"
        rx="11"
        fill="none"
        stroke="rgba(255,255,255,0.45)"
        strokeWidth="2.5"
      />
      <rect x="15" y="18.5" width="18" height="11" rx="5.5" fill="none" stroke="#ffffff" strokeWidth="2.75" />
      <circle cx="33" cy="24" r="3" fill="#ffd25e" />
    </svg>
  );
}
