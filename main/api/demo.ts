import { isDemoWorkspace, openOrCreateDemo } from '../demo/create-demo';
import type { WorkspaceSession } from '../workspace/session';
import type { HandlerSlice } from './types';

export function demoHandlers(
  session: WorkspaceSession,
  workspacesDir: string,
): HandlerSlice<'demo.create' | 'demo.status'> {
  return {
    'demo.create': ({ path }, ctx) => openOrCreateDemo(session, workspacesDir, path, ctx.signal),
    'demo.status': () => ({ demo: isDemoWorkspace(session) }),
  };
}
