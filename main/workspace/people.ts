import type { PersonDto } from '../../common/dto';
import { AppError } from '../../common/errors';
import type { PersonFactsEdit } from '../db/person-facts-repo';
import type { OpenWorkspace } from './open-workspace';

/** One contact in full, for the People view's detail pane and `people show`. */
export function personDetail(workspace: OpenWorkspace, personId: number): PersonDto {
  const person = workspace.peopleList.detail(personId);
  if (!person) throw new AppError('BAD_REQUEST', `There is no person #${personId}.`);
  return {
    ...person,
    facts: workspace.personFacts.get(personId),
    links: workspace.people.links().filter((link) => link.personId === personId),
  };
}

/** The user's edit of a contact (relationship and facts), then the contact as it now stands. */
export function updatePerson(workspace: OpenWorkspace, personId: number, edit: PersonFactsEdit): PersonDto {
  workspace.requirePerson(personId);
  workspace.personFacts.update(personId, edit);
  return personDetail(workspace, personId);
}
