import { useEffect, useRef } from 'react';
import { Icon, type IconName } from '../../components/Icon';

export type MainView = 'overview' | 'accounts' | 'people' | 'search' | 'imports' | 'prospect';

const views: { id: Exclude<MainView, 'prospect'>; label: string; icon: IconName }[] = [
  { id: 'overview', label: 'Overview', icon: 'database' },
  { id: 'accounts', label: 'Accounts', icon: 'accounts' },
  { id: 'people', label: 'People', icon: 'link' },
  { id: 'search', label: 'Search', icon: 'search' },
  { id: 'imports', label: 'Imports', icon: 'import' },
];

/**
 * The main area's sections, as a segmented control above it. An open prospect gets a tab of its
 * own at the end, so going back to the lists and returning to the prospect are one click each.
 */
export function ViewSwitcher({
  view,
  onChange,
  prospect,
  onCloseProspect,
}: {
  view: MainView;
  onChange: (view: MainView) => void;
  /** The open prospect's tab label; null when none is open. */
  prospect: string | null;
  onCloseProspect: () => void;
}) {
  const navRef = useRef<HTMLElement>(null);
  // When the tabs scroll sideways, the current one is kept in sight.
  useEffect(() => {
    navRef.current
      ?.querySelector('[aria-current="page"]')
      ?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  }, [view, prospect]);

  return (
    <nav className="view-switcher" aria-label="Views" ref={navRef}>
      {views.map(({ id, label, icon }) => (
        <button
          key={id}
          type="button"
          className="view-switcher-button"
          aria-current={view === id ? 'page' : undefined}
          onClick={() => onChange(id)}
        >
          <Icon name={icon} size={14} />
          {label}
        </button>
      ))}
      {prospect !== null && (
        <span className="view-switcher-prospect" aria-current={view === 'prospect' ? 'page' : undefined}>
          <button
            type="button"
            className="view-switcher-button view-switcher-prospect-open"
            aria-current={view === 'prospect' ? 'page' : undefined}
            title={prospect}
            data-testid="prospect-tab"
            onClick={() => onChange('prospect')}
          >
            <Icon name="prospects" size={14} />
            <span className="view-switcher-prospect-name">{prospect}</span>
          </button>
          <button
            type="button"
            className="view-switcher-close"
            aria-label={`Close ${prospect}`}
            title="Close the prospect"
            onClick={onCloseProspect}
          >
            <Icon name="close" size={10} />
          </button>
        </span>
      )}
    </nav>
  );
}
