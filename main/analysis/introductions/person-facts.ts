import type { AccountBrief, ReferralPathDto } from '../../../common/dto';
import type { IntroFactDto } from '../../../common/introductions';
import { accountLabel, relationshipWords } from '../explain';
import { list } from './ties';
import type { IntroductionInput } from './types';

/** What a draft leaves for the user to fill in when the app does not know it. */
export const PLACEHOLDER = {
  since: '[since when]',
  did: '[what you did for them]',
  says: '[what they say about us]',
  sender: '[your name]',
  talkingPoint: '[what you would like to talk about]',
} as const;

type Start = ReferralPathDto['start'];

/** "2021-03-04" → "2021": the year is what people say ("since 2021"). */
function sinceWords(since: string): string {
  return /^\d{4}(-\d{2}){0,2}$/.test(since.trim()) ? since.trim().slice(0, 4) : since.trim();
}

const trimmed = (text: string) => text.trim().replace(/[.\s]+$/, '');
const unquoted = (text: string) => trimmed(text).replace(/^["“”']+|["“”']+$/g, '');

/** One person field the drafts use: its words, the fact behind them, or the placeholder. */
export interface FieldUse {
  words: string;
  fact: IntroFactDto | null;
  placeholder: string | null;
}

function field(
  start: Start,
  name: 'customerSince' | 'did' | 'says',
  value: string | null | undefined,
  label: string,
  placeholder: string,
  words: (value: string) => string,
  origin = '',
): FieldUse {
  if (!value?.trim()) return { words: placeholder, fact: null, placeholder };
  return {
    words: words(value),
    fact: {
      text: `${start.personName}, ${label}: ${value.trim()}`,
      source: `${start.personName} in People, “${label}”${origin}`,
      record: { kind: 'person', personId: start.personId, field: name },
    },
    placeholder: null,
  };
}

export function startFields(input: IntroductionInput) {
  const start = input.path.start;
  const facts = input.startFacts;
  return {
    since: field(
      start,
      'customerSince',
      facts?.customerSince,
      'customer since',
      PLACEHOLDER.since,
      sinceWords,
      input.sinceIsConnectedOn ? ' (LinkedIn’s Connected On)' : '',
    ),
    did: field(start, 'did', facts?.did, 'what we did for them', PLACEHOLDER.did, trimmed),
    says: field(start, 'says', facts?.says, 'what they say about us', PLACEHOLDER.says, unquoted),
  };
}

export function relationshipFact(start: Start): IntroFactDto {
  return {
    text: `${start.personName} is ${relationshipWords[start.relationship]}`,
    source: `${start.personName} in People, “relationship”`,
    record: { kind: 'person', personId: start.personId, field: 'relationship' },
  };
}

/** "You post about #x and #y", attributed to the prospect, with the counts behind it. */
export function topicsOf(input: IntroductionInput, prospect: AccountBrief) {
  const topics = input.topics.slice(0, 3);
  const facts: IntroFactDto[] = topics.map((t) => ({
    text: `${t.posts} of ${accountLabel(prospect)}’s posts use ${t.label}`,
    source: `${accountLabel(prospect)}’s imported posts`,
    record: { kind: 'topic', accountId: prospect.id, topic: t.label },
  }));
  return { words: list(topics.map((t) => t.label)), facts };
}
