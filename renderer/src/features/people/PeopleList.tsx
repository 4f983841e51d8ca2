import type { KeyboardEvent } from 'react';
import type { PersonSummaryDto } from '../../../../common/dto';
import type { PagedRows } from '../../components/account-table/usePagedRows';
import { useVirtualPages } from '../../components/account-table/useVirtualPages';
import { relationshipNoun } from './relationships';

const rowHeight = 52;

/** "Operations Director at Acme Logistics", or whichever of the two is known. */
export function personRole(person: Pick<PersonSummaryDto, 'company' | 'position'>): string {
  return [person.position, person.company].filter(Boolean).join(' at ');
}

/**
 * The user's contacts as a virtual list: only the rows in view are in the page, so 5,000 contacts
 * scroll as 50 do. Arrow keys move the selection.
 */
export function PeopleList({
  pages,
  queryKey,
  selectedId,
  onSelect,
}: {
  pages: PagedRows<PersonSummaryDto>;
  queryKey: string;
  selectedId: number | null;
  onSelect: (person: PersonSummaryDto) => void;
}) {
  const { scrollRef, virtualizer, items, total } = useVirtualPages({ pages, rowHeight, resetKey: queryKey });

  function onKeyDown(event: KeyboardEvent) {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    event.preventDefault();
    let at = -1;
    for (const item of items) if (pages.rowAt(item.index)?.id === selectedId) at = item.index;
    const next = Math.min(Math.max(at + (event.key === 'ArrowDown' ? 1 : -1), 0), total - 1);
    const row = pages.rowAt(next);
    if (row) {
      onSelect(row);
      virtualizer.scrollToIndex(next);
    }
  }

  return (
    <div
      ref={scrollRef}
      className="people-list"
      role="listbox"
      aria-label="Contacts"
      tabIndex={0}
      onKeyDown={onKeyDown}
      data-testid="people-list"
    >
      <div className="people-list-body" style={{ height: virtualizer.getTotalSize() }}>
        {items.map((item) => {
          const person = pages.rowAt(item.index);
          const style = { height: rowHeight, transform: `translateY(${item.start}px)` };
          if (!person)
            return <div key={`loading-${item.index}`} className="people-row is-loading" style={style} />;
          const role = personRole(person);
          return (
            <div
              key={person.id}
              role="option"
              aria-selected={person.id === selectedId}
              className="people-row"
              style={style}
              data-testid="person-row"
              onClick={() => onSelect(person)}
            >
              <div className="people-row-main">
                <span className="people-row-name">{person.displayName}</span>
                <span className={`relationship-badge relationship-${person.relationship}`}>
                  {relationshipNoun(person.relationship)}
                </span>
              </div>
              <div className="people-row-sub">
                <span className="people-row-role">{role || person.email || '—'}</span>
                {person.accounts.length > 0 && (
                  <span className="people-row-accounts">{person.accounts.join(' ')}</span>
                )}
                {person.suggestions > 0 && (
                  <span className="people-row-suggested">{person.suggestions} suggested</span>
                )}
              </div>
            </div>
          );
        })}
      </div>
    </div>
  );
}
