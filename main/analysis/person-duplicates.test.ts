import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  findDuplicates,
  MAX_RECORDS_OF_ONE_PERSON,
  normaliseEmail,
  normaliseProfileUrl,
  type DuplicateCandidate,
} from './person-duplicates';

let nextId = 1;
const person = (over: Partial<DuplicateCandidate> & { displayName: string }): DuplicateCandidate => {
  const id = over.id ?? nextId++;
  return { id, keys: [`key-${id}`], company: null, email: null, sourceCount: 1, ...over };
};

describe('normalised identities', () => {
  it('a LinkedIn URL is the same whatever its scheme, www, country, trailing slash, query or case', () => {
    const forms = [
      'https://www.linkedin.com/in/Jose-Alvarez/',
      'http://linkedin.com/in/jose-alvarez?trk=public',
      'linkedin.com/in/jose-alvarez#about',
      'es.linkedin.com/in/jose-alvarez',
      'https://www.linkedin.com/in/jose%2Dalvarez',
    ];
    expect(new Set(forms.map(normaliseProfileUrl))).toEqual(new Set(['linkedin.com/in/jose-alvarez']));
    expect(normaliseProfileUrl('jose alvarez|acme')).toBeUndefined();
    expect(normaliseProfileUrl('x:12345')).toBeUndefined();
  });
  it('an e-mail folds case and mailto:, and a name|company key is no e-mail', () => {
    expect(normaliseEmail(' MAILTO:Jose@Acme.COM ')).toBe('jose@acme.com');
    expect(normaliseEmail('jose alvarez|acme')).toBeUndefined();
  });
});

