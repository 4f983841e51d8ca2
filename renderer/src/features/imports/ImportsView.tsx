import { useState } from 'react';
import type { ImportSourceDto, RemovalCountsDto } from '../../../../common/dto';
import { useApiQuery } from '../../api/useApiQuery';
import { Alert } from '../../components/Alert';
import { EmptyState } from '../../components/EmptyState';
import { formatCount } from '../../components/format/count';
import { Icon } from '../../components/Icon';
import { RefreshMark } from '../../components/RefreshMark';
import { countSentence } from '../import/importOutcome';
import { SuggestedLinks } from '../people/SuggestedLinks';
import { ImportRow } from './ImportRow';
import { RemoveImportDialog } from './RemoveImportDialog';
import './imports.css';

function removalMessage(fileName: string, counts: RemovalCountsDto): string {
  const removed = countSentence(counts, '');
  return removed
    ? `Removed “${fileName}” with the ${removed} that no other import holds.`
    : `Removed “${fileName}”. Other imports hold everything it brought, so no records went with it.`;
}

/** Every file imported into the workspace, newest first, each removable on its own. */
export function ImportsView({ onImport }: { onImport: () => void }) {
  const { data: sources, error, refreshing } = useApiQuery('import.list', {}, { dependsOn: ['records'] });
  const [removing, setRemoving] = useState<ImportSourceDto | null>(null);
  const [message, setMessage] = useState<string | null>(null);

  return (
    <main className="imports-view" data-testid="imports-view" aria-labelledby="imports-title">
      <div className="imports-inner">
        <header className="imports-header">
          <div>
            <h2 className="view-title" id="imports-title">
              Imports
              {sources && sources.length > 0 && (
                <span className="badge tabular">{formatCount(sources.length)}</span>
              )}
              <RefreshMark busy={refreshing} />
            </h2>
            <p className="view-subtitle">
              Every file imported into this workspace. Remove one to take out what only it brought.
            </p>
          </div>
          <button type="button" className="button" onClick={onImport}>
            <Icon name="import" size={14} />
            Import…
          </button>
        </header>

        {message && (
          <p className="imports-message" role="status">
            <Icon name="check" />
            <span>{message}</span>
            <button
              type="button"
              className="icon-button"
              aria-label="Dismiss"
              onClick={() => setMessage(null)}
            >
              <Icon name="close" size={12} />
            </button>
          </p>
        )}
        {error && <Alert title="Could not list the imports" message={error} />}

        <SuggestedLinks />

        {sources !== null && sources.length === 0 ? (
          <EmptyState icon="import" title="Nothing imported yet" testId="imports-empty">
            <p>Drop files or folders anywhere on this window, or choose Import… to pick them.</p>
            <p>
              <button type="button" className="button button-primary" onClick={onImport}>
                Import…
              </button>
            </p>
          </EmptyState>
        ) : (
          <ul className="import-rows" aria-label="Imports">
            {sources?.map((source) => (
              <ImportRow key={source.id} source={source} onRemove={() => setRemoving(source)} />
            ))}
          </ul>
        )}
      </div>
      {removing && (
        <RemoveImportDialog
          source={removing}
          onClose={() => setRemoving(null)}
          onRemoved={(counts) => {
            setMessage(removalMessage(removing.fileName, counts));
            setRemoving(null);
          }}
        />
      )}
    </main>
  );
}
