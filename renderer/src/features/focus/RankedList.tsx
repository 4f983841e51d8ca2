import { useState } from 'react';
import type { RankedItemDto } from '../../../../common/dto';
import { formatCount } from '../../components/format/count';
import { setCiteData } from '../search/cite';

const shownAtFirst = 8;

/** One ranked list (hashtags, mentions, terms…): each item opens the posts behind it. */
export function RankedList({
  title,
  hint,
  items,
  empty,
  selected,
  testId,
  citeItem,
  onOpen,
}: {
  title: string;
  hint?: string;
  items: readonly RankedItemDto[];
  empty: string;
  /** The item whose posts are open in the drawer. */
  selected: string | null;
  testId?: string;
  citeItem: (item: RankedItemDto) => string;
  onOpen: (item: RankedItemDto) => void;
}) {
  const [expanded, setExpanded] = useState(false);
  const max = items.reduce((m, item) => Math.max(m, item.count), 0);
  const shown = expanded ? items : items.slice(0, shownAtFirst);
  return (
    <div className="focus-list" data-testid={testId}>
      <h4 className="focus-list-title">
        {title}
        {hint && <span className="focus-list-hint">{hint}</span>}
      </h4>
      {items.length === 0 ? (
        <p className="focus-list-empty">{empty}</p>
      ) : (
        <ol className="focus-items">
          {shown.map((item) => {
            const key = `${title}\n${item.value}`;
            return (
              <li key={item.value}>
                <button
                  type="button"
                  className="focus-item"
                  aria-pressed={selected === key}
                  data-testid="focus-item"
                  title={`${item.value}: ${formatCount(item.count)} ${item.count === 1 ? 'post' : 'posts'}. Open them.`}
                  draggable
                  onDragStart={(event) => setCiteData(event.dataTransfer, citeItem(item))}
                  onClick={() => onOpen(item)}
                >
                  <span
                    className="focus-item-bar"
                    style={{ width: `${max ? Math.max(4, (item.count / max) * 100) : 0}%` }}
                    aria-hidden="true"
                  />
                  <span className="focus-item-value">{item.value}</span>
                  <span className="focus-item-count tabular">{formatCount(item.count)}</span>
                </button>
              </li>
            );
          })}
        </ol>
      )}
      {items.length > shownAtFirst && (
        <button type="button" className="link-button focus-more" onClick={() => setExpanded((e) => !e)}>
          {expanded ? 'Show fewer' : `Show all ${items.length}`}
        </button>
      )}
    </div>
  );
}
