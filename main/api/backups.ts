import type { BackupDto } from '../../common/backup-dto';
import type { SettingsStore } from '../prefs/settings';
import type { WorkspaceBackups } from '../workspace/backups';
import type { WorkspaceSession } from '../workspace/session';
import type { HandlerSlice } from './types';

type BackupMethods = 'backups.list' | 'backups.restore' | 'backups.settings' | 'backups.setKeep';

export function backupHandlers(
  session: WorkspaceSession,
  backups: WorkspaceBackups,
  settings: SettingsStore,
): HandlerSlice<BackupMethods> {
  return {
    'backups.list': ({ path }) =>
      backups
        .list(path)
        .map(({ name, createdAt, sizeBytes, label }): BackupDto => ({ name, createdAt, sizeBytes, label })),
    'backups.restore': ({ path, name, passphrase }) => backups.restore(session, path, name, passphrase),
    'backups.settings': () => ({ keep: settings.backupsToKeep() }),
    'backups.setKeep': ({ keep }) => {
      settings.setBackupsToKeep(keep);
      backups.pruneOpen(session);
      return { keep: settings.backupsToKeep() };
    },
  };
}
