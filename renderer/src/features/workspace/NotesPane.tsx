import type { CSSProperties } from 'react';
import type { ProspectSummary } from '../../../../common/dto';
import { EmptyState } from '../../components/EmptyState';
import { networkName, prospectTitle } from './prospectNames';

export function NotesPane({ prospect, style }: { prospect: ProspectSummary | null; style?: CSSProperties }) {
  return (
    <aside className="pane notes-pane" data-testid="notes-pane" aria-labelledby="notes-title" style={style}>
      <div className="pane-header">
        <h2 className="pane-title" id="notes-title">
          Notes
        </h2>
      </div>
      <div className="pane-body">
        {prospect === null ? (
          <EmptyState icon="note" title="No prospect selected" testId="notes-empty" compact>
            Select a prospect to keep notes on them: what you know, who could introduce you, what to say
            first.
          </EmptyState>
        ) : (
          <EmptyState icon="note" title={prospectTitle(prospect)} compact>
            {prospect.handle ? `@${prospect.handle} on ${networkName(prospect.network)}. ` : ''}
            No notes on this prospect yet.
          </EmptyState>
        )}
      </div>
    </aside>
  );
}
