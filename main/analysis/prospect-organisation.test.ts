import { describe, expect, it } from 'vitest';
import {
  organisationsOfBio,
  peopleAtOrganisation,
  sameOrganisation,
  type OrganisationContact,
} from './prospect-organisation';

const contact = (over: Partial<OrganisationContact> & { name: string }): OrganisationContact => ({
  personId: 1,
  company: null,
  position: null,
  relationship: 'colleague',
  formats: ['linkedin-csv'],
  since: null,
  ...over,
});

describe('organisationsOfBio', () => {
  it('reads "CEO at", "@handle" and "Founder, Name" forms, and leaves past jobs out', () => {
    expect(organisationsOfBio('CEO at Acme Logistics. Dad, runner.')).toEqual(['Acme Logistics']);
    expect(organisationsOfBio('Engineer @acme')).toEqual(['acme']);
    expect(organisationsOfBio('Founder, Acme')).toEqual(['Acme']);
    expect(organisationsOfBio('Ex-CTO at Globex, now CEO at Initech')).toEqual(['Initech']);
    expect(organisationsOfBio(null)).toEqual([]);
  });
});

describe('sameOrganisation', () => {
  it('folds accents, case, punctuation and legal forms', () => {
    expect(sameOrganisation('Acme Logistics', 'ACME LOGISTICS, S.A.')).toBe(true);
    expect(sameOrganisation('Société Générale', 'societe generale')).toBe(true);
    expect(sameOrganisation('Müller GmbH', 'Müller')).toBe(true);
    expect(sameOrganisation('acmelogistics', 'Acme Logistics Inc.')).toBe(true);
    expect(sameOrganisation('Acme', 'Acme Logistics Ltd')).toBe(true);
  });
  it('refuses false friends', () => {
    expect(sameOrganisation('Acme', 'Acmeco')).toBe(false);
    expect(sameOrganisation('Apple', 'Pineapple Inc')).toBe(false);
    expect(sameOrganisation('Acme Logistics', 'Acme Foods')).toBe(false);
    expect(sameOrganisation('Global', 'Global Logistics')).toBe(false);
    expect(sameOrganisation('Inc.', 'Inc')).toBe(false);
  });
});

describe('peopleAtOrganisation', () => {
  it('finds contacts by company or position, in the user’s words', () => {
    const found = peopleAtOrganisation(
      ['Acme Logistics'],
      [
        contact({
          personId: 1,
          name: 'María Gómez',
          position: 'Operations Director at Acme Logistics',
          relationship: 'customer',
          since: '2024-03-02',
        }),
        contact({ personId: 2, name: 'Bo Chen', company: 'ACME Logistics GmbH', position: 'Engineer' }),
        contact({ personId: 3, name: 'Al Stranger', company: 'Acmeco', position: 'CEO' }),
        contact({ personId: 4, name: 'Ex Worker', position: 'Formerly at Acme Logistics' }),
        contact({ personId: 5, name: 'Me', company: 'Acme Logistics', relationship: 'me' }),
      ],
    );
    expect(found.map((m) => m.line)).toEqual([
      'María Gómez, Operations Director at Acme Logistics (customer, LinkedIn, since 2024)',
      'Bo Chen, Engineer at ACME Logistics GmbH (colleague, LinkedIn)',
    ]);
    expect(found[0]).toMatchObject({ personId: 1, relationship: 'customer', source: 'LinkedIn' });
  });
  it('finds nobody when no organisation is known', () => {
    expect(peopleAtOrganisation([], [contact({ name: 'A', company: 'Acme' })])).toEqual([]);
  });
});
