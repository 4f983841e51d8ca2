import { join } from 'node:path';
import type { HostKind } from '../../common/dto';
import { APP_VERSION } from '../app-version';
import { sqliteVersion } from '../workspace/workspace-file';
import { cleanStaleImportTemp } from '../importers/input-temp';
import { removeStaleStaging } from '../ingest/staging';
import { defaultDataDir, defaultWorkspacesDir } from '../prefs/app-paths';
import { RecentWorkspaces } from '../prefs/recent-workspaces';
import { SettingsStore } from '../prefs/settings';
import { accountHandlers } from './accounts';
import { accountNamingHandlers } from './account-naming';
import { appHandlers } from './app';
import { briefHandlers } from './brief';
import { audienceHandlers } from './audience';
import { categoryHandlers } from './categories';
import { noDialogs, type DialogMethods } from './dialog';
import { fileHandlers } from './files';
import { Dispatcher } from './dispatcher';
import { EventBus } from '../workspace/events';
import { focusHandlers } from './focus';
import { gapsHandlers } from './gaps';
import { demoHandlers } from './demo';
import { importHandlers } from './import';
import { importDiscardHandlers } from './import-discard';
import { graphHandlers } from './graph';
import { introductionHandlers } from './introduction';
import { notesHandlers } from './notes';
import { eraseHandlers } from './erase';
import { backupHandlers } from './backups';
import { WorkspaceBackups } from '../workspace/backups';
import { pathHandlers } from './paths';
import { peopleHandlers } from './people';
import { tieHandlers } from './ties';
import { mailHandlers } from './mail';
import { prospectHandlers } from './prospects';
import { savedSearchHandlers } from './saved-searches';
import { searchHandlers } from './search';
import { revisionAnnouncer } from './revised';
import { WorkspaceSession } from '../workspace/session';
import { settingsHandlers } from './settings';
import type { HandlerSlice, Handlers } from './types';
import { workspaceHandlers } from './workspace';
import type { RememberedPassphrases } from '../workspace/encryption';

export interface CoreOptions {
  host: HostKind;
  dataDir?: string;
  workspacesDir?: string;
  /** Native dialogs, supplied by the Electron shell. */
  dialogs?: HandlerSlice<DialogMethods>;
  log?: (message: string) => void;
  /** Whether opened workspaces join the recent list (not for the CLI). Default true. */
  rememberRecent?: boolean;
  /** Passphrases remembered on this computer at the user's request (the Electron shell's keychain). */
  passphrases?: RememberedPassphrases;
}

/** Everything a host needs: the dispatcher to serve, the event bus to relay, and state to close. */
export interface Core {
  dataDir: string;
  dispatcher: Dispatcher;
  events: EventBus;
  session: WorkspaceSession;
  settings: SettingsStore;
  close(): void;
}

/** Where briefs go when the caller names no file (browser mode downloads them from there). */
export function briefsDir(dataDir: string): string {
  return join(dataDir, 'briefs');
}

export function createCore(options: CoreOptions): Core {
  // What imports of an earlier process left in the temp folder when it crashed (unpacked archives,
  // staged records): removed at start, never a live process's.
  removeStaleStaging();
  cleanStaleImportTemp();
  const dataDir = options.dataDir ?? defaultDataDir();
  const workspacesDir = options.workspacesDir ?? defaultWorkspacesDir();
  const events = new EventBus();
  const recent = new RecentWorkspaces(dataDir);
  const settings = new SettingsStore(dataDir);
  const session = new WorkspaceSession(
    recent,
    events,
    APP_VERSION,
    options.rememberRecent ?? true,
    // The app warms its tie index in quiet moments; the CLI and tests compute on demand.
    options.host !== 'memory',
  );

  const backups = new WorkspaceBackups({ keep: () => settings.backupsToKeep() });

  const handlers = {
    ...appHandlers({
      name: 'Inside Track',
      version: APP_VERSION,
      host: options.host,
      platform: process.platform,
      workspacesDir,
      dataDir,
      sqliteVersion: sqliteVersion(),
    }),
    ...workspaceHandlers(session, recent, options.passphrases),
    ...prospectHandlers(session),
    ...importHandlers(session, backups),
    ...importDiscardHandlers(),
    ...accountHandlers(session),
    ...accountNamingHandlers(session),
    ...peopleHandlers(session),
    ...tieHandlers(session),
    ...mailHandlers(session),
    ...pathHandlers(session),
    ...graphHandlers(session),
    ...introductionHandlers(session),
    ...searchHandlers(session),
    ...focusHandlers(session),
    ...gapsHandlers(session, settings),
    ...demoHandlers(session, workspacesDir),
    ...notesHandlers(session),
    ...eraseHandlers(session, backups),
    ...backupHandlers(session, backups, settings),
    ...audienceHandlers(session),
    ...categoryHandlers(session),
    ...savedSearchHandlers(session),
    ...briefHandlers(session, briefsDir(dataDir)),
    ...settingsHandlers(settings),
    ...(options.dialogs ?? noDialogs()),
    ...fileHandlers(options.host, workspacesDir),
    'call.cancel': () => null, // answered by the dispatcher itself
  } satisfies Handlers;

  const announce = revisionAnnouncer(session, events);
  return {
    dataDir,
    dispatcher: new Dispatcher(handlers, events, options.log, (method) => {
      session.settled(method);
      announce(method);
    }),
    events,
    session,
    settings,
    close: () => session.close(),
  };
}
