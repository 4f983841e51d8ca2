import { describe, expect, it } from 'vitest';
import {
  classify,
  isCompetitor,
  locationKey,
  matches,
  rolesOf,
  segment,
  toCsv,
  type AudienceAccount,
} from './audience';

const account = (id: number, bio: string | null, extra: Partial<AudienceAccount> = {}): AudienceAccount => ({
  id,
  handle: `user${id}`,
  name: `User ${id}`,
  bio,
  location: null,
  reach: null,
  mine: false,
  manualCategories: [],
  ...extra,
});

const rules = [
  { categoryId: 1, field: 'bio' as const, keyword: 'SaaS' },
  { categoryId: 3, field: 'bio' as const, keyword: 'journalist' },
];
const competitors = { handles: ['@rivalcorp'], keywords: ['Rival'] };

describe('audience', () => {
  it('reads role words from bios', () => {
    expect(rolesOf('Co-founder & CEO at Acme. Ex-Google engineer.')).toEqual([
      'CEO',
      'Founder',
      'Engineering',
    ]);
    expect(rolesOf('Dog lover')).toEqual([]);
  });

  it('applies keyword rules on whole words, plus manual assignments', () => {
    const [saas, notSaas, manual] = classify(
      [
        account(1, 'B2B SaaS for logistics'),
        account(2, 'Saasquatch fan'),
        account(3, null, { manualCategories: [3] }),
      ],
      rules,
      competitors,
    );
    expect(saas!.categories).toEqual([1]);
    expect(notSaas!.categories).toEqual([]);
    expect(manual!.categories).toEqual([3]);
  });

  it('flags competitors by handle or keyword', () => {
    expect(isCompetitor(account(1, null, { handle: 'RivalCorp' }), competitors)).toBe(true);
    expect(isCompetitor(account(2, 'Sales lead at Rival Inc.'), competitors)).toBe(true);
    expect(isCompetitor(account(3, 'Arrival times matter'), competitors)).toBe(false);
  });

  it('groups loose locations and counts segments', () => {
    expect(locationKey(' Paris, France 🇫🇷 ')).toBe('paris, france');
    const classified = classify(
      [
        account(1, 'CEO', { location: 'Paris, France', reach: 500, mine: true }),
        account(2, 'Marketing lead', { location: 'paris, france', reach: 25_000 }),
        account(3, 'CEO and founder', { location: 'Berlin', reach: null }),
      ],
      rules,
      competitors,
    );
    const segments = segment(classified);
    expect(segments.total).toBe(3);
    expect(segments.roles[0]).toEqual({ value: 'CEO', count: 2 });
    expect(segments.locations[0]).toMatchObject({ value: 'paris, france', count: 2 });
    expect(segments.reach).toEqual([
      { value: 'Under 1K', count: 1 },
      { value: '1K–10K', count: 0 },
      { value: '10K–100K', count: 1 },
      { value: '100K+', count: 0 },
    ]);
    expect(segments.mine).toBe(1);
    expect(
      classified.filter((a) => matches(a, { role: 'CEO', location: 'Paris, France' })).map((a) => a.id),
    ).toEqual([1]);
  });

  it('writes CSV that spreadsheets read safely', () => {
    expect(
      toCsv(
        ['name', 'bio'],
        [
          ['Dana, Lee', '=HYPERLINK("x")'],
          ['Bo', null],
        ],
      ),
    ).toBe('name,bio\r\n"Dana, Lee","=HYPERLINK(""x"")"\r\nBo,\r\n');
  });
});
