import { useEffect, useId, useRef, useState } from 'react';
import { Icon } from '../../components/Icon';
import type { GraphRendererName } from './GraphCanvas';

/**
 * The graph's display settings, behind a toolbar button: for now, whether WebGL draws it. The
 * choice is kept in the settings file, for every workspace.
 */
export function GraphDisplayOptions({
  webgl,
  renderer,
  onWebgl,
}: {
  webgl: boolean;
  /** What is drawing now; canvas while WebGL is asked for means it is not available here. */
  renderer: GraphRendererName | null;
  onWebgl: (on: boolean) => void;
}) {
  const [open, setOpen] = useState(false);
  const panel = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const id = useId();

  useEffect(() => {
    if (!open) return;
    const away = (event: MouseEvent) => {
      const target = event.target as Node;
      if (!panel.current?.contains(target) && !button.current?.contains(target)) setOpen(false);
    };
    document.addEventListener('mousedown', away);
    return () => document.removeEventListener('mousedown', away);
  }, [open]);

  const unavailable = webgl && renderer === 'canvas';

  return (
    <div className="graph-options-anchor">
      <button
        ref={button}
        type="button"
        className="icon-button"
        data-testid="graph-display-options"
        title="Display options: how the graph is drawn"
        aria-label="Display options"
        aria-expanded={open}
        aria-controls={open ? `${id}-panel` : undefined}
        onClick={() => setOpen((current) => !current)}
      >
        <Icon name="sliders" size={15} />
      </button>
      {open && (
        <div
          ref={panel}
          id={`${id}-panel`}
          className="graph-options"
          role="dialog"
          aria-label="Graph display options"
          onKeyDown={(event) => {
            if (event.key !== 'Escape') return;
            event.stopPropagation();
            setOpen(false);
            button.current?.focus();
          }}
        >
          <label className="graph-option">
            <input
              type="checkbox"
              className="checkbox"
              data-testid="graph-webgl"
              checked={webgl}
              aria-describedby={`${id}-webgl-hint`}
              onChange={(event) => onWebgl(event.target.checked)}
              autoFocus
            />
            <span className="graph-option-text">
              <span className="graph-option-label">Draw with WebGL</span>
              <span className="graph-option-hint" id={`${id}-webgl-hint`}>
                Uses the graphics card: faster panning and zooming on large graphs with a real GPU. Slower
                where the computer draws in software (virtual machines, remote desktops). Off draws with
                canvas.
              </span>
            </span>
          </label>
          <p className="graph-option-status" data-testid="graph-renderer-status" role="status">
            {renderer === null
              ? ''
              : unavailable
                ? 'WebGL is not available here, so the graph is drawn with canvas.'
                : renderer === 'webgl'
                  ? 'Drawn with WebGL.'
                  : 'Drawn with canvas.'}
          </p>
        </div>
      )}
    </div>
  );
}
