import { Command } from 'cmdk';
import { useEffect, useState } from 'react';
import { useApiQuery } from '../../api/useApiQuery';
import { Dialog } from '../../components/Dialog';
import { useDebouncedValue } from '../../components/useDebouncedValue';
import { networkName, prospectTitle } from '../workspace/prospectNames';
import type { GoTo } from './goTo';
import './palette.css';

const perGroup = 8;

const contains = (text: string | null | undefined, words: string) =>
  (text ?? '').toLocaleLowerCase().includes(words.toLocaleLowerCase());

/**
 * Ctrl+P: a prospect, person, account or saved search by a few letters of its name. Prospects
 * and saved searches are few and filtered here; people and accounts are asked of the workspace.
 */
export function QuickSwitcher({ onGo, onClose }: { onGo: (target: GoTo) => void; onClose: () => void }) {
  const [text, setText] = useState('');
  const typed = text.trim();
  const words = useDebouncedValue(typed, 150);
  const prospects = useApiQuery('prospects.list', {});
  const searches = useApiQuery('searches.list', {});
  const people = useApiQuery('people.list', { search: words, limit: perGroup }, { enabled: words !== '' });
  const accounts = useApiQuery('accounts.list', { query: words, limit: perGroup }, { enabled: words !== '' });

  const go = (target: GoTo) => {
    onClose();
    onGo(target);
  };
  const shownProspects = (prospects.data ?? [])
    .filter((prospect) => contains(prospect.name, typed) || contains(prospect.handle, typed))
    .slice(0, perGroup);
  const shownSearches = (searches.data ?? [])
    .filter((search) => contains(search.name, typed) || contains(search.query, typed))
    .slice(0, perGroup);
  const prospectIds = new Set(shownProspects.map((prospect) => prospect.accountId));
  const shownAccounts =
    words === '' ? [] : (accounts.data?.rows ?? []).filter((row) => !prospectIds.has(row.id));
  const shownPeople = words === '' ? [] : (people.data?.rows ?? []);

  // The list is filtered here, not by cmdk: keep the highlight on a line that is still shown.
  const values = [
    ...shownProspects.map((prospect) => `prospect-${prospect.id}`),
    ...shownPeople.map((person) => `person-${person.id}`),
    ...shownAccounts.map((account) => `account-${account.id}`),
    ...shownSearches.map((search) => `search-${search.id}`),
  ];
  const [selected, setSelected] = useState('');
  const first = values[0] ?? '';
  const stale = !values.includes(selected);
  useEffect(() => {
    if (stale) setSelected(first);
  }, [stale, first]);

  return (
    <Dialog title="Go to" hideTitle onClose={onClose} className="palette-dialog" testId="quick-switcher">
      <Command
        label="Go to a prospect, person, account or saved search"
        shouldFilter={false}
        loop
        value={selected}
        onValueChange={setSelected}
      >
        <Command.Input
          className="palette-input"
          placeholder="Prospect, person, account or saved search"
          value={text}
          onValueChange={setText}
          data-autofocus
        />
        <Command.List className="palette-list">
          <Command.Empty className="palette-empty">
            {typed === '' ? 'Type a name.' : `Nothing here is called “${typed}”.`}
          </Command.Empty>
          {shownProspects.length > 0 && (
            <Command.Group heading="Prospects" className="palette-group">
              {shownProspects.map((prospect) => (
                <Command.Item
                  key={`prospect-${prospect.id}`}
                  value={`prospect-${prospect.id}`}
                  className="palette-item"
                  onSelect={() => go({ kind: 'account', accountId: prospect.accountId })}
                >
                  <span className="palette-item-label">{prospectTitle(prospect)}</span>
                  <span className="palette-item-detail">
                    {prospect.handle ? `@${prospect.handle} · ` : ''}
                    {networkName(prospect.network)}
                  </span>
                </Command.Item>
              ))}
            </Command.Group>
          )}
          {shownPeople.length > 0 && (
            <Command.Group heading="People" className="palette-group">
              {shownPeople.map((person) => (
                <Command.Item
                  key={`person-${person.id}`}
                  value={`person-${person.id}`}
                  className="palette-item"
                  onSelect={() => go({ kind: 'person', personId: person.id })}
                >
                  <span className="palette-item-label">{person.displayName}</span>
                  <span className="palette-item-detail">
                    {[person.position, person.company].filter(Boolean).join(', ')}
                  </span>
                </Command.Item>
              ))}
            </Command.Group>
          )}
          {shownAccounts.length > 0 && (
            <Command.Group heading="Accounts" className="palette-group">
              {shownAccounts.map((account) => (
                <Command.Item
                  key={`account-${account.id}`}
                  value={`account-${account.id}`}
                  className="palette-item"
                  onSelect={() => go({ kind: 'account', accountId: account.id })}
                >
                  <span className="palette-item-label">
                    {account.name ?? `@${account.handle ?? account.id}`}
                  </span>
                  <span className="palette-item-detail">
                    {account.handle ? `@${account.handle} · ` : ''}
                    {networkName(account.network)}
                  </span>
                </Command.Item>
              ))}
            </Command.Group>
          )}
          {shownSearches.length > 0 && (
            <Command.Group heading="Saved searches" className="palette-group">
              {shownSearches.map((search) => (
                <Command.Item
                  key={`search-${search.id}`}
                  value={`search-${search.id}`}
                  className="palette-item"
                  onSelect={() => go({ kind: 'search', query: search.query, savedId: search.id })}
                >
                  <span className="palette-item-label">{search.name}</span>
                  <span className="palette-item-detail">{search.query}</span>
                </Command.Item>
              ))}
            </Command.Group>
          )}
        </Command.List>
      </Command>
    </Dialog>
  );
}
