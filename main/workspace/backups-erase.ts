import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { EraseBackupsDto } from '../../common/backup-dto';
import { listBackups, sidecarPath } from '../db/backup-folder';
import { eraseFromClosedFile, type EraseFileOptions } from '../db/erase-file';
import type { EraseChoices, EraseTarget } from '../db/erase-repo';
import { redactor, type ErasedTerms } from '../db/erase-text';
import type { Db } from '../db/sqlite';

/**
 * Erases them from every backup of the workspace too, since a backup is a copy of the data the
 * user asked to erase: the same file-level erase runs on each backup that holds them (and its
 * sidecar's label is redacted); a backup that cannot be rewritten (damaged, another key) is
 * deleted rather than left holding them.
 */
export function eraseFromBackups(
  workspacePath: string,
  target: EraseTarget,
  choices: EraseChoices,
  terms: ErasedTerms,
  options: EraseFileOptions & { unlock?: (db: Db) => void },
): EraseBackupsDto {
  const result: EraseBackupsDto = { rewritten: 0, deleted: 0 };
  const redact = redactor(terms);
  for (const backup of listBackups(workspacePath)) {
    try {
      if (eraseFromClosedFile(backup.path, target, choices, options)) result.rewritten += 1;
      redactSidecar(backup.path, redact);
    } catch {
      rmSync(backup.path, { force: true });
      rmSync(sidecarPath(backup.path), { force: true });
      for (const suffix of ['-journal', '-wal', '-shm']) rmSync(backup.path + suffix, { force: true });
      result.deleted += 1;
    }
  }
  return result;
}

function redactSidecar(backupPath: string, redact: (text: string) => string): void {
  const path = sidecarPath(backupPath);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    return;
  }
  const redacted = redact(text);
  if (redacted !== text) writeFileSync(path, redacted);
}
