/**
 * The matching formula, in one place; users read it as MATCH_FORMULA_TEXT. Each fact adds its
 * weight to a starting score (negative: most accounts are not the contact), and the confidence is
 * the logistic of the sum, so independent facts add up and a contradiction pulls a match down
 * without having to veto it.
 */
export const MATCH_WEIGHTS = {
  start: -3,
  sameName: 2.8,
  fullerName: 2.4,
  nickname: 2,
  initial: 1.2,
  handleSpellsName: 1.8,
  company: 3.5,
  companyShort: 1.5,
  position: 1,
  website: 2.5,
  handleLikeProfileName: 1.5,
  sameCity: 1,
  sameRegion: 0.5,
  /** A stated LinkedIn page, e-mail or handle of the contact: near-certain alone. */
  stated: 8,
  otherCompany: -3,
  otherCity: -1.5,
  otherProfile: -5,
  /** Per natural-log unit of accounts on the network with a name like the contact's. */
  commonName: -0.6,
} as const;

/** Suggestions start here; below it a candidate is not shown. */
export const SUGGESTION_THRESHOLD = 0.5;
/** Above this a suggestion is near-certain: what "accept all above" offers by default. */
export const NEAR_CERTAIN = 0.95;

export const MATCH_FORMULA_TEXT =
  'Each fact about a contact and an account adds to a score that starts at −3: the same name once ' +
  'accents, case and punctuation are set aside +2.8 (with a middle name or second surname on one side +2.4), a ' +
  'known short form of the first name (Kate, Katherine) +2, an initial (J. Álvarez) +1.2, a handle that spells ' +
  'the name +1.8: a name alone is not enough to suggest; the bio naming their company +3.5 (its first word alone +1.5), their position +1; a site on ' +
  'their e-mail’s domain +2.5; a handle like their LinkedIn profile name +1.5; where the contact lives (their address in your contacts) ' +
  'against the profile’s location: the same city +1, only the same country +0.5, an unknown place changes nothing. ' +
  'A profile that states their own LinkedIn page, e-mail address or handle adds +8: near-certain. Facts ' +
  'against: the bio naming another employer −3, another city or country −1.5, another LinkedIn page −5, and when several ' +
  'accounts on a network share the name, −0.6 × ln(how many). Confidence = 1 ÷ (1 + e^−score), shown as 0–1; ' +
  'suggestions start at 0.5.';

/** The logistic of the summed weights, rounded to three places and kept short of 0 and 1 (for decisions). */
export function confidenceOf(weights: readonly number[]): number {
  const score = weights.reduce((sum, w) => sum + w, MATCH_WEIGHTS.start);
  const confidence = 1 / (1 + Math.exp(-score));
  return Math.min(0.999, Math.max(0.001, Math.round(confidence * 1000) / 1000));
}
