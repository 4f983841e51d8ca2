import { isAbsolute, relative, resolve } from 'node:path';
import { apiMethods, isMethodName, type MethodName, type ParsedArgs } from '../../common/api';
import { AppError } from '../../common/errors';
import type { CallRequest } from '../../common/transport';

type PathsOf = { [M in MethodName]?: (args: ParsedArgs<M>) => string[] };

/** Every method that takes a file path from the renderer, and the paths it takes. */
export const pathArguments: PathsOf = {
  'workspace.create': ({ path }) => [path],
  'workspace.open': ({ path }) => [path],
  'workspace.forgetRecent': ({ path }) => [path],
  'import.detect': ({ paths }) => paths,
  'import.run': ({ path }) => [path],
  'import.discard': ({ paths }) => paths,
  'backups.list': ({ path }) => [path],
  'backups.restore': ({ path }) => [path],
  'brief.export': ({ outPath }) => (outPath === undefined ? [] : [outPath]),
  'relationships.export': ({ outPath }) => (outPath === undefined ? [] : [outPath]),
  // Answered UNSUPPORTED in Electron (native dialogs there), but a named folder is checked all the same.
  'files.list': ({ path }) => (path === undefined ? [] : [path]),
  // Without a path the demo goes to the workspaces folder; a path the page names must be granted.
  'demo.create': ({ path }) => (path === undefined ? [] : [path]),
};

/** Opening or forgetting an entry of the recent list (the main process wrote that list). */
const recentListMethods = new Set<MethodName>([
  'workspace.open',
  'workspace.forgetRecent',
  // A workspace from the recent list that turned out damaged: its backups are listed and restored.
  'backups.list',
  'backups.restore',
]);

const within = (root: string, path: string) => {
  const rel = relative(root, path);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
};

/**
 * The paths the renderer may name in Electron: what the user chose in a native dialog or dropped
 * on the window since the app started (with everything inside a chosen or dropped folder), and
 * anything inside the workspaces folder. A page that was made to send some other path (a
 * hostile import, a bug) is refused before the core sees it.
 */
export class PathGrants {
  private readonly granted = new Set<string>();

  constructor(
    private readonly workspacesDir: string,
    private readonly recentPaths: () => string[],
  ) {}

  grant(path: string): void {
    this.granted.add(resolve(path));
  }

  allows(path: string, method?: MethodName): boolean {
    const absolute = resolve(path);
    if (within(resolve(this.workspacesDir), absolute)) return true;
    for (const root of this.granted) if (within(root, absolute)) return true;
    if (method && recentListMethods.has(method))
      return this.recentPaths().some((p) => resolve(p) === absolute);
    return false;
  }

  /** The refusal for a call naming a path it may not, or null when the call may go ahead. */
  refusal(request: CallRequest): AppError | null {
    const { method } = request;
    if (!isMethodName(method)) return null;
    const pathsOf = pathArguments[method] as ((args: unknown) => string[]) | undefined;
    if (!pathsOf) return null;
    // Checked on the arguments the core will see; malformed ones the dispatcher refuses itself.
    const parsed = apiMethods[method].args.safeParse(request.args);
    if (!parsed.success) return null;
    const path = pathsOf(parsed.data).find((p) => !this.allows(p, method));
    if (path === undefined) return null;
    return new AppError(
      'BAD_REQUEST',
      `Inside Track did not use “${path}”: it opens only files you choose in its dialogs or drop on its window. Choose the file again, or drop it on the window.`,
      { path },
    );
  }
}
