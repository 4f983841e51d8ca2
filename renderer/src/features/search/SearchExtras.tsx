import { suggestedName } from './searchText';

/** Names the current query and saves it as a listening search. */
export function SaveSearchForm({
  query,
  name,
  error,
  onName,
  onSave,
  onCancel,
}: {
  query: string;
  name: string;
  error: string | null;
  onName: (name: string) => void;
  onSave: (name: string) => void;
  onCancel: () => void;
}) {
  return (
    <form
      className="save-search-form"
      onSubmit={(event) => {
        event.preventDefault();
        if (name.trim()) onSave(name);
      }}
    >
      <label className="save-search-label">
        <span>Save “{suggestedName(query, 60)}” as</span>
        <input
          className="text-input"
          value={name}
          maxLength={100}
          autoFocus
          aria-label="Name of the saved search"
          data-testid="save-search-name"
          onChange={(event) => onName(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Escape') {
              event.preventDefault();
              onCancel();
            }
          }}
        />
      </label>
      <button type="submit" className="button button-primary" disabled={!name.trim()}>
        Save
      </button>
      <button type="button" className="button" onClick={onCancel}>
        Cancel
      </button>
      {error && <span className="field-problem">{error}</span>}
    </form>
  );
}

/** Ready-made listening queries (buying intent, mentions of the business and competitors) as chips. */
/** A preset kept to one prospect's followers: the followers: filter added to its query. */
export function scopedPreset(query: string, followersOf: string | null): string {
  return followersOf ? `${query} followers:@${followersOf}` : query;
}

export function SearchPresets({
  presets,
  active,
  prospects,
  followersOf,
  onFollowersOf,
  onRun,
}: {
  presets: { name: string; query: string }[];
  /** The query shown now, to press the chip it came from. */
  active: string | null;
  /** Handles of the prospects whose followers a preset can be kept to. */
  prospects: string[];
  followersOf: string | null;
  onFollowersOf: (handle: string | null) => void;
  onRun: (query: string) => void;
}) {
  if (presets.length === 0) return null;
  return (
    <div className="search-presets" data-testid="search-presets" role="group" aria-label="Listening presets">
      <span className="search-presets-label">Listen for</span>
      {presets.map((preset) => {
        const query = scopedPreset(preset.query, followersOf);
        return (
          <button
            key={preset.name}
            type="button"
            className="preset-chip"
            aria-pressed={active === query}
            title={query}
            onClick={() => onRun(query)}
          >
            {preset.name}
          </button>
        );
      })}
      {prospects.length > 0 && (
        <label className="search-presets-among">
          <span>among</span>
          <select
            className="select"
            value={followersOf ?? ''}
            data-testid="search-presets-among"
            onChange={(event) => onFollowersOf(event.target.value || null)}
          >
            <option value="">everyone</option>
            {prospects.map((handle) => (
              <option key={handle} value={handle}>
                followers of @{handle}
              </option>
            ))}
          </select>
        </label>
      )}
    </div>
  );
}
