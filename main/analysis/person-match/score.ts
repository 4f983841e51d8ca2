import type { MatchEvidence, MatchEvidenceKind } from '../../../common/dto';
import { companyPhrase, employersNamed, isSameOrganisation, mentionOf } from './organisations';
import { confidenceOf, MATCH_WEIGHTS as W } from './formula';
import {
  compareNames,
  handleSpellings,
  parsePersonName,
  type NameAgreement,
  type PersonName,
} from './person-name';
import { comparePlaces } from './place';
import { positionInBio } from './position';
import {
  emailsIn,
  handleDomain,
  handleLetters,
  handlesIn,
  lettersOnly,
  linkedInProfiles,
  ownMailDomain,
  profileNameBase,
  sitesIn,
} from './stated';
import type { AccountFacts, ContactFacts, MatchScore } from './types';

interface Weighed extends MatchEvidence {
  weight: number;
}

const fact = (kind: MatchEvidenceKind, text: string, weight: number): Weighed => ({
  kind,
  text,
  weight,
  effect: weight < 0 ? 'against' : 'for',
});

const sameText = (a: string, b: string) => a.trim().replace(/\s+/g, ' ') === b.trim().replace(/\s+/g, ' ');

function nameFact(
  agreement: NameAgreement,
  contact: ContactFacts,
  account: AccountFacts,
  a: PersonName,
  b: PersonName,
): Weighed {
  const theirs = account.name!.trim();
  switch (agreement) {
    case 'same':
      return sameText(contact.name, theirs)
        ? fact('name', `same name: ${theirs}`, W.sameName)
        : fact('name', `same name once accents, case and punctuation are set aside: ${theirs}`, W.sameName);
    case 'fuller':
      return fact('name', `same first name and surname: ${theirs}`, W.fullerName);
    case 'nickname':
      return fact(
        'nickname',
        `“${b.words[0]}” and “${a.words[0]}” are forms of one name: ${theirs}`,
        W.nickname,
      );
    case 'initial':
      return fact('initial', `the initial fits: ${theirs}`, W.initial);
  }
}

/** The name fact, or the handle's when the names do not agree. */
function nameFacts(contact: ContactFacts, account: AccountFacts): Weighed[] {
  const ours = parsePersonName(contact.name);
  if (!ours) return [];
  const theirs = parsePersonName(account.name);
  const agreement = theirs ? compareNames(ours, theirs) : undefined;
  if (agreement && theirs) return [nameFact(agreement, contact, account, ours, theirs)];
  const letters = handleLetters(account.handle);
  if (letters && handleSpellings(ours).includes(letters)) {
    return [fact('handle', `the handle @${account.handle} spells ${contact.name}`, W.handleSpellsName)];
  }
  return [];
}

function statedFacts(contact: ContactFacts, account: AccountFacts): Weighed[] {
  const facts: Weighed[] = [];
  const contactName = parsePersonName(contact.name);
  const profileText = `${account.bio ?? ''} ${account.url ?? ''}`;
  const ourProfile = linkedInProfiles(contact.profileUrl)[0];
  const theirProfiles = linkedInProfiles(profileText);
  if (ourProfile && theirProfiles.includes(ourProfile)) {
    facts.push(
      fact('profile-url', `the profile states their LinkedIn page, linkedin.com/in/${ourProfile}`, W.stated),
    );
  } else if (ourProfile && theirProfiles.length > 0) {
    const base = profileNameBase(ourProfile);
    if (!theirProfiles.some((p) => profileNameBase(p) === base)) {
      facts.push(
        fact(
          'other-profile',
          `the profile states another LinkedIn page, linkedin.com/in/${theirProfiles[0]}`,
          W.otherProfile,
        ),
      );
    }
  }
  const email = contact.email?.toLowerCase();
  if (email && emailsIn(account.bio).includes(email)) {
    facts.push(fact('email', `the bio states their e-mail address, ${email}`, W.stated));
  }
  const handle = account.handle?.toLowerCase();
  if (handle && handlesIn(`${contact.position ?? ''} ${contact.company ?? ''}`).includes(handle)) {
    facts.push(fact('handle', `their LinkedIn position names @${account.handle}`, W.stated));
  }
  const domain = ownMailDomain(email);
  const sites = [...sitesIn(profileText), handleDomain(handle)].filter((s): s is string => !!s);
  const site = domain && sites.find((s) => s === domain || s.endsWith(`.${domain}`));
  if (site) facts.push(fact('website', `the site ${site} is their e-mail’s domain`, W.website));
  const letters = handleLetters(handle);
  // A handle that only spells the name says no more than the name does.
  const spellsName = contactName ? handleSpellings(contactName).includes(letters) : false;
  const likeProfile =
    letters.length >= 5 &&
    !spellsName &&
    ((ourProfile && lettersOnly(profileNameBase(ourProfile)) === letters) ||
      (email && lettersOnly(email.split('@')[0]!) === letters));
  if (likeProfile && !facts.some((f) => f.kind === 'handle')) {
    facts.push(
      fact(
        'handle',
        `the handle @${account.handle} matches their LinkedIn page or e-mail name`,
        W.handleLikeProfileName,
      ),
    );
  }
  return facts;
}

