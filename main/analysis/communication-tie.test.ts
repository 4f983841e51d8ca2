import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import '../test-support/fast-check-setup';
import {
  communicationTie,
  COMMUNICATION_TIE_FORMULA_TEXT,
  monthlyActivity,
  sparklineEnd,
  type CommunicationEvidence,
  type MeetingResponse,
} from './communication-tie';

const now = Date.parse('2026-06-01T00:00:00Z');
const daysAgo = (days: number) => new Date(now - days * 86_400_000).toISOString();

const none: CommunicationEvidence = { messages: [], meetings: [], relationship: 'customer' };

const evidence = fc.record({
  messages: fc.array(
    fc.record({
      from: fc.constantFrom('you' as const, 'them' as const),
      at: fc.option(fc.integer({ min: 0, max: 4000 }).map(daysAgo), { nil: undefined }),
      reply: fc.boolean(),
    }),
    { maxLength: 40 },
  ),
  meetings: fc.array(
    fc.record({
      at: fc.integer({ min: 0, max: 4000 }).map(daysAgo),
      response: fc.constantFrom<MeetingResponse>('accepted', 'tentative', 'declined', 'cancelled'),
    }),
    { maxLength: 10 },
  ),
  relationship: fc.constantFrom(
    'colleague' as const,
    'customer' as const,
    'partner' as const,
    'friend' as const,
    'other' as const,
  ),
});

describe('the communication tie', () => {
  it('is between 0 and 100 whatever the evidence', () => {
    fc.assert(
      fc.property(evidence, (e) => {
        const tie = communicationTie(e, now);
        expect(tie.computed).toBeGreaterThanOrEqual(0);
        expect(tie.computed).toBeLessThanOrEqual(100);
        expect(tie.score).toBe(tie.computed);
      }),
    );
  });

  it('never falls when a reply, either way, or an accepted meeting is added', () => {
    fc.assert(
      fc.property(
        evidence,
        fc.constantFrom('you' as const, 'them' as const),
        fc.integer({ min: 0, max: 4000 }),
        (e, from, age) => {
          const before = communicationTie(e, now).computed;
          const withReply = { ...e, messages: [...e.messages, { from, at: daysAgo(age), reply: true }] };
          const withMeeting = {
            ...e,
            meetings: [...e.meetings, { at: daysAgo(age), response: 'accepted' as const }],
          };
          expect(communicationTie(withReply, now).computed).toBeGreaterThanOrEqual(before);
          expect(communicationTie(withMeeting, now).computed).toBeGreaterThanOrEqual(before);
        },
      ),
    );
  });

  it('never falls when every message and meeting is more recent', () => {
    fc.assert(
      fc.property(evidence, fc.integer({ min: 1, max: 1000 }), (e, days) => {
        const sooner = (at: string | undefined) =>
          at && new Date(Math.min(now, Date.parse(at) + days * 86_400_000)).toISOString();
        const recent = {
          ...e,
          messages: e.messages.map((m) => ({ ...m, at: sooner(m.at) })),
          meetings: e.meetings.map((m) => ({ ...m, at: sooner(m.at)! })),
        };
        expect(communicationTie(recent, now).computed).toBeGreaterThanOrEqual(
          communicationTie(e, now).computed,
        );
      }),
    );
  });

  it('one-way mail never beats the same number of messages both ways', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 3000 }), { minLength: 2, maxLength: 40 }),
        fc.constantFrom('you' as const, 'them' as const),
        (ages, oneSide) => {
          const oneWay = { ...none, messages: ages.map((age) => ({ from: oneSide, at: daysAgo(age) })) };
          const twoWay = {
            ...none,
            messages: ages.map((age, i) => ({
              from: i % 2 ? ('you' as const) : ('them' as const),
              at: daysAgo(age),
            })),
          };
          const [two, one] = [communicationTie(twoWay, now), communicationTie(oneWay, now)];
          expect(two.parts.weight).toBeGreaterThan(one.parts.weight);
          expect(two.computed).toBeGreaterThanOrEqual(one.computed);
        },
      ),
    );
  });

  it('declined and cancelled meetings count for nothing', () => {
    const declined = {
      ...none,
      meetings: [
        { at: daysAgo(3), response: 'declined' as const },
        { at: daysAgo(4), response: 'cancelled' as const },
      ],
    };
    expect(communicationTie(declined, now).computed).toBe(communicationTie(none, now).computed);
    expect(communicationTie(declined, now).hasEvidence).toBe(false);
  });

  it('explains itself in the user’s words', () => {
    const messages = [
      ...Array.from({ length: 21 }, (_, i) => ({ from: 'you' as const, at: daysAgo(12 + i * 20) })),
      ...Array.from({ length: 21 }, (_, i) => ({ from: 'them' as const, at: daysAgo(13 + i * 20) })),
      { from: 'you' as const, at: '2021-03-02T09:00:00Z' },
    ];
    const meetings = ['01-10', '02-10', '02-24', '03-10', '04-10', '05-10'].map((day) => ({
      at: `2026-${day}T10:00:00Z`,
      response: 'accepted' as const,
    }));
    const tie = communicationTie({ ...none, messages, meetings }, now);
    expect(tie.explanation).toBe(
      '43 e-mails both ways, last 12 days ago; 6 meetings in 2026; you wrote first in 2021',
    );
    expect(
      communicationTie({ ...none, messages: [{ from: 'you', at: '2019-05-01T00:00:00Z' }] }, now).explanation,
    ).toBe('1 e-mail from you, none back, last in May 2019; you wrote first in 2019');
    expect(communicationTie(none, now).explanation).toBe(
      'No e-mail or meeting with them in the imported mail and calendars',
    );
  });

  it('a frequent two-way correspondent outranks a one-way stale one', () => {
    const frequent = communicationTie(
      {
        ...none,
        messages: Array.from({ length: 30 }, (_, i) => ({
          from: i % 2 ? ('you' as const) : ('them' as const),
          at: daysAgo(5 + i * 7),
          reply: true,
        })),
      },
      now,
    );
    const stale = communicationTie(
      {
        ...none,
        messages: Array.from({ length: 30 }, (_, i) => ({ from: 'you' as const, at: daysAgo(2000 + i) })),
      },
      now,
    );
    expect(frequent.computed).toBeGreaterThan(70);
    expect(stale.computed).toBeLessThan(frequent.computed / 2);
  });

  it('the user’s override wins and the computed score stays beside it', () => {
    const tie = communicationTie(
      { ...none, override: { score: 90, why: 'We founded a company together' } },
      now,
    );
    expect(tie.score).toBe(90);
    expect(tie.computed).toBeLessThan(90);
    expect(tie.override?.why).toBe('We founded a company together');
  });

  it('the formula users read names its constants', () => {
    expect(COMMUNICATION_TIE_FORMULA_TEXT).toMatch(/halved every 180 days/);
    expect(COMMUNICATION_TIE_FORMULA_TEXT).toMatch(/the rest at 0\.2/);
    expect(COMMUNICATION_TIE_FORMULA_TEXT).toMatch(/meeting/);
  });
});

