/** The app's few line icons, drawn on a 16-pixel grid in the current text colour. */
const paths = {
  file: 'M4 1.75h5.25L12.5 5v9.25H4zM9 1.75V5.25h3.5',
  lock: 'M3.75 7.25h8.5v6.5h-8.5zM5.5 7.25V5a2.5 2.5 0 0 1 5 0v2.25',
  folder: 'M1.75 3.25h4.5l1.5 1.5h6.5v8.5H1.75z',
  folderOpen: 'M1.75 12.75v-9.5h4.5l1.5 1.5h5v2M1.75 12.75l2-5.5h10.5l-2 5.5z',
  plus: 'M8 3v10M3 8h10',
  close: 'M4 4l8 8M12 4l-8 8',
  warning: 'M8 1.75l6.5 11.5h-13zM8 6.25v3.25M8 11.4v.1',
  error: 'M8 1.5a6.5 6.5 0 1 0 0 13a6.5 6.5 0 1 0 0-13zM8 4.75v4M8 11.1v.1',
  sidebar: 'M1.75 2.75h12.5v10.5H1.75zM5.75 2.75v10.5',
  notesPane: 'M1.75 2.75h12.5v10.5H1.75zM10.25 2.75v10.5',
  prospects:
    'M8 8a2.75 2.75 0 1 0 0-5.5A2.75 2.75 0 0 0 8 8zM2.75 14c.4-2.9 2.5-4.5 5.25-4.5s4.85 1.6 5.25 4.5',
  note: 'M3 1.75h10v12.5H3zM5.5 5h5M5.5 7.75h5M5.5 10.5h3',
  database:
    'M2.75 3.75c0-1.1 2.35-2 5.25-2s5.25.9 5.25 2v8.5c0 1.1-2.35 2-5.25 2s-5.25-.9-5.25-2zM2.75 3.75c0 1.1 2.35 2 5.25 2s5.25-.9 5.25-2M2.75 8c0 1.1 2.35 2 5.25 2s5.25-.9 5.25-2',
  check: 'M3.25 8.25l3 3 6.5-6.5',
  chevronRight: 'M6 3.5L10.5 8 6 12.5',
  import: 'M8 1.75v8M4.75 6.75L8 10l3.25-3.25M2.25 11.5v2.75h11.5V11.5',
  archive: 'M2.25 2.75h11.5v3H2.25zM3 5.75v7.5h10v-7.5M6.5 8.25h3',
  search: 'M7 2.25a4.75 4.75 0 1 0 0 9.5a4.75 4.75 0 1 0 0-9.5zM10.5 10.5l3.25 3.25',
  arrowUp: 'M8 13V3M4.5 6.5L8 3l3.5 3.5',
  arrowDown: 'M8 3v10M4.5 9.5L8 13l3.5-3.5',
  chevronDown: 'M3.5 6L8 10.5 12.5 6',
  link: 'M6.75 9.25a2.5 2.5 0 0 0 3.5 0l2-2a2.5 2.5 0 0 0-3.5-3.5l-.75.75M9.25 6.75a2.5 2.5 0 0 0-3.5 0l-2 2a2.5 2.5 0 0 0 3.5 3.5l.75-.75',
  trash: 'M2.75 4.25h10.5M6.25 4.25V2.75h3.5v1.5M4 4.25l.6 9h6.8l.6-9',
  accounts:
    'M6 7.5a2.25 2.25 0 1 0 0-4.5a2.25 2.25 0 0 0 0 4.5zM1.75 13c.35-2.4 2-3.75 4.25-3.75s3.9 1.35 4.25 3.75M10.5 3.1a2.25 2.25 0 0 1 0 4.3M12 9.5c1.2.5 2 1.6 2.25 3.5',
  image: 'M2.25 2.75h11.5v10.5H2.25zM2.25 11.25l3.5-3.5 3 3 2-2 3 3M10.75 6.25v.01',
  fit: 'M2.25 5.5V2.25H5.5M10.5 2.25h3.25V5.5M13.75 10.5v3.25H10.5M5.5 13.75H2.25V10.5',
  sliders:
    'M1.75 4.5h3.5M8.75 4.5h5.5M1.75 11.5h7.5M12.75 11.5h1.5M5.25 2.75v3.5h3.5v-3.5zM9.25 9.75v3.5h3.5v-3.5z',
  copy: 'M5.25 5.25h8.5v8.5h-8.5zM10.75 5.25v-3h-8.5v8.5h3',
  arrowLeft: 'M13 8H3M6.5 4.5L3 8l3.5 3.5',
  graph:
    'M8 9.75a1.75 1.75 0 1 0 0-3.5a1.75 1.75 0 0 0 0 3.5zM3 4.25a1.25 1.25 0 1 0 0-2.5a1.25 1.25 0 0 0 0 2.5zM13 4.25a1.25 1.25 0 1 0 0-2.5a1.25 1.25 0 0 0 0 2.5zM3.5 14.25a1.25 1.25 0 1 0 0-2.5a1.25 1.25 0 0 0 0 2.5zM3.9 3.9l2.8 3M12.1 3.9l-2.8 3M4.4 12l2.3-2.4',
} as const;

export type IconName = keyof typeof paths;

export function Icon({ name, size = 16, className }: { name: IconName; size?: number; className?: string }) {
  return (
    <svg
      className={className}
      width={size}
      height={size}
      viewBox="0 0 16 16"
      fill="none"
      stroke="currentColor"
      strokeWidth={1.35}
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      <path d={paths[name]} />
    </svg>
  );
}
