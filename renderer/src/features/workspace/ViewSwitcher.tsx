import { Icon, type IconName } from '../../components/Icon';

export type MainView = 'overview' | 'accounts' | 'imports';

const views: { id: MainView; label: string; icon: IconName }[] = [
  { id: 'overview', label: 'Overview', icon: 'database' },
  { id: 'accounts', label: 'Accounts', icon: 'accounts' },
  { id: 'imports', label: 'Imports', icon: 'import' },
];

/** The main area's sections, as a segmented control above it. */
export function ViewSwitcher({ view, onChange }: { view: MainView; onChange: (view: MainView) => void }) {
  return (
    <nav className="view-switcher" aria-label="Views">
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
    </nav>
  );
}
