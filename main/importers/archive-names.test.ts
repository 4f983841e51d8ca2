import { posix, win32 } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { safeEntryName } from './archive-names';

describe('archive entry names', () => {
  it('keeps ordinary names, with either separator', () => {
    expect(safeEntryName('outbox.json')).toBe('outbox.json');
    expect(safeEntryName('./data/tweets.js')).toBe('data/tweets.js');
    expect(safeEntryName('data\\tweets.js')).toBe('data/tweets.js');
    expect(safeEntryName('a/./b//c.json')).toBe('a/b/c.json');
  });

  it.each([
    '../x',
    '..\\..\\Start Menu\\x',
    'a/../../x',
    'a\\..\\..\\x',
    '/etc/passwd',
    '\\x',
    '\\\\server\\share\\x',
    'C:\\x',
    'C:x',
    'c:/x',
    'a/C:/x',
    'a/.. /x',
    'a/.../x',
    'x.json:stream',
    'nul',
    'CON.txt',
    '',
    '.',
    './',
  ])('refuses %j', (name) => {
    expect(safeEntryName(name)).toBeNull();
  });

  it('never lets an accepted name resolve outside the folder, on Windows or POSIX', () => {
    const piece = fc.constantFrom('..', '.', '/', '\\', 'a', 'C:', ' ', ':', '...', 'b.json', '\\\\');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 8 }), (pieces) => {
        const safe = safeEntryName(pieces.join(''));
        if (safe === null) return;
        for (const path of [win32, posix]) {
          const root = path === win32 ? 'C:\\tmp\\unpack' : '/tmp/unpack';
          const target = path.resolve(root, ...safe.split('/'));
          const inside = path.relative(root, target);
          const escapes = inside === '..' || inside.startsWith(`..${path.sep}`) || path.isAbsolute(inside);
          expect(escapes).toBe(false);
        }
      }),
      { numRuns: 2000 },
    );
  });
});
