const kinds = [
  { kind: 'png', label: 'PNG', what: 'a PNG image' },
  { kind: 'svg', label: 'SVG', what: 'an SVG drawing' },
] as const;

/** Save the graph as a picture; the path-first view's come with a title and a legend (`framed`). */
export function ExportButtons({
  disabled,
  framed,
  onExport,
}: {
  disabled: boolean;
  framed: boolean;
  onExport: (kind: 'png' | 'svg') => Promise<void>;
}) {
  return kinds.map(({ kind, label, what }) => (
    <button
      key={kind}
      type="button"
      className="button button-small"
      data-testid={`graph-export-${kind}`}
      disabled={disabled}
      title={
        framed
          ? `Save the paths as ${what}, with a title and a legend`
          : `Save the graph as it looks now as ${what}`
      }
      onClick={() => void onExport(kind)}
    >
      {label}
    </button>
  ));
}
