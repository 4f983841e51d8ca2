import { useState } from 'react';
import { exportSizes, type ExportSizeId, type PixelSize } from './exportSize';

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
  onExport: (kind: 'png' | 'svg', size: PixelSize | null) => Promise<void>;
}) {
  const [sizeId, setSizeId] = useState<ExportSizeId>('1080p');
  const size = exportSizes.find((s) => s.id === sizeId)?.size ?? null;
  return (
    <>
      <label className="graph-export-size">
        <span className="visually-hidden">Picture size</span>
        <select
          className="select select-small"
          value={sizeId}
          disabled={disabled}
          data-testid="graph-export-size"
          title="The PNG's size in pixels (an SVG scales to any size)"
          onChange={(event) => setSizeId(event.target.value as ExportSizeId)}
        >
          {exportSizes.map((choice) => (
            <option key={choice.id} value={choice.id}>
              {choice.label}
            </option>
          ))}
        </select>
      </label>
      {kinds.map(({ kind, label, what }) => (
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
          onClick={() => void onExport(kind, size)}
        >
          {label}
        </button>
      ))}
    </>
  );
}
