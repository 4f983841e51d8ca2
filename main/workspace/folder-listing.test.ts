import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '../../common/errors';
import { listFolder } from './folder-listing';

describe('listFolder', () => {
  let base: string;
  let home: string;
  let workspaces: string;
  let roots: { label: string; path: string }[];

  beforeEach(() => {
    base = mkdtempSync(join(tmpdir(), 'itrack-browse-'));
    home = join(base, 'home');
    workspaces = join(home, 'Inside Track');
    mkdirSync(join(home, 'Clients', 'Acme'), { recursive: true });
    mkdirSync(join(home, '.config'));
    mkdirSync(workspaces);
    writeFileSync(join(home, 'Clients', 'Acme pursuit.itrack'), 'x'.repeat(42));
    writeFileSync(join(home, 'Clients', 'notes.txt'), 'not a workspace');
    writeFileSync(join(home, 'Clients', '.hidden.itrack'), '');
    mkdirSync(join(base, 'elsewhere'));
    roots = [
      { label: 'Workspaces', path: workspaces },
      { label: 'Home', path: home },
    ];
  });
  afterEach(() => rmSync(base, { recursive: true, force: true }));

  it('starts in the first root', () => {
    const listing = listFolder(roots);
    expect(listing.path).toBe(workspaces);
    expect(listing.parent).toBe(home); // the workspaces folder sits in home: the user may climb to it
  });

  it('lists folders first, then workspace files, with sizes; no hidden files, no other files', () => {
    const listing = listFolder(roots, join(home, 'Clients'));
    expect(listing.entries.map((e) => [e.name, e.kind, e.size])).toEqual([
      ['Acme', 'folder', null],
      ['Acme pursuit.itrack', 'workspace', 42],
    ]);
    expect(listing.entries[1]!.path).toBe(join(home, 'Clients', 'Acme pursuit.itrack'));
    expect(listing.entries[1]!.modifiedAt).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect(listing.crumbs.map((c) => c.label)).toEqual(['Home', 'Clients']);
    expect(listing.parent).toBe(home);
  });

  it('hides dot folders in home and stops climbing at a root', () => {
    const listing = listFolder(roots, home);
    expect(listing.entries.map((e) => e.name)).toEqual(['Clients', 'Inside Track']);
    expect(listing.parent).toBeNull();
  });

  it('refuses a folder outside home and the workspaces folder, naming both', () => {
    const refuse = (path: string) => () => listFolder(roots, path);
    expect(refuse(join(base, 'elsewhere'))).toThrow(AppError);
    expect(refuse(join(base, 'elsewhere'))).toThrow(/only folders in Workspaces .* and Home/);
    expect(refuse(join(home, '..', 'elsewhere'))).toThrow(/outside/);
    expect(refuse('/')).toThrow(/outside/);
  });

  it('refuses a link inside home that leads outside it', () => {
    symlinkSync(join(base, 'elsewhere'), join(home, 'escape'));
    expect(() => listFolder(roots, join(home, 'escape'))).toThrow(/outside/);
    expect(listFolder(roots, home).entries.map((e) => e.name)).toContain('escape');
  });

  it('says so when the folder does not exist or is a file', () => {
    expect(() => listFolder(roots, join(home, 'Nope'))).toThrow(/There is no folder/);
    expect(() => listFolder(roots, join(home, 'Clients', 'notes.txt'))).toThrow(/is a file, not a folder/);
  });
});
