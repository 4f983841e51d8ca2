import { audienceChanges, audienceCsv, audiencePage, audienceSegments } from '../workspace/audience';
import type { WorkspaceSession } from '../workspace/session';
import type { HandlerSlice } from './types';

type Methods = 'audience.segments' | 'audience.list' | 'audience.csv' | 'audience.changes';

export function audienceHandlers(session: WorkspaceSession): HandlerSlice<Methods> {
  return {
    'audience.segments': ({ accountId, list, filter }) =>
      audienceSegments(session.require(), accountId, list, filter),
    'audience.list': (request) => audiencePage(session.require(), request),
    'audience.csv': ({ accountId, list, filter }) => audienceCsv(session.require(), accountId, list, filter),
    'audience.changes': ({ accountId }) => audienceChanges(session.require(), accountId),
  };
}
