import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AccountBrief, PathHopDto, ReferralPathDto } from '../../../common/dto';
import type { IntroDraftDto, IntroFactDto } from '../../../common/introductions';
import { RELATIONSHIPS } from '../../../common/relationships';
import { draftIntroductions } from './drafts';
import type { IntroductionInput } from './types';

// Every name, handle, topic and fact is built from words "zk" + two letters, so any such word in a
// draft can be traced back to the inputs, or it was invented.
const WORD = /zk[a-z]{2}/gi;
const word = fc
  .tuple(fc.integer({ min: 0, max: 25 }), fc.integer({ min: 0, max: 25 }))
  .map(([a, b]) => `zk${String.fromCharCode(97 + a, 97 + b)}`);
const cap = (w: string) => w[0]!.toUpperCase() + w.slice(1);
const name = fc.tuple(word, word).map(([a, b]) => `${cap(a)} ${cap(b)}`);
const phrase = fc.array(word, { minLength: 1, maxLength: 3 }).map((ws) => ws.join(' '));

const direction = fc
  .record({
    fromFollowsTo: fc.boolean(),
    toFollowsFrom: fc.boolean(),
    fromInteracted: fc.boolean(),
    toInteracted: fc.boolean(),
  })
  .filter((d) => Object.values(d).some(Boolean));

const worldArb = fc
  .record({
    relationship: fc.constantFrom(...RELATIONSHIPS),
    hopCount: fc.integer({ min: 1, max: 3 }),
    accounts: fc.array(fc.record({ handle: fc.option(word), name: fc.option(name) }), {
      minLength: 4,
      maxLength: 4,
    }),
    personName: name,
    directions: fc.array(direction, { minLength: 3, maxLength: 3 }),
    senderName: fc.option(name),
    facts: fc.record({
      customerSince: fc.option(fc.integer({ min: 1990, max: 2026 }).map((y) => `${y}-06-01`)),
      did: fc.option(phrase),
      says: fc.option(phrase),
    }),
    topics: fc.array(fc.record({ label: word.map((w) => `#${w}`), posts: fc.integer({ min: 1, max: 50 }) }), {
      maxLength: 4,
    }),
    filed: fc.array(fc.boolean(), { minLength: 6, maxLength: 6 }),
  })
  .map((w): IntroductionInput => {
    const accounts: AccountBrief[] = w.accounts.slice(0, w.hopCount + 1).map((a, i) => ({
      id: i + 1,
      network: 'x',
      handle: a.handle ?? (a.name ? null : `h${i}`),
      name: a.name,
    }));
    const hops: PathHopDto[] = accounts.slice(1).map((to, i) => {
      const d = w.directions[i]!;
      const cold = !d.toFollowsFrom && !d.toInteracted;
      return {
        from: accounts[i]!,
        to,
        strength: 0.3,
        evidence: [
          d.fromInteracted ? `@${accounts[i]!.handle} replied to @${to.handle} once` : '',
          d.toInteracted ? `@${to.handle} liked posts by @${accounts[i]!.handle} twice` : '',
        ]
          .filter(Boolean)
          .join('; '),
        direction: d,
        cold,
        coldReason: cold ? 'cold' : null,
      };
    });
    const mine = w.relationship === 'me';
    const path: ReferralPathDto = {
      score: 0.2,
      start: {
        personId: 100,
        personName: mine ? 'Me' : w.personName,
        relationship: w.relationship,
        strength: 0.8,
        account: accounts[0]!,
      },
      hops,
      explanation: '',
      cold: hops.some((h) => h.cold),
    };
    const followFiles = hops.flatMap((h, i) =>
      w.filed[i * 2]
        ? [{ followerId: h.from.id, followeeId: h.to.id, files: [`follows-${i}.json`] }]
        : w.filed[i * 2 + 1]
          ? [{ followerId: h.to.id, followeeId: h.from.id, files: [`followers-${i}.json`] }]
          : [],
    );
    return {
      path,
      prospect: accounts.at(-1)!,
      senderName: w.senderName,
      startFacts: mine ? null : w.facts,
      topics: w.topics,
      followFiles,
    };
  });

/** Every word an input offers a draft: names, handles, topics, the person's facts. */
function inputWords(input: IntroductionInput): Set<string> {
  const texts = [
    input.senderName ?? '',
    input.path.start.personName,
    ...[input.path.start.account, ...input.path.hops.map((h) => h.to)].flatMap((a) => [
      a.handle ?? '',
      a.name ?? '',
    ]),
    ...input.topics.map((t) => t.label),
    input.startFacts?.did ?? '',
    input.startFacts?.says ?? '',
  ];
  return new Set(texts.flatMap((t) => t.match(WORD) ?? []).map((w) => w.toLowerCase()));
}

