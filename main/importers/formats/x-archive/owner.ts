import type { ReadOptions } from '../../format';
import type { AccountKey, AccountRecord, ImportRecord, PersonRecord } from '../../records';
import { parseDate } from '../../util/dates';
import { idString } from '../../util/lossless-json';
import { asObject, objectAt, textAt } from '../../util/json-shape';
import type { ArchiveManifest } from './manifest';
import { accountKey } from './tweet';
import { cleanLocation } from '../contacts-shared/location';

/** What the archive says about its owner. */
export interface OwnerFacts {
  id?: string;
  handle?: string;
  name?: string;
  bio?: string;
  location?: string;
  url?: string;
  createdAt?: string;
  /** When the archive was generated (UTC ISO). */
  capturedAt?: string;
}

function numericId(value: unknown): string | undefined {
  const id = idString(value);
  return id && /^\d{1,20}$/.test(id) ? id : undefined;
}

/** From manifest.js userInfo, account.js `{account:{...}}` and profile.js `{profile:{...}}`. */
export function ownerFromYtd(
  manifest: ArchiveManifest | undefined,
  account: unknown,
  profile: unknown,
): OwnerFacts {
  const details = objectAt(account, 'account');
  const description = objectAt(objectAt(profile, 'profile'), 'description');
  return {
    id: numericId(asObject(details)?.accountId) ?? manifest?.accountId,
    handle: textAt(details, 'username') ?? manifest?.userName,
    name: textAt(details, 'accountDisplayName') ?? manifest?.displayName,
    bio: textAt(description, 'bio'),
    location: textAt(description, 'location'),
    url: textAt(description, 'website'),
    createdAt: parseDate(textAt(details, 'createdAt')),
    capturedAt: manifest?.generatedAt,
  };
}

/** From Grailbird's user_details.js and payload_details.js. */
export function ownerFromGrailbird(userDetails: unknown, payloadDetails: unknown): OwnerFacts {
  return {
    id: numericId(asObject(userDetails)?.id),
    handle: textAt(userDetails, 'screen_name'),
    name: textAt(userDetails, 'full_name'),
    bio: textAt(userDetails, 'bio'),
    location: textAt(userDetails, 'location'),
    url: textAt(userDetails, 'expanded_url') ?? textAt(userDetails, 'url'),
    createdAt: parseDate(textAt(userDetails, 'created_at')),
    capturedAt: parseDate(textAt(payloadDetails, 'created_at')),
  };
}

export function ownerKeyOf(owner: OwnerFacts): AccountKey | undefined {
  return accountKey(owner.id, owner.handle);
}

/** The source info, the owner's account and the owner as a person ('me' unless told otherwise). */
export function ownerRecords(owner: OwnerFacts, options: ReadOptions): ImportRecord[] {
  const key = ownerKeyOf(owner);
  const records: ImportRecord[] = [{ type: 'source-info', owner: key, capturedAt: owner.capturedAt }];
  if (!key) return records;
  const account: AccountRecord = { type: 'account', key };
  if (owner.name) account.name = owner.name;
  if (owner.bio) account.bio = owner.bio;
  if (owner.location) account.location = owner.location;
  if (owner.url) account.url = owner.url;
  if (owner.createdAt) account.createdAt = owner.createdAt;
  if (owner.capturedAt) account.observedAt = owner.capturedAt;
  const person: PersonRecord = {
    type: 'person',
    sourceKey: owner.id ? `x:${owner.id}` : `x:@${owner.handle ?? ''}`,
    displayName: owner.name ?? (owner.handle ? `@${owner.handle}` : (owner.id ?? '')),
    relationship: options.relationship ?? 'me',
    accounts: [{ key, status: 'confirmed', evidence: 'owner of this X archive' }],
  };
  const location = cleanLocation(owner.location);
  if (location) person.location = location;
  records.push(account, person);
  return records;
}
