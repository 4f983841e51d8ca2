import type { RemovalCountsDto } from '../../common/dto';
import { AppError } from '../../common/errors';
import { AccountIdentityRepo } from '../db/account-identity-repo';
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
  return removeSource(workspace.db, sourceId, (repo, id) => {
    refreshProfile(repo, id);
    // A list's owner whose profile went with the import is called what it is again.
    if (identity.ownsAnImport(id)) nameIfUnknown(workspace.db, id);
  });
}