/** The record behind a fact exists in the input. */
function hasRecord(input: IntroductionInput, fact: IntroFactDto): boolean {
  const { record } = fact;
  const hops = input.path.hops;
  switch (record.kind) {
    case 'follow':
      return hops.some(
        (h) =>
          (h.from.id === record.followerId && h.to.id === record.followeeId && h.direction.fromFollowsTo) ||
          (h.to.id === record.followerId && h.from.id === record.followeeId && h.direction.toFollowsFrom),
      );
    case 'interaction':
      return hops.some(
        (h) =>
          (h.from.id === record.fromId && h.to.id === record.toId && h.direction.fromInteracted) ||
          (h.to.id === record.fromId && h.from.id === record.toId && h.direction.toInteracted),
      );
    case 'topic':
      return record.accountId === input.prospect.id && input.topics.some((t) => t.label === record.topic);
    case 'person': {
      if (record.personId !== input.path.start.personId || input.path.start.relationship === 'me')
        return false;
      if (record.field === 'relationship') return true;
      return Boolean(input.startFacts?.[record.field]?.trim());
    }
  }
}

const texts = (d: IntroDraftDto) => [d.from, d.to, d.subject, d.body];
const sentences = (body: string) => body.split(/(?<=[.?])\s+|\n+/);

describe('introductions over random paths and facts', () => {
  it('name no person and state no fact absent from the inputs; every fact maps to a record', () => {
    fc.assert(
      fc.property(worldArb, (input) => {
        const drafts = draftIntroductions(input);
        expect(drafts.length).toBeGreaterThan(0);
        const known = inputWords(input);
        const prospectFollowsStart =
          input.path.hops.length === 1 && input.path.hops[0]!.direction.toFollowsFrom;
        for (const draft of drafts) {
          for (const text of texts(draft))
            for (const w of text.match(WORD) ?? [])
              expect(known, `“${w}” in ${draft.kind}`).toContain(w.toLowerCase());
          for (const fact of draft.facts) expect(hasRecord(input, fact), JSON.stringify(fact)).toBe(true);
          // The greeting names the one the draft goes to, by their name or handle ("Hi @middle,").
          const greeted = /^Hi (.+),\n/.exec(draft.body)![1]!;
          expect(draft.to.startsWith(greeted) || draft.to.includes(`(${greeted}`)).toBe(true);
          // A follow is claimed only with a follow record listed.
          if (/\bfollows?\b/.test(draft.body))
            expect(draft.facts.some((f) => f.record.kind === 'follow')).toBe(true);
          if (draft.body.includes('whom you follow')) expect(prospectFollowsStart).toBe(true);
          // Years come only from the person's "since".
          const since = input.startFacts?.customerSince?.slice(0, 4);
          for (const year of draft.body.match(/\b(19|20)\d\d\b/g) ?? []) expect(year).toBe(since);
          // Topics are the prospect's, never the user's reading habits.
          for (const topic of input.topics)
            for (const sentence of sentences(draft.body).filter((s) => s.includes(topic.label)))
              expect(sentence).toMatch(/^You post about /);
          expect(draft.body).not.toMatch(/following your|enjoyed your|been reading/);
          // Every placeholder listed is in the text, and every bracket in the text is listed.
          for (const open of draft.body.match(/\[[^\]]+\]/g) ?? [])
            expect(draft.placeholders).toContain(open);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('on a customer’s direct path, each of their facts is used when known and a placeholder when not', () => {
    const customerPath = worldArb.filter(
      (i) => i.path.start.relationship === 'customer' && i.path.hops.length === 1,
    );
    fc.assert(
      fc.property(customerPath, (input) => {
        const bandwagon = draftIntroductions(input).find((d) => d.kind === 'bandwagon')!;
        const facts = input.startFacts!;
        const checks: [string | null, string][] = [
          [facts.customerSince, '[since when]'],
          [facts.did, '[what you did for them]'],
          [facts.says, '[what they say about us]'],
        ];
        for (const [value, placeholder] of checks) {
          expect(bandwagon.body.includes(placeholder)).toBe(value === null);
          // "since" is said as its year.
          if (value !== null)
            expect(bandwagon.body).toContain(value === facts.customerSince ? value.slice(0, 4) : value);
        }
      }),
      { numRuns: 200 },
    );
  });
});
