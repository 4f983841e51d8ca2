import { describe, expect, it } from 'vitest';
import { scriptRuns } from './font-fallback';

describe('script runs', () => {
  it('cuts text into CJK and other runs, in order, losing nothing', () => {
    expect(scriptRuns('Name: 山田太郎 (@yamada) 한국 ＡＢ')).toEqual([
      { text: 'Name: ', cjk: false },
      { text: '山田太郎', cjk: true },
      { text: ' (@yamada) ', cjk: false },
      { text: '한국', cjk: true },
      { text: ' ', cjk: false },
      { text: 'ＡＢ', cjk: true },
    ]);
    expect(scriptRuns('plain Latin, Ελληνικά, кириллица')).toEqual([
      { text: 'plain Latin, Ελληνικά, кириллица', cjk: false },
    ]);
    expect(scriptRuns('𠮷野家')).toEqual([{ text: '𠮷野家', cjk: true }]);
    expect(scriptRuns('')).toEqual([]);
  });
});