function workFacts(contact: ContactFacts, account: AccountFacts): Weighed[] {
  const facts: Weighed[] = [];
  const company = contact.company?.trim();
  const phrase = companyPhrase(company);
  const bio = account.bio ?? '';
  if (company && phrase) {
    const mention = mentionOf(`${bio} ${account.handle ?? ''}`, phrase);
    const siteLabels = sitesIn(account.url).map((s) => s.split('.').at(-2) ?? '');
    const other = employersNamed(bio).find((named) => !isSameOrganisation(named, phrase));
    if (mention === 'full') facts.push(fact('company', `the bio mentions ${company}`, W.company));
    else if (siteLabels.includes(phrase.replace(/ /g, '')))
      facts.push(fact('company', `the profile’s site is ${company}’s`, W.company));
    // A first word alone ("Bayern") may be a place or another firm: an employer named outright wins.
    else if (other)
      facts.push(fact('other-company', `the bio says ${other}, not ${company}`, W.otherCompany));
    else if (mention === 'short')
      facts.push(
        fact('company', `the bio mentions “${phrase.split(' ')[0]}”, as in ${company}`, W.companyShort),
      );
  }
  const title = positionInBio(contact.position, bio);
  if (title) facts.push(fact('position', `the bio states their position, ${title}`, W.position));
  const place = comparePlaces(contact.location, account.location);
  if (place === 'city') facts.push(fact('location', `both in ${account.location}`, W.sameCity));
  else if (place === 'region')
    facts.push(fact('location', `both in the same region (${account.location})`, W.sameRegion));
  else if (place === 'other')
    facts.push(
      fact('other-city', `the profile is in ${account.location}, not ${contact.location}`, W.otherCity),
    );
  return facts;
}

function scoreOf(facts: Weighed[]): MatchScore {
  const ordered = [...facts.filter((f) => f.weight >= 0), ...facts.filter((f) => f.weight < 0)];
  return {
    confidence: confidenceOf(ordered.map((f) => f.weight)),
    evidence: ordered.map(({ kind, text, effect }) => ({ kind, text, effect })),
  };
}

/** How likely one account is the contact, with the reasons; `similarNames` counts lookalikes on its network. */
export function scoreMatch(contact: ContactFacts, account: AccountFacts, similarNames = 1): MatchScore {
  const facts = [
    ...nameFacts(contact, account),
    ...statedFacts(contact, account),
    ...workFacts(contact, account),
  ];
  if (similarNames > 1 && !facts.some((f) => f.weight >= W.stated)) {
    facts.push(
      fact(
        'common-name',
        `${similarNames} accounts here have a name like this`,
        W.commonName * Math.log(similarNames),
      ),
    );
  }
  return scoreOf(facts);
}

const CLOSE: readonly (NameAgreement | undefined)[] = ['same', 'fuller', 'nickname'];

/**
 * Scores every candidate account for one contact. The more accounts on a network carry a name
 * like the contact's, the less the name alone tells: each is weighed with that count.
 */
export function matchContact(
  contact: ContactFacts,
  candidates: readonly AccountFacts[],
): (MatchScore & { accountId: number })[] {
  const ours = parsePersonName(contact.name);
  const lookalikes = new Map<string, number>();
  for (const account of candidates) {
    const theirs = parsePersonName(account.name);
    if (ours && theirs && CLOSE.includes(compareNames(ours, theirs))) {
      lookalikes.set(account.network, (lookalikes.get(account.network) ?? 0) + 1);
    }
  }
  return candidates.map((account) => {
    const theirs = parsePersonName(account.name);
    const close = ours && theirs && CLOSE.includes(compareNames(ours, theirs));
    const similar = close ? (lookalikes.get(account.network) ?? 1) : 1;
    return { accountId: account.id, ...scoreMatch(contact, account, similar) };
  });
}
