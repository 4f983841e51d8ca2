import { changesOf } from '../../common/data-kinds';
import type { MethodName } from '../../common/api';
import type { EventBus } from '../workspace/events';
import type { WorkspaceRevision } from '../workspace/revision';
import type { WorkspaceSession } from '../workspace/session';

/**
 * After each call, tells every client what it changed (`workspace.revised`) if it wrote to the
 * open workspace, so views refresh without a reload. Run after the session has settled the call.
 */
export function revisionAnnouncer(session: WorkspaceSession, events: EventBus): (method: MethodName) => void {
  let lastRevision: WorkspaceRevision | null = null;
  let lastWrites = 0;
  return (method) => {
    let revision: WorkspaceRevision;
    try {
      revision = session.require().revision;
    } catch {
      return; // no workspace open: nothing to announce
    }
    if (revision !== lastRevision) {
      // A newly opened workspace: `workspace.changed` already made every view read it afresh.
      lastRevision = revision;
      lastWrites = revision.writes;
      return;
    }
    if (revision.writes === lastWrites) return;
    lastWrites = revision.writes;
    events.emit('workspace.revised', { changed: [...changesOf(method)], method });
  };
}
