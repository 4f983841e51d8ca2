import { useState } from 'react';
import type { GapItemDto } from '../../../../common/gaps-dto';
import { api } from '../../api';
import { queryClient } from '../../api/queries';
import { useApiQuery } from '../../api/useApiQuery';
import { Alert } from '../../components/Alert';
import { ShowAllButton, useFirstFew } from '../../components/FirstFew';
import { RefreshMark } from '../../components/RefreshMark';
import { CommandBlock } from './CommandBlock';
import { DataWay } from './DataWay';
import { staleChoices, startsOpen, statusLabel } from './gapsText';
import '../focus/dossier.css';
import './gaps.css';

function GapItem({ item }: { item: GapItemDto }) {
  const badge = statusLabel(item);
  return (
    <details className="gaps-item" data-testid={`gaps-item-${item.kind}`} open={startsOpen(item)}>
      <summary className="gaps-item-summary">
        <span className="gaps-item-label">{item.label}</span>
        <span className={`badge badge-${badge.tone}`}>{badge.text}</span>
        <span className="gaps-item-line">{item.summary}</span>
      </summary>
      {item.ways.length > 0 && (
        <div className="gaps-ways">
          {item.ways.map((way) => (
            <DataWay key={way.id} way={way} />
          ))}
        </div>
      )}
    </details>
  );
}

/**
 * "Get the data": what the workspace holds for the prospect, what it lacks, and how to get each
 * piece yourself. It prints instructions; nothing here touches the network.
 */
export function GapsSection({ accountId }: { accountId: number }) {
  // The user's choice for this page; the core keeps it as the default for every prospect.
  const [staleAfterDays, setStaleAfterDays] = useState<number | undefined>(undefined);
  const { data, error, refreshing } = useApiQuery(
    'gaps.get',
    staleAfterDays === undefined ? { accountId } : { accountId, staleAfterDays },
    { dependsOn: ['records', 'links', 'people'], keepPrevious: true },
  );
  const { shown, more } = useFirstFew(data?.suggestions ?? [], 5);
  const who = data?.prospect.handle ? `@${data.prospect.handle}` : (data?.prospect.name ?? 'this prospect');
  return (
    <section
      className="dossier-section gaps-section"
      data-testid="gaps-section"
      aria-labelledby={`gaps-${accountId}`}
    >
      <header className="dossier-header">
        <div>
          <h2 className="dossier-heading" id={`gaps-${accountId}`}>
            Get the data
            <RefreshMark busy={refreshing} />
          </h2>
          <p className="dossier-lede">
            What the workspace holds for {who}, what it lacks, and how to get it yourself. Inside Track
            fetches nothing: copy the commands, then drop the files on this window.
          </p>
        </div>
        {data && (
          <p className="gaps-dated" data-testid="gaps-dated">
            Guide and prices checked {data.guideChecked} ·{' '}
            <label>
              stale after{' '}
              <select
                className="gaps-stale"
                value={data.staleAfterDays}
                onChange={(event) => {
                  const days = Number(event.target.value);
                  setStaleAfterDays(days);
                  // Every prospect's panel reads the new default when shown again.
                  void api.settings
                    .setStaleAfterDays({ days })
                    .then(() => queryClient.invalidateQueries({ queryKey: ['gaps.get'] }));
                }}
              >
                {staleChoices(data.staleAfterDays).map((days) => (
                  <option key={days} value={days}>
                    {days} days
                  </option>
                ))}
              </select>
            </label>
          </p>
        )}
      </header>
      {error && <Alert message={error} />}
      {!data && !error && (
        <p className="dossier-loading" aria-busy="true">
          <span className="spinner" /> Looking at what is imported…
        </p>
      )}
      {data && data.suggestions.length > 0 && (
        <div className="dossier-block" data-testid="gaps-suggestions">
          <h3 className="dossier-subheading">Most useful for the inside track</h3>
          <ol className="gaps-suggestions">
            {shown.map((suggestion) => (
              <li key={suggestion.text} className="gaps-suggestion">
                <p>{suggestion.text}</p>
                {suggestion.ways[0]?.commands[0] && <CommandBlock command={suggestion.ways[0].commands[0]} />}
              </li>
            ))}
          </ol>
          <ShowAllButton more={more} className="segment-more" />
        </div>
      )}
      {data && (
        <div className="dossier-block">
          <h3 className="dossier-subheading">What is imported, and how to get the rest</h3>
          <div className="gaps-items">
            {data.items.map((item) => (
              <GapItem key={item.kind} item={item} />
            ))}
          </div>
        </div>
      )}
    </section>
  );
}
