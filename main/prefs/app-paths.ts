import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

export const APP_NAME = 'Inside Track';

/**
 * Where settings and the recent list live. Matches Electron's userData folder for the app name, so
 * the desktop app and browser mode share one recent list. INSIDE_TRACK_DATA_DIR overrides it
 * (tests give every run its own).
 */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env): string {
  if (env.INSIDE_TRACK_DATA_DIR) return env.INSIDE_TRACK_DATA_DIR;
  const home = homedir();
  if (process.platform === 'darwin') return join(home, 'Library', 'Application Support', APP_NAME);
  if (process.platform === 'win32') return join(env.APPDATA ?? join(home, 'AppData', 'Roaming'), APP_NAME);
  return join(env.XDG_CONFIG_HOME ?? join(home, '.config'), APP_NAME);
}

/** Proposed folder for new workspaces: ~/Documents/Inside Track when Documents exists. */
export function defaultWorkspacesDir(env: NodeJS.ProcessEnv = process.env): string {
  if (env.INSIDE_TRACK_WORKSPACES_DIR) return env.INSIDE_TRACK_WORKSPACES_DIR;
  const home = homedir();
  const documents = join(home, 'Documents');
  return join(existsSync(documents) ? documents : home, APP_NAME);
}
