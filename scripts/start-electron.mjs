// `npm start`: build, make sure better-sqlite3 exists for Electron's ABI, then launch Electron.
import { spawnSync } from 'node:child_process';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const run = (command, args) => {
  const result = spawnSync(command, args, {
    cwd: root,
    stdio: 'inherit',
    shell: process.platform === 'win32',
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
};

run(process.execPath, ['scripts/electron-native.mjs']);
run(process.execPath, ['node_modules/electron-vite/bin/electron-vite.js', 'preview']);
