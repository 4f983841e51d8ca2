import { statSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { AppError } from '../../common/errors';
import type { ColumnMappingDto, DetectedImport } from '../../common/dto';
import { AccountIdentityRepo } from '../db/account-identity-repo';
import type { AccountKey } from '../importers/records';
import { openInput } from '../importers/input';
import { unnamedListOwner } from './list-owner';
import type { OpenWorkspace } from '../workspace/open-workspace';
import { detectFormat } from './pipeline';

/** The owner as the user knows them: the handle, the workspace's handle for the id, or the id. */
function ownerLabel(workspace: OpenWorkspace, key: AccountKey | undefined): string | null {
  if (!key) return null;
  if (key.handle) return `@${key.handle.replace(/^@/, '')}`;
  const known = key.id ? new AccountIdentityRepo(workspace.db).byNetworkId(key.network, key.id) : undefined;
  return known?.handle ? `@${known.handle}` : (key.id ?? null);
}

/** What went wrong, in the user's words, and the library's words apart for "Details". */
function problem(error: unknown): { error: string; errorDetail?: string } {
  const message = error instanceof Error ? error.message : String(error);
  const detail = error instanceof AppError ? error.details?.detail : undefined;
  return typeof detail === 'string' ? { error: message, errorDetail: detail } : { error: message };
}

export async function detectImport(workspace: OpenWorkspace, path: string): Promise<DetectedImport> {
  const absolute = resolve(path);
  // The name only: in browser mode the folder is the server's uploads folder, not the user's.
  const base = { path: absolute, displayName: basename(absolute), container: 'file' as const, sizeBytes: 0 };
  const empty = {
    format: null,
    label: '',
    summary: '',
    owner: null,
    needsListOwner: null,
    needsRelationship: false,
    alreadyImportedAt: null,
  };
  let input;
  try {
    input = await openInput(absolute);
  } catch (error) {
    return { ...base, ...empty, ...problem(error) };
  }
  try {
    const sizeBytes = input.entries.reduce((sum, e) => sum + e.size, 0) || statSync(absolute).size;
    const described = { ...base, displayName: input.displayName, container: input.container, sizeBytes };
    const found = await detectFormat(input);
    if (!found) {
      return { ...described, ...empty, error: `${input.displayName}: not a file Inside Track can import.` };
    }
    const { detection } = found;
    const previous = workspace.sources.findSame(await input.fingerprint(), detection.format);
    const mapping = detection.needs.columnMapping;
    return {
      ...described,
      format: detection.format,
      label: detection.label,
      summary: detection.summary,
      owner: ownerLabel(workspace, detection.owner),
      unnamedOwner: unnamedListOwner(workspace.db, detection),
      needsListOwner: detection.owner ? null : (detection.needs.listOwner?.list ?? null),
      needsRelationship: detection.needs.relationship ?? false,
      columnMapping: mapping
        ? {
            header: mapping.header,
            proposal: mapping.proposal as ColumnMappingDto & { confidence: number },
            remembered: (workspace.csvMappings.get(mapping.shape) as ColumnMappingDto | undefined) ?? null,
            confident: mapping.confident,
          }
        : null,
      alreadyImportedAt: previous?.importedAt ?? null,
      mail: detection.needs.mail ?? null,
      error: null,
    };
  } catch (error) {
    return { ...base, ...empty, ...problem(error) };
  } finally {
    input.close();
  }
}
