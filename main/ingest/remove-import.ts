import type { RemovalCountsDto } from '../../common/dto';
import { AppError } from '../../common/errors';
import { removeSource } from '../db/removal-repo';
import type { OpenWorkspace } from '../workspace/open-workspace';
import { refreshProfile } from './writer';

/** Takes one import out of the workspace, with whatever only it brought in. */
export function removeImport(workspace: OpenWorkspace, sourceId: number): RemovalCountsDto {
  if (!workspace.sources.exists(sourceId)) {
    throw new AppError('BAD_REQUEST', `There is no import #${sourceId} in this workspace.`);
  }
  return removeSource(workspace.db, sourceId, refreshProfile);
}
