import { describe, expect, it } from 'vitest';
import type { AccountBrief, PathHopDto, ReferralPathDto } from '../../../common/dto';
import { draftIntroductions } from './drafts';
import type { IntroductionInput } from './types';

const account = (id: number, handle: string, name: string | null): AccountBrief => ({
  id,
  network: 'x',
  handle,
  name,
});
const me = account(1, 'sam', 'Sam Seller');
const dana = account(2, 'dana', 'Dana Lee');
const middle = account(3, 'middle', null);
const prospect = account(9, 'acme_ceo', 'Pat Acme');

function hop(
  from: AccountBrief,
  to: AccountBrief,
  direction: Partial<PathHopDto['direction']>,
  evidence = '',
): PathHopDto {
  const d = {
    fromFollowsTo: false,
    toFollowsFrom: false,
    fromInteracted: false,
    toInteracted: false,
    ...direction,
  };
  const cold = !d.toFollowsFrom && !d.toInteracted;
  return { from, to, strength: 0.4, evidence, direction: d, cold, coldReason: cold ? 'cold' : null };
}

function path(relationship: ReferralPathDto['start']['relationship'], hops: PathHopDto[]): ReferralPathDto {
  const first = hops[0]!.from;
  return {
    score: 0.3,
    start: {
      personId: relationship === 'me' ? 1 : 2,
      personName: relationship === 'me' ? 'Me' : 'Dana Lee',
      relationship,
      strength: 0.9,
      account: first,
    },
    hops,
    explanation: '',
    cold: hops.some((h) => h.cold),
  };
}

function input(p: ReferralPathDto, overrides: Partial<IntroductionInput> = {}): IntroductionInput {
  return {
    path: p,
    prospect,
    senderName: 'Sam Seller',
    startFacts: null,
    topics: [],
    followFiles: [],
    ...overrides,
  };
}

const prospectFollowsDana = hop(dana, prospect, { toFollowsFrom: true }, '@acme_ceo follows @dana');
const danaFollowsProspect = hop(dana, prospect, { fromFollowsTo: true }, '@dana follows @acme_ceo');

