import { describe, expect, it } from 'vitest';
import { middleEllipsis, splitPath } from './ellipsis';

describe('middleEllipsis', () => {
  it('leaves short text alone', () => {
    expect(middleEllipsis('/tmp/a.itrack', 20)).toBe('/tmp/a.itrack');
  });

  it('cuts the middle and keeps exactly max characters', () => {
    const path = '/home/dana/Documents/Pursuits/2026/Acme pursuit.itrack';
    const short = middleEllipsis(path, 30);
    expect(short).toHaveLength(30);
    expect(short.startsWith('/home/dana')).toBe(true);
    expect(short.endsWith('pursuit.itrack')).toBe(true);
    expect(short).toContain('…');
  });

  it('handles tiny limits', () => {
    expect(middleEllipsis('abcdef', 1)).toBe('…');
    expect(middleEllipsis('abcdef', 0)).toBe('');
    expect(middleEllipsis('abcdef', 2)).toBe('…f');
  });
});

describe('splitPath', () => {
  it('separates the folder from the file name', () => {
    expect(splitPath('/home/dana/Acme.itrack')).toEqual({ folder: '/home/dana/', leaf: 'Acme.itrack' });
  });

  it('understands Windows paths', () => {
    expect(splitPath('C:\\Users\\Dana\\Acme.itrack')).toEqual({
      folder: 'C:\\Users\\Dana\\',
      leaf: 'Acme.itrack',
    });
  });

  it('keeps a bare name or a trailing separator whole', () => {
    expect(splitPath('Acme.itrack')).toEqual({ folder: '', leaf: 'Acme.itrack' });
    expect(splitPath('/home/dana/')).toEqual({ folder: '', leaf: '/home/dana/' });
  });
});