describe('findDuplicates', () => {
  it('groups the same e-mail, the same profile URL, and the same folded name at the same company', () => {
    const groups = findDuplicates([
      person({ id: 1, displayName: 'Maria Gomez', keys: ['maria@acme.com'], email: 'maria@acme.com' }),
      person({
        id: 2,
        displayName: 'María Gómez',
        keys: ['linkedin.com/in/mgomez'],
        email: 'Maria@ACME.com',
      }),
      person({
        id: 3,
        displayName: 'M. Gomez',
        keys: ['mg|'],
        profileUrl: 'https://www.linkedin.com/in/MGomez/',
      }),
      person({ id: 4, displayName: 'José Álvarez', company: 'Acme Logistics, S.L.', keys: ['a'] }),
      person({ id: 5, displayName: 'jose alvarez', company: 'ACME LOGISTICS', keys: ['b'], sourceCount: 3 }),
      person({ id: 6, displayName: 'José Álvarez', company: 'Globex', keys: ['c'] }),
    ]);
    expect(groups).toEqual([
      {
        personIds: [5, 4],
        evidence: [
          { kind: 'name-company', text: 'same name and company: José Álvarez, Acme Logistics, S.L.' },
        ],
      },
      {
        personIds: [1, 2, 3],
        evidence: [
          { kind: 'email', text: 'same e-mail maria@acme.com' },
          { kind: 'profile', text: 'same profile linkedin.com/in/mgomez' },
        ],
      },
    ]);
  });

  it('the same name alone, or a company that names no employer, is not enough', () => {
    expect(
      findDuplicates([
        person({ displayName: 'Ana Ruiz', company: 'Initech' }),
        person({ displayName: 'Ana Ruiz', company: 'Globex' }),
        person({ displayName: 'Ana Ruiz' }),
        person({ displayName: 'Ana Ruiz', company: 'Self-employed' }),
        person({ displayName: 'Ana Ruiz', company: 'Self employed' }),
      ]),
    ).toEqual([]);
  });

  it('a placeholder e-mail that many contacts share (as LinkedIn writes for hidden addresses) joins nobody', () => {
    const people = ['Ali Raza', 'Aditya Sahu', 'Melody Xu', 'Kate Rhodes', 'Jim Julian'].map((displayName) =>
      person({ displayName, email: 'redacted@example.com' }),
    );
    expect(findDuplicates(people)).toEqual([]);
    expect(findDuplicates(people.slice(0, 2))).toHaveLength(1);
  });

  it('a pair the user said are not the same person is not offered again, by any key either holds', () => {
    const people = [
      person({ id: 1, displayName: 'Sam Lee', company: 'Acme', keys: ['sam@acme.com', 'merged-in'] }),
      person({ id: 2, displayName: 'Sam Lee', company: 'Acme', keys: ['linkedin.com/in/samlee'] }),
    ];
    expect(findDuplicates(people)).toHaveLength(1);
    expect(findDuplicates(people, [['linkedin.com/in/samlee', 'merged-in']])).toEqual([]);
  });

  // Random people drawn from a few names, companies, e-mails and URLs, so that collisions happen.
  const arbitraryPeople = fc
    .array(
      fc.record({
        name: fc.constantFrom('José Álvarez', 'jose alvarez', 'Ana Ruiz', 'ANA RUIZ!', 'Li Wei'),
        company: fc.constantFrom(null, 'Acme', 'ACME Inc.', 'Globex', 'Freelance'),
        email: fc.constantFrom(null, 'a@x.com', 'A@X.com', 'b@x.com'),
        url: fc.constantFrom(
          null,
          'https://www.linkedin.com/in/ana/',
          'linkedin.com/in/ANA?x=1',
          'linkedin.com/in/li',
        ),
        sources: fc.integer({ min: 1, max: 4 }),
      }),
      { maxLength: 12 },
    )
    .map((rows) =>
      rows.map((row, i): DuplicateCandidate => ({
        id: i + 1,
        keys: [row.url ?? `name-${i}`],
        displayName: row.name,
        company: row.company,
        email: row.email,
        sourceCount: row.sources,
      })),
    );

  const fold = (text: string) =>
    text
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[^a-z ]/g, '')
      .trim();
  // The test's own reading of who is who, independent of the code's.
  const identitiesOf = (p: DuplicateCandidate): string[] => {
    const found: string[] = [];
    if (p.email) found.push(`e:${p.email.toLowerCase()}`);
    const url = normaliseProfileUrl(p.keys[0]!);
    if (url) found.push(`u:${url}`);
    if (p.company && p.company !== 'Freelance') {
      found.push(`n:${fold(p.displayName)}|${p.company.replace(/ inc\.$/i, '').toLowerCase()}`);
    }
    return found;
  };
  /** Whether a and b share an identity that few enough people hold to mean one person. */
  const sharing = (people: DuplicateCandidate[]) => {
    const holders = new Map<string, number>();
    for (const p of people) for (const id of identitiesOf(p)) holders.set(id, (holders.get(id) ?? 0) + 1);
    return (a: DuplicateCandidate, b: DuplicateCandidate) =>
      identitiesOf(a).some(
        (id) => identitiesOf(b).includes(id) && holders.get(id)! <= MAX_RECORDS_OF_ONE_PERSON,
      );
  };

  it('property: two people who share an identity are in one group, and each group is held together by shared identities', () => {
    fc.assert(
      fc.property(arbitraryPeople, (people) => {
        const groups = findDuplicates(people);
        const shares = sharing(people);
        const groupOf = new Map<number, number>();
        groups.forEach((group, g) => group.personIds.forEach((id) => groupOf.set(id, g)));
        expect(groupOf.size).toBe(groups.reduce((n, group) => n + group.personIds.length, 0)); // nobody twice
        for (const a of people) {
          for (const b of people) {
            if (a.id < b.id && shares(a, b)) expect(groupOf.get(a.id)).toBe(groupOf.get(b.id));
          }
        }
        for (const group of groups) {
          expect(group.personIds.length).toBeGreaterThan(1);
          expect(group.evidence.length).toBeGreaterThan(0);
          const members = people.filter((p) => group.personIds.includes(p.id));
          // Connected: from the first member, shared identities reach every other.
          const reached = new Set([members[0]!.id]);
          for (let grew = true; grew;) {
            grew = false;
            for (const p of members) {
              if (!reached.has(p.id) && members.some((q) => reached.has(q.id) && shares(p, q))) {
                reached.add(p.id);
                grew = true;
              }
            }
          }
          expect(reached.size).toBe(members.length);
          const first = members.find((p) => p.id === group.personIds[0])!;
          expect(Math.max(...members.map((p) => p.sourceCount))).toBe(first.sourceCount);
        }
      }),
    );
  });

  it('property: the order of the input does not change the groups', () => {
    fc.assert(
      fc.property(arbitraryPeople, (people) => {
        const reversed = findDuplicates([...people].reverse());
        expect(reversed).toEqual(findDuplicates(people));
      }),
    );
  });

  it('property: a rejected pair is never grouped when nothing else joins them', () => {
    fc.assert(
      fc.property(arbitraryPeople, (people) => {
        if (people.length < 2) return;
        const [a, b] = people;
        const rejected: [string, string][] = [[a!.keys[0]!, b!.keys[0]!]];
        const pair = [a!, b!];
        for (const group of findDuplicates(pair, rejected)) {
          expect(group.personIds).not.toEqual(expect.arrayContaining([a!.id, b!.id]));
        }
      }),
    );
  });
});
