import { resolve } from 'node:path';
import type { CallRequest, Envelope } from '../../common/transport';
import type { PathGrants } from './path-grants';

/** The workspace file a launch names: Windows and Linux pass a double-clicked file as an argument. */
export function workspaceFileArgument(argv: readonly string[], workingDirectory: string): string | null {
  // The last one wins; Electron's and Chromium's own switches start with a dash.
  for (const arg of [...argv].reverse()) {
    if (!arg.startsWith('-') && /\.itrack$/i.test(arg)) return resolve(workingDirectory, arg);
  }
  return null;
}

/** What the router needs of Electron's `app`: its open-file (macOS) and second-instance events. */
export interface WorkspaceFileEvents {
  on(event: 'open-file', listener: (event: { preventDefault(): void }, path: string) => void): unknown;
  on(
    event: 'second-instance',
    listener: (event: unknown, argv: string[], workingDirectory: string) => void,
  ): unknown;
}

export interface WorkspaceFileRouter {
  /** The first launch's own arguments (`process.argv`, `process.cwd()`). */
  launchedWith(argv: readonly string[], workingDirectory: string): void;
  /** The window exists: files that arrived before it are opened now, later ones at once. */
  ready(): void;
}

/**
 * Brings every workspace file the system hands the app to `open`: the first launch's arguments,
 * macOS's open-file (which may come before the window exists), and a second launch's arguments,
 * which the single-instance lock hands to this process while the second one quits.
 */
export function routeWorkspaceFiles(
  app: WorkspaceFileEvents,
  open: (path: string) => void,
  onSecondInstance: () => void,
): WorkspaceFileRouter {
  let isReady = false;
  const waiting: string[] = [];
  const take = (path: string) => (isReady ? open(path) : waiting.push(path));
  app.on('open-file', (event, path) => {
    event.preventDefault();
    take(resolve(path));
  });
  app.on('second-instance', (_event, argv, workingDirectory) => {
    onSecondInstance();
    const path = workspaceFileArgument(argv, workingDirectory);
    if (path) take(path);
  });
  return {
    launchedWith(argv, workingDirectory) {
      const path = workspaceFileArgument(argv, workingDirectory);
      if (path) take(path);
    },
    ready() {
      isReady = true;
      for (const path of waiting.splice(0)) open(path);
    },
  };
}

/**
 * Opens a file the user double-clicked as the window would: the file is theirs to open (as if
 * chosen in the Open dialog, so the window's later calls naming it pass the path-grant check),
 * then the same workspace.open call, checked by the same grants, goes to the core. The window
 * hears workspace.changed and shows it.
 */
export async function openWorkspaceFile(
  path: string,
  grants: PathGrants,
  dispatch: (request: CallRequest) => Promise<Envelope>,
): Promise<Envelope> {
  grants.grant(path);
  const request: CallRequest = { method: 'workspace.open', args: { path } };
  const refusal = grants.refusal(request);
  if (refusal) return { ok: false, error: refusal.toData() };
  return dispatch(request);
}
