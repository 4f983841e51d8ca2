import type { AccountBrief, PathsResultDto } from '../../common/dto';
import { organisationsOfBio, peopleAtOrganisation } from '../analysis/prospect-organisation';
import type { OpenWorkspace } from './open-workspace';

/** The prospect's organisation (as the user set it, else as the bio says) and the user's contacts there. */
export function prospectOrganisation(
  workspace: OpenWorkspace,
  prospect: AccountBrief,
): Pick<PathsResultDto, 'organisation' | 'atOrganisation'> {
  const set = workspace.prospectOrganisation.organisationOf(prospect.id);
  const names = set ? [set] : organisationsOfBio(workspace.accounts.byId(prospect.id)?.bio);
  const organisation = { names, from: set ? ('user' as const) : names.length ? ('bio' as const) : null };
  if (names.length === 0) return { organisation, atOrganisation: [] };
  return {
    organisation,
    atOrganisation: peopleAtOrganisation(names, workspace.prospectOrganisation.contactsWithEmployer()),
  };
}

/** Sets or clears (null or blank) the organisation the user says the prospect works for. */
export function setProspectOrganisation(
  workspace: OpenWorkspace,
  accountId: number,
  organisation: string | null,
) {
  workspace.requireAccount(accountId);
  workspace.prospectOrganisation.setOrganisation(accountId, organisation, new Date().toISOString());
}
