import type { CSSProperties } from 'react';
import { EmptyState } from '../../components/EmptyState';
import type { InsertRequest } from '../notes/MarkdownEditor';
import { ProspectNotes } from '../notes/ProspectNotes';

/** The account whose notes the pane shows: the prospect open in the main area. */
export interface NotesSubject {
  accountId: number;
  title: string;
}

export function NotesPane({
  workspacePath,
  subject,
  insertRequest,
  onInserted,
  style,
}: {
  workspacePath: string;
  subject: NotesSubject | null;
  insertRequest: InsertRequest | null;
  onInserted: () => void;
  style?: CSSProperties;
}) {
  return (
    <aside className="pane notes-pane" data-testid="notes-pane" aria-labelledby="notes-title" style={style}>
      <div className="pane-header">
        <h2 className="pane-title" id="notes-title">
          Notes
        </h2>
      </div>
      <div className="pane-body notes-pane-body">
        {subject === null ? (
          <EmptyState icon="note" title="No prospect selected" testId="notes-empty" compact>
            Select a prospect to keep notes on them: what you know, who could introduce you, what to say
            first.
          </EmptyState>
        ) : (
          <ProspectNotes
            key={`${workspacePath}\n${subject.accountId}`}
            workspacePath={workspacePath}
            accountId={subject.accountId}
            title={subject.title}
            insertRequest={insertRequest}
            onInserted={onInserted}
          />
        )}
      </div>
    </aside>
  );
}
