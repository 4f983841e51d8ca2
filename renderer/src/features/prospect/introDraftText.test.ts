import { describe, expect, it } from 'vitest';
import type { IntroDraftDto } from '../../../../common/introductions';
import { draftTabLabel, personPlaceholders } from './introDraftText';

const draft = (overrides: Partial<IntroDraftDto>): IntroDraftDto => ({
  kind: 'bandwagon',
  from: 'You',
  to: 'Pat Acme (@acme_ceo)',
  subject: '',
  body: '',
  facts: [],
  placeholders: [],
  ...overrides,
});

describe('draft labels', () => {
  it('names the person to ask without their handle, and whose note it is', () => {
    expect(draftTabLabel(draft({ kind: 'ask-to-write', to: 'Dana Lee (@dana)' }))).toBe(
      'Ask Dana Lee to write',
    );
    expect(draftTabLabel(draft({ kind: 'their-note', from: 'Dana Lee' }))).toBe('Dana Lee’s note');
    expect(draftTabLabel(draft({ kind: 'forwardable', from: '@middle' }))).toBe(
      'Note for @middle to forward',
    );
  });

  it('points to People only for the facts People keeps', () => {
    expect(
      personPlaceholders(
        draft({ placeholders: ['[since when]', '[your name]', '[what you would like to talk about]'] }),
      ),
    ).toEqual(['[since when]']);
  });
});
