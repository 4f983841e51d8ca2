import { basename, extname } from 'node:path';
import { describe, expect, it } from 'vitest';
import { workspaceName } from './workspace-name';

describe('workspaceName', () => {
  it('is the file name without folder and extension, as Node would cut it', () => {
    for (const path of ['/a/b/Acme pursuit.insidetrack', 'Acme.v2.insidetrack', '/x/.hidden', '/x/plain', 'rel/ws.db']) {
      expect(workspaceName(path)).toBe(basename(path, extname(path)));
    }
  });
  it('understands Windows folders', () => {
    expect(workspaceName('C:\\Users\\me\\Acme.insidetrack')).toBe('Acme');
  });
});
