import type { MethodArgs } from '../../../../common/api';
import type { DetectedImport, Relationship } from '../../../../common/dto';
import { initialMapping, mappingProblem, mappingRequest, type MappingDraft } from './columnMapping';
import { initialMailDraft, mailArgs, mailDraftProblem, type MailDraft } from './mailChoice';

/** What the user decided for one detected item in the Import dialog. */
export interface ImportChoice {
  selected: boolean;
  /** Whose followers/following list this is, for lists that do not say. */
  listOwner: string;
  /** '' until chosen: contacts have no safe default, so the user must pick. */
  relationship: Relationship | '';
  /** Generic CSVs only: which column holds which field. */
  mapping?: MappingDraft;
  /** Mail, calendar and LinkedIn activity: the user's own addresses and what to leave out. */
  mail?: MailDraft;
}

export interface ChoiceProblem {
  field: 'mapping' | 'listOwner' | 'relationship' | 'mail';
  message: string;
}

/** Formats whose owner is the person who exported them, so "whose archive is this?" makes sense. */
const archiveFormats = new Set(['x-archive', 'mastodon', 'bluesky-car']);

export function canImport(item: DetectedImport): boolean {
  return item.error === null && item.format !== null;
}

export function asksWhoseArchive(item: DetectedImport): boolean {
  return (
    canImport(item) &&
    item.owner !== null &&
    !item.needsRelationship &&
    item.needsListOwner === null &&
    archiveFormats.has(item.format ?? '')
  );
}

/** A repeat is left unselected: importing it again would change nothing. */
export function initialChoice(item: DetectedImport): ImportChoice {
  const choice: ImportChoice = {
    selected: canImport(item) && item.alreadyImportedAt === null,
    listOwner: '',
    relationship: asksWhoseArchive(item) ? 'me' : '',
  };
  if (item.columnMapping) choice.mapping = initialMapping(item.columnMapping);
  const mail = initialMailDraft(item);
  if (mail) choice.mail = mail;
  return choice;
}

/** Whose list the rows are, when the file or the chosen column mapping says they are a list. */
export function listOwnerNeeded(
  item: DetectedImport,
  choice: ImportChoice,
): 'followers' | 'following' | 'likes' | null {
  if (item.needsListOwner) return item.needsListOwner;
  if (choice.mapping?.kind === 'accounts' && choice.mapping.list !== '') return choice.mapping.list;
  return null;
}

/** The review's question for a list whose file names its owner only by id. */
export function ownerQuestion(item: DetectedImport): string | null {
  const owner = item.unnamedOwner;
  if (!owner) return null;
  if (owner.list === 'likes') return `These are the likes of account id ${owner.id}; whose are they?`;
  return `This is the ${owner.list ? `${owner.list} ` : ''}list of account id ${owner.id}; whose is it?`;
}

export function choiceProblem(item: DetectedImport, choice: ImportChoice): ChoiceProblem | null {
  if (!choice.selected) return null;
  const mappingMessage = choice.mapping ? mappingProblem(choice.mapping) : null;
  if (mappingMessage) return { field: 'mapping', message: mappingMessage };
  const list = listOwnerNeeded(item, choice);
  if (list && choice.listOwner.trim() === '') {
    return {
      field: 'listOwner',
      message:
        list === 'likes'
          ? 'Name the account whose likes these are, such as @dana.'
          : `Name the account whose ${list} list this is, such as @dana.`,
    };
  }
  if (item.needsRelationship && choice.relationship === '') {
    return { field: 'relationship', message: 'Choose who these people are to you.' };
  }
  const mailMessage = choice.mail ? mailDraftProblem(choice.mail) : null;
  if (mailMessage) return { field: 'mail', message: mailMessage };
  return null;
}

export function runArgs(item: DetectedImport, choice: ImportChoice): MethodArgs<'import.run'> {
  const args: MethodArgs<'import.run'> = { path: item.path };
  if (item.format) args.format = item.format;
  if (listOwnerNeeded(item, choice) || (item.unnamedOwner && choice.listOwner.trim() !== '')) {
    args.listOwner = choice.listOwner.trim();
  }
  if (choice.mapping) args.columnMapping = { ...mappingRequest(choice.mapping) };
  if (choice.mail) args.mail = mailArgs(choice.mail);
  if ((item.needsRelationship || asksWhoseArchive(item)) && choice.relationship !== '') {
    args.relationship = choice.relationship;
  }
  return args;
}

/** The selected items, in the dialog's order, or null while any of them still needs an answer. */
export function itemsToRun(
  items: readonly DetectedImport[],
  choices: ReadonlyMap<string, ImportChoice>,
): { item: DetectedImport; choice: ImportChoice }[] | null {
  const chosen = items
    .map((item) => ({ item, choice: choices.get(item.path) ?? initialChoice(item) }))
    .filter(({ item, choice }) => choice.selected && canImport(item));
  if (chosen.length === 0) return null;
  return chosen.some(({ item, choice }) => choiceProblem(item, choice) !== null) ? null : chosen;
}

/** The inline message for an item that cannot be imported, always naming the file. */
export function itemProblemText(item: DetectedImport): string {
  const error = item.error ?? `${item.displayName}: not a file Inside Track can import.`;
  return error.startsWith(item.displayName) ? error : `${item.displayName}: ${error}`;
}
