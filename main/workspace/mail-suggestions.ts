import type { SuggestedPersonDto } from '../../common/mail-dto';
import { CommunicationsRepo } from '../db/communications-repo';
import type { OpenWorkspace } from './open-workspace';

/**
 * The people the user's mail suggests (issue 16): correspondents who are nobody's yet, most
 * messages first. A review list: nobody becomes a person without the user.
 */
export function suggestedPeople(workspace: OpenWorkspace, limit: number): SuggestedPersonDto[] {
  return new CommunicationsRepo(workspace.db)
    .suggestedPeople(limit)
    .map(({ channel, address, name, messages, meetings, lastAt }) => ({
      channel,
      address,
      name,
      messages,
      meetings,
      lastAt,
    }));
}
