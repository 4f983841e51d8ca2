import type { SettingsStore } from '../prefs/settings';
import { gapsOf } from '../workspace/gaps';
import type { WorkspaceSession } from '../workspace/session';
import type { HandlerSlice } from './types';

export function gapsHandlers(
  session: WorkspaceSession,
  settings: SettingsStore,
): HandlerSlice<'gaps.get' | 'settings.setStaleAfterDays'> {
  return {
    'gaps.get': ({ accountId, staleAfterDays }) =>
      gapsOf(session.require(), accountId, { staleAfterDays: staleAfterDays ?? settings.staleAfterDays() }),
    'settings.setStaleAfterDays': ({ days }) => ({ staleAfterDays: settings.setStaleAfterDays(days) }),
  };
}
