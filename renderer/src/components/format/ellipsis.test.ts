import { describe, expect, it } from 'vitest';
import { middleEllipsis, shortenPath, splitPath } from './ellipsis';

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

describe('shortenPath', () => {
  const path = '/home/dana/Documents/Pursuits/2026/Acme pursuit.itrack';

  it('keeps a path that fits', () => {
    expect(shortenPath(path, 80)).toBe(path);
  });

  it('gives way in the folder so the file name stays whole', () => {
    const short = shortenPath(path, 30);
    expect(short).toBe('/home/dan…/Acme pursuit.itrack');
    expect(short).toHaveLength(30);
  });

  it('cuts the middle of the whole path when the file name alone is too long', () => {
    const short = shortenPath(path, 16);
    expect(short).toHaveLength(16);
    expect(short).toContain('…');
    expect(short.endsWith('.itrack')).toBe(true);
  });

  it('works for Windows paths', () => {
    expect(shortenPath('C:\\Users\\Dana\\Pursuits\\Acme.itrack', 24)).toBe('C:\\Users\\Da…\\Acme.itrack');
  });
});
