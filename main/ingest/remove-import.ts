import type { RemovalCountsDto } from '../../common/dto';
import { AppError } from '../../common/errors';
import { AccountIdentityRepo } from '../db/account-identity-repo';
import { scrubFreedBytes, withSecureDelete } from '../db/erase-scrub';
import { removeSource } from '../db/removal-repo';
import type { OpenWorkspace } from '../workspace/open-workspace';
import { nameIfUnknown } from './name-account';
import { refreshProfile } from './refresh-profile';

/** Takes one import out of the workspace, with whatever only it brought in. */
export function removeImport(workspace: OpenWorkspace, sourceId: number): RemovalCountsDto {
  if (!workspace.sources.exists(sourceId)) {
    throw new AppError('BAD_REQUEST', `There is no import #${sourceId} in this workspace.`);
  }
  const identity = new AccountIdentityRepo(workspace.db);
  // What only this import brought leaves no bytes behind (issue 14), as an erase leaves none:
  // freed cells zeroed as they go, then the search indexes rebuilt, the WAL emptied and the
  // file rewritten.
  const counts = withSecureDelete(workspace.db, () =>
    removeSource(workspace.db, sourceId, (repo, id) => {
      refreshProfile(repo, id);
      // A list's owner whose profile went with the import is called what it is again.
      if (identity.ownsAnImport(id)) nameIfUnknown(workspace.db, id);
    }),
  );
  scrubFreedBytes(workspace.db);
  return counts;
}
