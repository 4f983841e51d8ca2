import { useState } from 'react';
import { formatCount } from './format/count';

/**
 * A long list shows its first few and a button for the rest: `shown` is what to draw, `more`
 * is null when everything fits.
 */
export function useFirstFew<Item>(items: readonly Item[], atFirst: number) {
  const [expanded, setExpanded] = useState(false);
  return {
    shown: expanded ? items : items.slice(0, atFirst),
    more:
      items.length > atFirst
        ? { expanded, total: items.length, onToggle: () => setExpanded((open) => !open) }
        : null,
  };
}

/** "Show all 48", then "Show fewer". */
export function ShowAllButton({
  more,
  className,
}: {
  more: ReturnType<typeof useFirstFew>['more'];
  className: string;
}) {
  if (!more) return null;
  return (
    <button type="button" className={`link-button ${className}`} onClick={more.onToggle}>
      {more.expanded ? 'Show fewer' : `Show all ${formatCount(more.total)}`}
    </button>
  );
}
