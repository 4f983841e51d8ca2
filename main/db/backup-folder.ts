import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { workspaceName } from '../../common/workspace-name';

/**
 * Where a workspace's backups live: a folder beside it, `<name> backups/`, so they move and are
 * deleted with it and a user finds them in the file manager. Each backup is a workspace file
 * `<time> <kind>.itrack` with a sidecar `<time> <kind>.json` saying what came after it (the
 * operation's label, e.g. "import of followers.js").
 */
export function backupsFolder(workspacePath: string): string {
  return join(dirname(workspacePath), `${workspaceName(workspacePath)} backups`);
}

export interface BackupEntry {
  /** The backup's file name in the folder: what the CLI and the API name it by. */
  name: string;
  path: string;
  /** ISO time the backup was taken. */
  createdAt: string;
  sizeBytes: number;
  /** What came after the backup, e.g. "import of followers.js". */
  label: string;
}

export interface BackupSidecar {
  createdAt: string;
  label: string;
}

const BACKUP_FILE = /^(\d{4}-\d{2}-\d{2} \d{2}\.\d{2}\.\d{2}\.\d{3}) (.+)\.itrack$/;

/** "2026-12-03 19.30.05.123": sorts as time does, and has no colon (Windows refuses them). */
export function backupStamp(at: Date): string {
  return at.toISOString().replace('T', ' ').replace(/:/g, '.').replace(/Z$/, '');
}

function stampTime(stamp: string): string {
  const [day, time] = stamp.split(' ');
  const [h, m, s, ms] = time!.split('.');
  return `${day}T${h}:${m}:${s}.${ms}Z`;
}

export function sidecarPath(backupPath: string): string {
  return backupPath.replace(/\.itrack$/, '.json');
}

function readSidecar(path: string): BackupSidecar | null {
  try {
    const value = JSON.parse(readFileSync(sidecarPath(path), 'utf8')) as Partial<BackupSidecar>;
    return typeof value.label === 'string' && typeof value.createdAt === 'string'
      ? { label: value.label, createdAt: value.createdAt }
      : null;
  } catch {
    return null;
  }
}

/** The workspace's backups, newest first; none when the folder does not exist. */
export function listBackups(workspacePath: string): BackupEntry[] {
  const folder = backupsFolder(workspacePath);
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return [];
  }
  const entries: BackupEntry[] = [];
  for (const name of names) {
    const match = BACKUP_FILE.exec(name);
    if (!match) continue;
    const path = join(folder, name);
    const stat = statSync(path, { throwIfNoEntry: false });
    if (!stat?.isFile()) continue;
    const sidecar = readSidecar(path);
    entries.push({
      name,
      path,
      createdAt: sidecar?.createdAt ?? stampTime(match[1]!),
      sizeBytes: stat.size,
      label: sidecar?.label ?? match[2]!,
    });
  }
  return entries.sort((a, b) => (a.name < b.name ? 1 : a.name > b.name ? -1 : 0));
}

/** The backup of that name, or undefined; a name with a folder in it names nothing. */
export function findBackup(workspacePath: string, name: string): BackupEntry | undefined {
  if (basename(name) !== name) return undefined;
  return listBackups(workspacePath).find((entry) => entry.name === name);
}

/** "3 Dec 2026, 19:30 UTC": how messages and lists name a backup's time. */
export function backupDate(iso: string): string {
  const date = new Date(iso);
  const day = date.toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  });
  const time = date.toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit', timeZone: 'UTC' });
  return `${day}, ${time} UTC`;
}
