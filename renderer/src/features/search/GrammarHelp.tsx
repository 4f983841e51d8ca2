import { useEffect, useId, useRef, useState } from 'react';
import { grammarHelp } from './searchText';

/** The query grammar as a cheat sheet: a click on an example adds it to the query. */
export function GrammarHelp({ onInsert }: { onInsert: (example: string) => void }) {
  const [open, setOpen] = useState(false);
  const ref = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const panelId = useId();

  useEffect(() => {
    if (!open) return;
    const away = (event: MouseEvent) => {
      if (!ref.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('mousedown', away);
    return () => document.removeEventListener('mousedown', away);
  }, [open]);

  return (
    <div
      className="grammar-help"
      ref={ref}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && open) {
          event.stopPropagation();
          setOpen(false);
          buttonRef.current?.focus();
        }
      }}
    >
      <button
        ref={buttonRef}
        type="button"
        className="icon-button grammar-button"
        aria-expanded={open}
        aria-controls={panelId}
        aria-label="How to write a query"
        title="How to write a query"
        data-testid="search-help"
        onClick={() => setOpen((o) => !o)}
      >
        ?
      </button>
      {open && (
        <div className="grammar-popover" id={panelId} role="dialog" aria-label="Query grammar">
          <p className="grammar-intro">Combine any of these; words are matched whole, in any case.</p>
          <table className="grammar-table">
            <tbody>
              {grammarHelp.map(({ example, meaning }) => (
                <tr key={example}>
                  <td>
                    <button
                      type="button"
                      className="grammar-example"
                      title="Add to the query"
                      onClick={() => onInsert(example)}
                    >
                      {example}
                    </button>
                  </td>
                  <td className="grammar-meaning">{meaning}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
