import { describe, expect, it } from 'vitest';
import type { DetectedImport } from '../../../../common/dto';
import { choiceProblem, initialChoice, runArgs } from './importChoices';
import { addressList, withAddress } from './mailChoice';

const mailbox: DetectedImport = {
  path: '/data/All mail Including Spam and Trash.mbox',
  displayName: 'All mail Including Spam and Trash.mbox',
  container: 'file',
  sizeBytes: 63_164,
  format: 'mbox',
  label: 'Mailbox (mbox), headers only',
  summary: '2 messages',
  owner: null,
  needsListOwner: null,
  needsRelationship: false,
  alreadyImportedAt: null,
  error: null,
  mail: { proposedOwn: ['dana@example.com'], frequentSenders: [], sampled: 2, automated: 1 },
};

describe('the review of the user’s own mail', () => {
  it('prefills the proposed addresses and sends them with the choices', () => {
    const choice = initialChoice(mailbox);
    expect(choice.mail).toEqual({
      ownAddresses: 'dana@example.com',
      exclude: '',
      includeAutomated: false,
      keepSubjects: false,
    });
    const args = runArgs(mailbox, {
      ...choice,
      mail: { ...choice.mail!, exclude: 'News@Shop.example;\nfamily.example' },
    });
    expect(args.mail).toEqual({
      ownAddresses: ['dana@example.com'],
      exclude: ['news@shop.example', 'family.example'],
      includeAutomated: false,
      keepSubjects: false,
    });
  });

  it('points at an own address that is not one, and an exclusion that is neither address nor domain', () => {
    const choice = initialChoice(mailbox);
    expect(
      choiceProblem(mailbox, { ...choice, mail: { ...choice.mail!, ownAddresses: 'dana' } })?.field,
    ).toBe('mail');
    expect(
      choiceProblem(mailbox, { ...choice, mail: { ...choice.mail!, exclude: 'shop' } })?.message,
    ).toContain('“shop”');
    expect(
      choiceProblem(mailbox, { ...choice, mail: { ...choice.mail!, exclude: '@shop.example' } }),
    ).toBeNull();
  });

  it('adds a frequent sender once', () => {
    expect(addressList(withAddress(withAddress('a@x.example', 'b@x.example'), 'b@x.example'))).toEqual([
      'a@x.example',
      'b@x.example',
    ]);
  });

  it('an item that is not mail gets no mail choices', () => {
    expect(initialChoice({ ...mailbox, mail: null, format: 'vcard' }).mail).toBeUndefined();
  });
});
