import { z } from 'zod';
import { parseDate } from '../../util/dates';
import { htmlToText } from '../../util/text';
import type { ReadOptions } from '../../format';
import type { AccountKey, AccountRecord, ImportRecord, PersonRecord } from '../../records';
import { addressOn } from './addresses';

const actorTypes = ['Person', 'Service', 'Application', 'Group', 'Organization'] as const;

const profileField = z.object({ type: z.string().optional(), name: z.string(), value: z.string() });

const actorSchema = z.object({
  id: z.url(),
  type: z.enum(actorTypes),
  preferredUsername: z.string().min(1),
  name: z.string().nullish(),
  summary: z.string().nullish(),
  url: z.unknown().optional(),
  published: z.string().nullish(),
  attachment: z.array(z.unknown()).nullish(),
});

export type Actor = z.infer<typeof actorSchema>;

/** actor.json checked for the fields we use; a message saying what is wrong otherwise. */
export function parseActor(json: unknown): { actor: Actor } | { problem: string } {
  const result = actorSchema.safeParse(json);
  if (result.success) return { actor: result.data };
  const issue = result.error.issues[0];
  const field = issue?.path.join('.') || 'the actor';
  return { problem: `not a Mastodon actor (${field}: ${issue?.message ?? 'unexpected shape'})` };
}

export function ownerKeyOf(actor: Actor): AccountKey {
  const handle = addressOn(actor.preferredUsername, actor.id);
  return { network: 'mastodon', id: actor.id, ...(handle ? { handle } : {}) };
}

/** The profile's bio: the summary, then the profile fields ("Web: daniel.industries") one a line. */
function bioOf(actor: Actor): string | undefined {
  const parts: string[] = [];
  const summary = actor.summary ? htmlToText(actor.summary) : '';
  if (summary) parts.push(summary);
  const fields = (actor.attachment ?? []).flatMap((item) => {
    const field = profileField.safeParse(item);
    if (!field.success || (field.data.type ?? 'PropertyValue') !== 'PropertyValue') return [];
    return [`${htmlToText(field.data.name)}: ${htmlToText(field.data.value)}`];
  });
  if (fields.length > 0) parts.push(fields.join('\n'));
  return parts.length > 0 ? parts.join('\n\n') : undefined;
}

/** The archive owner's source-info, account and person records, from actor.json. */
export function ownerRecordsFromActor(actor: Actor, options: ReadOptions): ImportRecord[] {
  const key = ownerKeyOf(actor);
  const account: AccountRecord = { type: 'account', key };
  if (actor.name) account.name = actor.name;
  const bio = bioOf(actor);
  if (bio) account.bio = bio;
  if (typeof actor.url === 'string') account.url = actor.url;
  const createdAt = parseDate(actor.published);
  if (createdAt) account.createdAt = createdAt;
  return [
    { type: 'source-info', owner: key },
    account,
    ownerPerson(key, actor.name || key.handle || actor.preferredUsername, options),
  ];
}

export function ownerPerson(key: AccountKey, displayName: string, options: ReadOptions): PersonRecord {
  return {
    type: 'person',
    sourceKey: `mastodon:${key.id ?? key.handle ?? ''}`,
    displayName,
    relationship: options.relationship ?? 'me',
    accounts: [{ key, status: 'confirmed', evidence: 'owner of this Mastodon archive' }],
  };
}

/** Owner records when actor.json is missing and the outbox's actor URI is all we know. */
export function ownerRecordsFromOutbox(key: AccountKey, options: ReadOptions): ImportRecord[] {
  return [
    { type: 'source-info', owner: key },
    { type: 'account', key },
    ownerPerson(key, key.handle ?? key.id ?? 'Mastodon account', options),
  ];
}
