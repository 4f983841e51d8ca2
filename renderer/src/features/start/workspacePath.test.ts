import { describe, expect, it } from 'vitest';
import { nameProblem, workspaceFileName, workspaceFilePath } from './workspacePath';

describe('nameProblem', () => {
  it('accepts ordinary names, and says nothing while the field is empty', () => {
    expect(nameProblem('Acme pursuit')).toBeNull();
    expect(nameProblem('Q3 — Globex (EMEA)')).toBeNull();
    expect(nameProblem('   ')).toBeNull();
  });

  it('refuses names that cannot be a file name on every system', () => {
    expect(nameProblem('Acme/Globex')).toMatch(/cannot contain/);
    expect(nameProblem('What?')).toMatch(/cannot contain/);
    expect(nameProblem('Tab\there')).toMatch(/cannot contain/);
    expect(nameProblem('..')).toMatch(/letters or numbers/);
    expect(nameProblem('x'.repeat(121))).toMatch(/120/);
  });
});

describe('workspaceFileName', () => {
  it('adds the .itrack extension once', () => {
    expect(workspaceFileName(' Acme pursuit ')).toBe('Acme pursuit.itrack');
    expect(workspaceFileName('Acme.ITRACK')).toBe('Acme.ITRACK');
  });
});

describe('workspaceFilePath', () => {
  it('puts the file in the folder', () => {
    expect(workspaceFilePath('/home/dana/Inside Track', 'Acme')).toBe('/home/dana/Inside Track/Acme.itrack');
  });

  it('does not double a trailing separator', () => {
    expect(workspaceFilePath('/home/dana/', 'Acme')).toBe('/home/dana/Acme.itrack');
    expect(workspaceFilePath('/', 'Acme')).toBe('/Acme.itrack');
  });

  it('uses backslashes for a Windows folder', () => {
    expect(workspaceFilePath('C:\\Users\\Dana\\', 'Acme')).toBe('C:\\Users\\Dana\\Acme.itrack');
    expect(workspaceFilePath('C:\\', 'Acme')).toBe('C:\\Acme.itrack');
  });

  it('gives just the file name when no folder is set', () => {
    expect(workspaceFilePath('  ', 'Acme')).toBe('Acme.itrack');
  });
});
