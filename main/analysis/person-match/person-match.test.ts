import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NEAR_CERTAIN, SUGGESTION_THRESHOLD } from './formula';
import { accountKeys, contactKeys } from './keys';
import { nicknamePairCount } from './nicknames';
import { compareNames, parsePersonName } from './person-name';
import { matchContact, scoreMatch } from './score';
import type { AccountFacts, ContactFacts } from './types';

const account = (facts: Partial<AccountFacts>): AccountFacts => ({ id: 1, network: 'x', ...facts });
const kinds = (contact: ContactFacts, facts: Partial<AccountFacts>) =>
  scoreMatch(contact, account(facts)).evidence.map((e) => e.kind);
const agree = (a: string, b: string) => compareNames(parsePersonName(a)!, parsePersonName(b)!);

describe('names', () => {
  it('"José Álvarez" and "Jose Alvarez" are the same name once accents and case are set aside', () => {
    expect(agree('José Álvarez', 'jose alvarez')).toBe('same');
    expect(agree('Jürgen Weiß', 'Juergen Weiss')).toBe('same');
    expect(agree("Liam O'Brien", 'Liam OBrien')).toBe('same');
    expect(agree('Dr. José Álvarez, PhD', 'Álvarez, José')).toBe('same');
    expect(agree('José Álvarez 🚀 | Acme', 'Jose Alvarez')).toBe('same');
  });

  it('knows short forms of first names in English, Spanish, German and French', () => {
    expect(agree('Katherine Moore', 'Kate Moore')).toBe('nickname');
    expect(agree('William Turner', 'Bill Turner')).toBe('nickname');
    expect(agree('Robert Chen', 'Bob Chen')).toBe('nickname');
    expect(agree('Francisco Ruiz', 'Paco Ruiz')).toBe('nickname');
    expect(agree('Johannes Becker', 'Hans Becker')).toBe('nickname');
    expect(nicknamePairCount()).toBeGreaterThan(300);
  });

  it('an initial fits the first name; a second surname or a middle name still agrees', () => {
    expect(agree('José Álvarez', 'J. Álvarez')).toBe('initial');
    expect(agree('María Fernández López', 'Maria Fernandez')).toBe('fuller');
    expect(agree('José Álvarez', 'Josefina Álvarez')).toBeUndefined();
    expect(agree('José Álvarez', 'José Martínez')).toBeUndefined();
  });

  it('any two names that agree share a lookup key, so the workspace finds them by index', () => {
    const given = fc.constantFrom(
      'José',
      'Jose',
      'Bill',
      'William',
      'Kate',
      'Katherine',
      'J.',
      'Paco',
      'Francisco',
      'Jürgen',
      'Juergen',
      'Ana',
      'Wei',
    );
    const surname = fc.constantFrom(
      'Álvarez',
      'Alvarez',
      'García',
      'Weiß',
      'Weiss',
      'Müller',
      'Mueller',
      'Zhang',
      "O'Brien",
    );
    const name = fc
      .tuple(given, fc.array(surname, { minLength: 1, maxLength: 2 }), fc.boolean())
      .map(([g, s, reversed]) => (reversed && s.length === 1 ? `${s[0]} ${g}` : `${g} ${s.join(' ')}`));
    fc.assert(
      fc.property(name, name, (a, b) => {
        if (!agree(a, b)) return;
        const shared = contactKeys({ name: a }).filter((key) => accountKeys({ name: b }).includes(key));
        expect(shared).not.toEqual([]);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('stated identifiers', () => {
  const jose: ContactFacts = {
    name: 'José Álvarez',
    profileUrl: 'linkedin.com/in/jose-alvarez-4b2a1',
    email: 'jose@acme-logistics.com',
  };

  it('a profile stating the contact’s own LinkedIn page is near-certain, whatever its name', () => {
    const score = scoreMatch(
      jose,
      account({ name: 'logistics nerd', bio: 'https://www.linkedin.com/in/jose-alvarez-4b2a1/' }),
    );
    expect(score.confidence).toBeGreaterThanOrEqual(NEAR_CERTAIN);
    expect(score.evidence[0]).toMatchObject({ kind: 'profile-url', effect: 'for' });
  });

  it('the contact’s e-mail in the bio is near-certain, and so is a handle their LinkedIn position names', () => {
    expect(
      scoreMatch(jose, account({ bio: 'write to jose@acme-logistics.com' })).confidence,
    ).toBeGreaterThanOrEqual(NEAR_CERTAIN);
    const chris = { name: 'Christopher Lee', position: 'Data Scientist | @chrislee_data' };
    expect(scoreMatch(chris, account({ handle: 'ChrisLee_Data' })).confidence).toBeGreaterThanOrEqual(
      NEAR_CERTAIN,
    );
  });

  it('a site on the contact’s e-mail domain counts; a shared mail provider’s does not', () => {
    expect(kinds(jose, { name: 'Jose Alvarez', url: 'https://acme-logistics.com' })).toContain('website');
    expect(
      kinds({ name: 'Jo Doe', email: 'jo@gmail.com' }, { name: 'Jo Doe', url: 'https://gmail.com' }),
    ).not.toContain('website');
  });
});

describe('contradicting facts lower the confidence', () => {
  const contact: ContactFacts = {
    name: 'Sarah Johnson',
    company: 'Globex',
    position: 'Recruiter',
    location: 'Madrid, Spain',
  };
  const same = { name: 'Sarah Johnson' };

  it('a bio naming another employer', () => {
    const plain = scoreMatch(contact, account({ ...same, bio: 'Recruiter. Coffee.' })).confidence;
    const other = scoreMatch(contact, account({ ...same, bio: 'Recruiter at Hooli. Coffee.' }));
    expect(other.confidence).toBeLessThan(plain);
    expect(other.confidence).toBeLessThan(SUGGESTION_THRESHOLD);
    expect(other.evidence.at(-1)).toEqual({
      kind: 'other-company',
      text: 'the bio says Hooli, not Globex',
      effect: 'against',
    });
  });

  it('but not a past one, nor the contact’s own company named shortly', () => {
    expect(kinds(contact, { ...same, bio: 'Recruiter, formerly at Hooli' })).not.toContain('other-company');
    expect(
      kinds({ ...contact, company: 'Globex Corporation' }, { ...same, bio: 'Talent @ Globex' }),
    ).toContain('company');
  });

  it('another city', () => {
    const here = scoreMatch(contact, account({ ...same, location: 'Madrid' })).confidence;
    const elsewhere = scoreMatch(
      contact,
      account({ ...same, location: 'Buenos Aires, Argentina' }),
    ).confidence;
    const unknown = scoreMatch(contact, account({ ...same })).confidence;
    expect(here).toBeGreaterThan(unknown);
    expect(elsewhere).toBeLessThan(unknown);
    expect(scoreMatch(contact, account({ ...same, location: 'Spain' })).confidence).toBeGreaterThanOrEqual(
      unknown,
    );
  });

  it('another LinkedIn page', () => {
    const ana = { name: 'Ana Souza', profileUrl: 'linkedin.com/in/anasouza' };
    const other = scoreMatch(
      ana,
      account({ name: 'Ana Souza', url: 'https://linkedin.com/in/ana-souza-design' }),
    );
    expect(other.confidence).toBeLessThan(scoreMatch(ana, account({ name: 'Ana Souza' })).confidence);
    expect(other.evidence.map((e) => e.kind)).toContain('other-profile');
  });

  it('many accounts with the same name', () => {
    const strangers = [2, 3, 4].map((id) => account({ id, name: 'Sarah Johnson' }));
    const real = account({ id: 1, name: 'Sarah Johnson', bio: 'Recruiter at Globex' });
    const alone = matchContact(contact, [real])[0]!.confidence;
    const amongMany = matchContact(contact, [real, ...strangers]);
    expect(amongMany[0]!.confidence).toBeLessThan(alone);
    expect(amongMany[0]!.confidence).toBeGreaterThan(amongMany[1]!.confidence);
    expect(amongMany[1]!.evidence.map((e) => e.kind)).toEqual(['name', 'common-name']);
  });
});

describe('a name alone', () => {
  it('is not enough to suggest; the name with their company is', () => {
    const contact = { name: 'Olivia Martin', company: 'Tesco' };
    expect(scoreMatch(contact, account({ name: 'Olivia Martin' })).confidence).toBeLessThan(
      SUGGESTION_THRESHOLD,
    );
    expect(
      scoreMatch(contact, account({ name: 'Olivia Martin', bio: 'Store manager at Tesco' })).confidence,
    ).toBeGreaterThan(0.8);
  });

  it('confidence stays within 0 and 1 whatever the facts', () => {
    const text = fc.oneof(
      fc.string(),
      fc.constantFrom('Acme', 'CEO at Globex', 'linkedin.com/in/x', 'a@b.com', 'José Álvarez'),
    );
    fc.assert(
      fc.property(text, text, text, text, (name, bio, company, other) => {
        const { confidence, evidence } = scoreMatch(
          { name, company, position: other },
          account({ name: other, bio, handle: name }),
        );
        expect(confidence).toBeGreaterThan(0);
        expect(confidence).toBeLessThan(1);
        for (const e of evidence) expect(e.text).not.toBe('');
      }),
    );
  });
});
