import { describe, expect, it } from 'vitest';
import { workspaceName } from './workspace-name';

describe('workspaceName', () => {
  it('is the file name without folder and extension', () => {
    expect(workspaceName('/a/b/Acme pursuit.insidetrack')).toBe('Acme pursuit');
    expect(workspaceName('Acme.v2.insidetrack')).toBe('Acme.v2');
    expect(workspaceName('rel/ws.db')).toBe('ws');
    expect(workspaceName('/x/plain')).toBe('plain');
  });
  it('keeps a leading dot, as a hidden file has no extension', () => {
    expect(workspaceName('/x/.hidden')).toBe('.hidden');
  });
  it('understands Windows folders', () => {
    expect(workspaceName('C:\\Users\\me\\Acme.insidetrack')).toBe('Acme');
  });
});