describe('introductions from facts only', () => {
  it('a customer the prospect follows: the bandwagon e-mail says so, with what we did and what they say', () => {
    const drafts = draftIntroductions(
      input(path('customer', [prospectFollowsDana]), {
        startFacts: {
          customerSince: '2021-04-12',
          did: 'rebuilt their route planning',
          says: 'It paid for itself.',
        },
        topics: [
          { label: '#supplychain', posts: 12 },
          { label: 'logistics.ai', posts: 4 },
        ],
        followFiles: [{ followerId: 9, followeeId: 2, files: ['acme_ceo-following.json'] }],
      }),
    );
    expect(drafts.map((d) => d.kind)).toEqual(['bandwagon', 'ask-to-write', 'their-note']);
    const [bandwagon] = drafts;
    expect(bandwagon!.to).toBe('Pat Acme (@acme_ceo)');
    expect(bandwagon!.body).toBe(
      [
        'Hi Pat Acme,',
        'Dana Lee, whom you follow on X, has worked with us since 2021. We rebuilt their route planning. In their words: “It paid for itself”.',
        'You post about #supplychain and logistics.ai; [what you would like to talk about].',
        'Would you be open to a short conversation?',
        'Best,\nSam Seller',
      ].join('\n\n'),
    );
    expect(bandwagon!.facts).toEqual([
      {
        text: 'Dana Lee is your customer',
        source: 'Dana Lee in People, “relationship”',
        record: { kind: 'person', personId: 2, field: 'relationship' },
      },
      {
        text: '@acme_ceo follows @dana',
        source: 'Follow record, imported from acme_ceo-following.json',
        record: { kind: 'follow', followerId: 9, followeeId: 2 },
      },
      {
        text: 'Dana Lee, customer since: 2021-04-12',
        source: 'Dana Lee in People, “customer since”',
        record: { kind: 'person', personId: 2, field: 'customerSince' },
      },
      {
        text: 'Dana Lee, what we did for them: rebuilt their route planning',
        source: 'Dana Lee in People, “what we did for them”',
        record: { kind: 'person', personId: 2, field: 'did' },
      },
      {
        text: 'Dana Lee, what they say about us: It paid for itself.',
        source: 'Dana Lee in People, “what they say about us”',
        record: { kind: 'person', personId: 2, field: 'says' },
      },
      {
        text: '12 of @acme_ceo’s posts use #supplychain',
        source: '@acme_ceo’s imported posts',
        record: { kind: 'topic', accountId: 9, topic: '#supplychain' },
      },
      {
        text: '4 of @acme_ceo’s posts use logistics.ai',
        source: '@acme_ceo’s imported posts',
        record: { kind: 'topic', accountId: 9, topic: 'logistics.ai' },
      },
    ]);
    expect(bandwagon!.placeholders).toEqual(['[what you would like to talk about]']);
  });

  it('“whom you follow” only when the prospect follows the customer', () => {
    const [bandwagon] = draftIntroductions(input(path('customer', [danaFollowsProspect])));
    expect(bandwagon!.body).not.toContain('whom you follow');
    expect(bandwagon!.body).toContain('Dana Lee, who follows you on X, has worked with us');
    expect(bandwagon!.facts.map((f) => f.text)).toContain('@dana follows @acme_ceo');
  });

  it('what the app does not know stays a visible placeholder, never a claim', () => {
    const [bandwagon, , theirNote] = draftIntroductions(input(path('customer', [prospectFollowsDana])));
    expect(bandwagon!.body).toContain(
      'has worked with us since [since when]. We [what you did for them]. In their words: “[what they say about us]”.',
    );
    expect(bandwagon!.placeholders).toEqual([
      '[since when]',
      '[what you did for them]',
      '[what they say about us]',
      '[what you would like to talk about]',
    ]);
    expect(bandwagon!.facts.map((f) => f.record.kind)).toEqual(['person', 'follow']);
    expect(theirNote!.body).toContain('we have worked with them since [since when]');
  });

  it('asks the colleague to write, with a ready text from them that names the user, not the prospect’s topics', () => {
    const drafts = draftIntroductions(
      input(path('colleague', [prospectFollowsDana]), { topics: [{ label: '#erp', posts: 3 }] }),
    );
    expect(drafts.map((d) => d.kind)).toEqual(['ask-to-write', 'their-note']);
    const [ask, note] = drafts;
    expect(ask!.to).toBe('Dana Lee (@dana)');
    expect(ask!.body).toContain(
      'Hi Dana,\n\nI would like to get in touch with Pat Acme (@acme_ceo). Pat Acme follows you on X.',
    );
    expect(note!.from).toBe('Dana Lee');
    expect(note!.body).toBe(
      [
        'Hi Pat Acme,',
        'I would like to introduce Sam Seller, a colleague of mine.',
        'Would you be open to hearing from them?',
        'Best,\nDana',
      ].join('\n\n'),
    );
    expect(drafts.every((d) => !d.body.includes('#erp'))).toBe(true);
  });

  it('my own path through an account with no name: “Hi @middle,”, and nothing about following anyone’s posts', () => {
    const drafts = draftIntroductions(
      input(
        path('me', [
          hop(me, middle, { fromFollowsTo: true }, '@sam follows @middle'),
          hop(
            middle,
            prospect,
            { toFollowsFrom: true, fromFollowsTo: true },
            '@middle and @acme_ceo follow each other',
          ),
        ]),
        { topics: [{ label: '#supplychain', posts: 12 }] },
      ),
    );
    expect(drafts.map((d) => d.kind)).toEqual(['ask-bridge', 'forwardable']);
    const [ask, forward] = drafts;
    expect(ask!.body).toMatch(
      /^Hi @middle,\n\nI would like to meet Pat Acme \(@acme_ceo\)\. You and Pat Acme follow each other on X\./,
    );
    // The user follows @middle but @middle does not know the user: the ask claims no acquaintance.
    expect(ask!.body).not.toMatch(/follow me|I follow/);
    expect(forward!.from).toBe('@middle');
    expect(forward!.to).toBe('Pat Acme (@acme_ceo)');
    expect(forward!.body).toBe(
      [
        'Hi Pat Acme,',
        'I would like to introduce Sam Seller.',
        'You post about #supplychain; [what you would like to talk about].',
        'Would you be open to a short conversation with them?',
        'Best,\n@middle',
      ].join('\n\n'),
    );
    for (const draft of drafts) expect(draft.body).not.toMatch(/following your|enjoyed your/);
  });

  it('a longer path from my customer: ask the customer, who forwards a note to the bridge naming the prospect', () => {
    const bridge = account(5, 'bo', 'Bo Bridge');
    const drafts = draftIntroductions(
      input(
        path('customer', [
          hop(dana, bridge, { toFollowsFrom: true, fromFollowsTo: true }, '@dana and @bo follow each other'),
          hop(bridge, prospect, { toFollowsFrom: true }, '@acme_ceo follows @bo'),
        ]),
        { startFacts: { customerSince: '2019', did: null, says: 'Sharp people.' } },
      ),
    );
    const [ask, forward] = drafts;
    expect(ask!.kind).toBe('ask-bridge');
    expect(ask!.to).toBe('Dana Lee (@dana)');
    expect(ask!.body).toContain(
      'I would like to meet Pat Acme (@acme_ceo). You and Bo Bridge follow each other on X, and Pat Acme follows Bo Bridge on X.',
    );
    expect(ask!.body).toContain('Would you be willing to introduce me to Bo Bridge?');
    expect(forward!.kind).toBe('forwardable');
    expect(forward!.from).toBe('Dana Lee');
    expect(forward!.to).toBe('Bo Bridge (@bo)');
    expect(forward!.body).toBe(
      [
        'Hi Bo Bridge,',
        'I would like to introduce Sam Seller; we have worked with them since 2019. In my words: “Sharp people”.',
        'Sam Seller would like to meet Pat Acme (@acme_ceo). Pat Acme follows you on X.',
        'Would you be open to introducing them?',
        'Best,\nDana',
      ].join('\n\n'),
    );
  });

  it('already connected: one note to the prospect; an unknown sender is “[your name]”', () => {
    const [direct, ...rest] = draftIntroductions(
      input(path('me', [hop(me, prospect, { toFollowsFrom: true }, '@acme_ceo follows @sam')]), {
        senderName: null,
      }),
    );
    expect(rest).toEqual([]);
    expect(direct!.kind).toBe('direct');
    expect(direct!.body).toContain('Hi Pat Acme,\n\nYou follow me on X.');
    expect(direct!.body.endsWith('Best,\n[your name]')).toBe(true);
    expect(direct!.placeholders).toContain('[your name]');
    const [cold] = draftIntroductions(
      input(path('me', [hop(me, prospect, { fromInteracted: true }, '@sam replied to @acme_ceo once')])),
    );
    expect(cold!.body).toMatch(/^Hi Pat Acme,\n\n\[what you would like to talk about\]\./);
    expect(cold!.facts).toEqual([]);
    expect(direct!.facts).toEqual([
      {
        text: '@acme_ceo follows @sam',
        source: 'Follow record in this workspace',
        record: { kind: 'follow', followerId: 9, followeeId: 1 },
      },
    ]);
  });
});