describe('activity per month, for the sparkline', () => {
  it('counts messages and meetings per month, oldest first, over the months asked', () => {
    const months = monthlyActivity(
      {
        ...none,
        messages: [
          { from: 'you', at: '2026-05-03T00:00:00Z' },
          { from: 'them', at: '2026-05-04T00:00:00Z' },
          { from: 'them', at: '2026-03-04T00:00:00Z' },
          { from: 'them' },
        ],
        meetings: [
          { at: '2026-05-20T00:00:00Z', response: 'accepted' },
          { at: '2026-05-21T00:00:00Z', response: 'declined' },
        ],
      },
      now,
      4,
    );
    expect(months).toEqual([
      { month: '2026-03', sent: 0, received: 1, meetings: 0 },
      { month: '2026-04', sent: 0, received: 0, meetings: 0 },
      { month: '2026-05', sent: 1, received: 1, meetings: 1 },
      { month: '2026-06', sent: 0, received: 0, meetings: 0 },
    ]);
  });
});

describe('where the sparkline ends', () => {
  it('at today while there is activity in the window, else at the last message or meeting', () => {
    const recent = { ...none, messages: [{ from: 'you' as const, at: daysAgo(40) }] };
    expect(sparklineEnd(recent, now, 24)).toBe(now);
    const old = {
      ...none,
      messages: [{ from: 'them' as const, at: '2000-06-14T16:34:41Z' }, { from: 'you' as const }],
      meetings: [{ at: '1999-02-01T10:00:00Z', response: 'accepted' as const }],
    };
    expect(new Date(sparklineEnd(old, now, 24)).toISOString()).toBe('2000-06-14T16:34:41.000Z');
    expect(monthlyActivity(old, sparklineEnd(old, now, 24), 24).at(-1)).toEqual({
      month: '2000-06',
      sent: 0,
      received: 1,
      meetings: 0,
    });
    expect(sparklineEnd(none, now, 24)).toBe(now);
  });
});
