// `npm run dist [-- --linux | --mac | --win]`: builds the app (electron-vite) and its installers
// (electron-builder, configured in electron-builder.json: AppImage and deb, dmg, NSIS). It is not
// a dependency yet: it downloads Electron's binaries for each target, which some machines cannot.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
/** The version the configuration was written for and checked against. */
const ELECTRON_BUILDER = '26.18.1';
const bin = (name) => join(root, 'node_modules', '.bin', process.platform === 'win32' ? `${name}.cmd` : name);

if (!existsSync(join(root, 'node_modules', 'electron-builder'))) {
  process.stderr.write(
    [
      'electron-builder is not installed, so no installer can be made yet. Install it once with',
      `  npm install --save-dev --save-exact electron-builder@${ELECTRON_BUILDER}`,
      'then run npm run dist again. It needs Node 22.12 or later (Electron 45 asks for it) and the',
      "network: it downloads Electron's binaries for each system it builds for. dmg builds only on",
      'macOS; NSIS on Windows (or Linux with Wine); AppImage and deb on Linux.',
      '',
    ].join('\n'),
  );
  process.exit(1);
}

const major = Number(process.versions.node.split('.')[0]);
const minor = Number(process.versions.node.split('.')[1]);
if (major < 22 || (major === 22 && minor < 12)) {
  process.stderr.write(
    `Node ${process.versions.node} is too old for Electron 45's installers: use Node 22.12 or later.\n`,
  );
  process.exit(1);
}

for (const [command, args] of [
  [bin('electron-vite'), ['build']],
  [bin('electron-builder'), ['--config', 'electron-builder.json', ...process.argv.slice(2)]],
]) {
  const { status } = spawnSync(command, args, {
    cwd: root,
    stdio: 'inherit',
    shell: process.platform === 'win32',
  });
  if (status !== 0) process.exit(status ?? 1);
}
