import { describe, expect, it } from 'vitest';
import { Redactor } from './redaction';

const redactor = new Redactor(
  [{ id: 7, handle: 'bridge_bob', name: 'Bob Bridges' }],
  [{ id: 3, name: 'Dana Lee', accounts: [{ id: 2, handle: 'dana_lee', name: 'Dana L.' }] }],
);

describe('redaction', () => {
  it('replaces names, first names and handles by neutral labels, whatever their case', () => {
    expect(redactor.text('Dana Lee, your colleague (@dana_lee): @DANA_LEE follows @bridge_bob')).toBe(
      'Person A, your colleague (Account B): Account B follows Account A',
    );
    expect(redactor.text('Ask dana about Bob, and lee about the\nBob   Bridges deal')).toBe(
      'Ask Person A about Account A, and Person A about the\nAccount A deal',
    );
    expect(redactor.personLabel(3)).toBe('Person A');
    expect(redactor.accountLabel(2)).toBe('Account B');
    expect(redactor.accountLabel(7)).toBe('Account A');
    expect(redactor.isAccountRedacted(99)).toBe(false);
  });

  it('leaves words that merely contain a name alone', () => {
    expect(redactor.text('Bobsleigh in Leeds with @dana_leep and danalee')).toBe(
      'Bobsleigh in Leeds with @dana_leep and danalee',
    );
  });

  it('drops links that would reveal a redacted account, keeps the others', () => {
    expect(redactor.url('https://x.com/dana_lee')).toBeNull();
    expect(redactor.url('https://x.com/Dana%20Lee')).toBeNull();
    expect(redactor.url('https://acme.example/blog')).toBe('https://acme.example/blog');
  });

  it('changes nothing when nobody is redacted', () => {
    const none = Redactor.none();
    expect(none.active).toBe(false);
    expect(none.text('Dana Lee')).toBe('Dana Lee');
  });
});
