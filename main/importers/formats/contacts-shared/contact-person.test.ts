import { describe, expect, it } from 'vitest';
import { contactPerson } from './contact-person';
import { SourceKeys, StatedAccounts } from './person';
import { confirmedAccount } from '../../../test-support/record-shapes';

describe('contactPerson: one contact row or card as a person', () => {
  it('keeps what the contact states, and nothing it leaves empty', () => {
    const accounts = new StatedAccounts();
    accounts.add({ network: 'x', handle: 'jane' }, 'handle', 'a test');
    const keys = new SourceKeys();
    const person = contactPerson(
      {
        displayName: 'Jane Roe',
        email: 'Jane@Acme.example',
        company: 'Acme',
        connectedOn: '2024-05-30T00:00:00.000Z',
        accounts,
      },
      { keys, kind: 'contact', at: 'line 2', where: 'contacts.csv, line 2', relationship: 'customer' },
    );
    expect(person).toEqual({
      type: 'person',
      sourceKey: 'jane@acme.example',
      displayName: 'Jane Roe',
      company: 'Acme',
      email: 'Jane@Acme.example',
      connectedOn: '2024-05-30T00:00:00.000Z',
      relationship: 'customer',
      accounts: [confirmedAccount({ network: 'x', handle: 'jane' }, 'X handle in a test')],
    });
    const bare = contactPerson({ displayName: 'Sam' }, { keys, kind: 'contact', at: 'line 3', where: '' });
    expect(bare).toEqual({ type: 'person', sourceKey: 'sam|', displayName: 'Sam' });
  });

  it('leaves out a contact that repeats an earlier one of its file, naming where that one is', () => {
    const repeat = (kind: 'contact' | 'connection' | 'card', first: string, second: string) => {
      const keys = new SourceKeys();
      contactPerson({ displayName: 'Sam' }, { keys, kind, at: first, where: `f, ${first}` });
      return contactPerson({ displayName: 'Sam' }, { keys, kind, at: second, where: `f, ${second}` });
    };
    expect(repeat('contact', 'line 2', 'line 5')).toEqual({
      type: 'skip',
      reason: 'repeats the contact on line 2',
      where: 'f, line 5',
    });
    expect(repeat('connection', 'line 2', 'line 6')).toMatchObject({
      reason: 'repeats the connection on line 2',
    });
    expect(repeat('card', 'card 1', 'card 4')).toMatchObject({ reason: 'repeats card 1' });
  });
});
