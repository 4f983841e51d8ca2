import { focusOf, postsByIds } from '../workspace/focus';
import type { WorkspaceSession } from '../workspace/session';
import type { HandlerSlice } from './types';

export function focusHandlers(session: WorkspaceSession): HandlerSlice<'focus.get' | 'posts.get'> {
  return {
    'focus.get': ({ accountId, timeZone }) => focusOf(session.require(), accountId, timeZone),
    'posts.get': ({ ids }) => postsByIds(session.require(), ids),
  };
}
