import type { GapSuggestionDto } from '../../common/gaps-dto';
import type { Relationship } from '../../common/relationships';
import {
  COMPLETE_SHARE,
  waysForList,
  type GapsAccount,
  type GapsSnapshot,
  type PersonAccount,
} from './gaps-snapshot';

/**
 * How much a list of one of the user's people is worth for a way in, by relationship: your own
 * and your colleagues' lists lead to introductions you can ask for today; a friend's less surely.
 */
const RELATIONSHIP_WEIGHT: Record<Relationship, number> = {
  me: 1.2,
  colleague: 1,
  customer: 1,
  partner: 0.8,
  friend: 0.6,
  other: 0.3,
};
/** A person's followers know them (a warm first hop), but their following list is the wider net. */
const FOLLOWERS_WEIGHT = 0.5;
const MAX_SUGGESTIONS = 20;

const number = (n: number) => n.toLocaleString('en-US');

/** Accounts a list would add: what the profile states beyond what is imported; null when unknown. */
function missingAccounts(stated: number | null, imported: number): number | null {
  if (stated === null) return imported === 0 ? null : 0;
  return imported >= stated * COMPLETE_SHARE ? 0 : stated - imported;
}

const handleOf = (account: GapsAccount) => (account.handle ? ` (@${account.handle})` : '');

function whose(person: PersonAccount): string {
  return person.relationship === 'me'
    ? 'Your own'
    : `Your ${person.relationship === 'other' ? 'contact' : person.relationship} ${person.personName}'s`;
}

function prospectSuggestions(snapshot: GapsSnapshot): GapSuggestionDto[] {
  const { prospect } = snapshot;
  const name = prospect.handle ? `@${prospect.handle}` : (prospect.name ?? 'The prospect');
  const out: GapSuggestionDto[] = [];
  for (const list of ['followers', 'following'] as const) {
    const stated = list === 'followers' ? prospect.followersCount : prospect.followingCount;
    const imported = snapshot[list].count;
    const accounts = missingAccounts(stated, imported);
    if (accounts === 0) continue;
    const what = list === 'followers' ? 'who follows them' : 'whom they follow';
    out.push({
      kind: list,
      text:
        accounts === null
          ? `${name}'s ${list} list would show ${what} (their profile's count is not known yet).`
          : `${name}'s ${list} list would let the app check ${number(accounts)} more accounts for a way in.`,
      accounts: accounts ?? 0,
      score: accounts ?? 0,
      accountId: prospect.accountId,
      ways: waysForList(prospect, list, stated ?? imported),
    });
  }
  return out;
}

function personSuggestions(person: PersonAccount): GapSuggestionDto[] {
  const out: GapSuggestionDto[] = [];
  const weight = RELATIONSHIP_WEIGHT[person.relationship];
  const following = missingAccounts(person.followingCount, person.importedFollowing);
  if (following !== 0) {
    out.push({
      kind: 'network',
      text:
        following === null
          ? `${whose(person)} following list${handleOf(person)} is not imported: it would let the app look for a way in through them.`
          : `${whose(person)} following list${handleOf(person)} would let the app check ${number(following)} more accounts for a way in.`,
      accounts: following ?? 0,
      score: (following ?? 0) * weight,
      personId: person.personId,
      accountId: person.accountId,
      ways: waysForList(person, 'following', person.followingCount ?? 0),
    });
  }
  const followers = missingAccounts(person.followersCount, person.importedFollowers);
  if (followers && person.network !== 'bluesky') {
    out.push({
      kind: 'network',
      text: `${whose(person)} followers list${handleOf(person)} would show ${number(followers)} more accounts that know them, for warm introductions.`,
      accounts: followers,
      score: followers * weight * FOLLOWERS_WEIGHT,
      personId: person.personId,
      accountId: person.accountId,
      ways: waysForList(person, 'followers', person.followersCount ?? 0),
    });
  }
  return out;
}

/** The lists worth importing for the inside track, the one that adds most first. */
export function rankSuggestions(snapshot: GapsSnapshot): GapSuggestionDto[] {
  return [...prospectSuggestions(snapshot), ...snapshot.peopleAccounts.flatMap(personSuggestions)]
    .sort((a, b) => b.score - a.score || a.text.localeCompare(b.text))
    .slice(0, MAX_SUGGESTIONS);
}
