import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { apiMethods, type MethodName } from '../../common/api';
import { PathGrants, pathArguments } from './path-grants';

const root = join('/', 'home', 'dana');
const workspaces = join(root, 'Documents', 'Inside Track');

describe('renderer-supplied paths in Electron', () => {
  it('every method taking a file path is checked', () => {
    const takesPath = (Object.keys(apiMethods) as MethodName[]).filter((method) => {
      const shape = (apiMethods[method].args as { shape?: Record<string, unknown> }).shape ?? {};
      return Object.keys(shape).some((key) => /(^p|P)aths?$/.test(key));
    });
    expect(takesPath.length).toBeGreaterThan(4);
    for (const method of takesPath) expect(pathArguments, method).toHaveProperty([method]);
  });

  it('allows the workspaces folder, what was granted (and inside granted folders), nothing else', () => {
    const grants = new PathGrants(workspaces, () => []);
    expect(grants.allows(join(workspaces, 'Acme.itrack'))).toBe(true);
    expect(grants.allows(join(workspaces, '..', 'Acme.itrack'))).toBe(false);
    expect(grants.allows(`${workspaces} evil/x.itrack`)).toBe(false);
    const archive = join(root, 'Downloads', 'twitter');
    expect(grants.allows(join(archive, 'data', 'tweets.js'))).toBe(false);
    grants.grant(archive);
    expect(grants.allows(join(archive, 'data', 'tweets.js'))).toBe(true);
    expect(grants.allows(join(archive, '..', 'other.zip'))).toBe(false);
    expect(grants.allows(`${archive}-2`)).toBe(false);
  });

  it('lets the start screen reopen or forget a recent workspace, but not import it or write to it', () => {
    const recent = join(root, 'Desktop', 'Old.itrack');
    const grants = new PathGrants(workspaces, () => [recent]);
    expect(grants.refusal({ method: 'workspace.open', args: { path: recent } })).toBeNull();
    expect(grants.refusal({ method: 'workspace.forgetRecent', args: { path: recent } })).toBeNull();
    expect(grants.refusal({ method: 'import.run', args: { path: recent } })?.code).toBe('BAD_REQUEST');
    expect(grants.refusal({ method: 'workspace.create', args: { path: recent } })?.code).toBe('BAD_REQUEST');
  });

  it('checks the path the core would use (trimmed), and leaves other calls alone', () => {
    const grants = new PathGrants(workspaces, () => []);
    const refusal = grants.refusal({ method: 'import.detect', args: { paths: ['  /etc/passwd  '] } });
    expect(refusal?.message).toContain('“/etc/passwd”');
    expect(
      grants.refusal({ method: 'import.detect', args: { paths: [join(workspaces, 'a.csv ')] } }),
    ).toBeNull();
    expect(grants.refusal({ method: 'brief.export', args: { accountId: 1 } })).toBeNull();
    expect(grants.refusal({ method: 'app.info', args: {} })).toBeNull();
    expect(grants.refusal({ method: 'no.such', args: { path: '/etc/passwd' } })).toBeNull();
  });
});
