import { describe, expect, it } from 'vitest';
import { snippetParts, snippetText } from './snippet';

describe('snippetParts', () => {
  it('splits a snippet into plain and marked runs', () => {
    expect(snippetParts('we are \u0002looking for\u0003 a \u0002CRM\u0003')).toEqual([
      { text: 'we are ', marked: false },
      { text: 'looking for', marked: true },
      { text: ' a ', marked: false },
      { text: 'CRM', marked: true },
    ]);
  });

  it('keeps markup as text, never as HTML', () => {
    expect(snippetParts('<b>\u0002x\u0003</b>')).toEqual([
      { text: '<b>', marked: false },
      { text: 'x', marked: true },
      { text: '</b>', marked: false },
    ]);
  });

  it('marks to the end when a match is cut off, and ignores a stray end', () => {
    expect(snippetParts('a \u0002b')).toEqual([
      { text: 'a ', marked: false },
      { text: 'b', marked: true },
    ]);
    expect(snippetParts('a\u0003b')).toEqual([{ text: 'ab', marked: false }]);
  });

  it('merges adjacent matches and returns nothing for an empty snippet', () => {
    expect(snippetParts('\u0002a\u0003\u0002b\u0003')).toEqual([{ text: 'ab', marked: true }]);
    expect(snippetParts('')).toEqual([]);
  });
});

describe('snippetText', () => {
  it('removes the markers', () => {
    expect(snippetText('a \u0002b\u0003 c')).toBe('a b c');
  });
});
