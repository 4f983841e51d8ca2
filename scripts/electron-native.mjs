// Builds better-sqlite3 a second time, against Electron's ABI, into .electron-native/.
// The copy in node_modules stays built for plain Node (tests, browser mode, CLI); the Electron
// shell loads this one through better-sqlite3's `nativeBinding` option. Run by `npm start`.
// It needs Electron's headers, which node-gyp fetches once from Electron's header server.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync, copyFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const outDir = join(root, '.electron-native');
const target = join(outDir, 'better_sqlite3.node');
const stampFile = join(outDir, 'stamp.json');

const electronVersion = JSON.parse(
  readFileSync(join(root, 'node_modules/electron/package.json'), 'utf8'),
).version;
// `better-sqlite3` is the npm alias of better-sqlite3-multiple-ciphers (the SQLite cipher build for
// encrypted workspaces): the folder holds the real package, whose name the stamp keeps, so a binary
// built from plain better-sqlite3 of the same version number is never taken for it.
const sqliteDir = dirname(require.resolve('better-sqlite3/package.json'));
const sqlitePackage = JSON.parse(readFileSync(join(sqliteDir, 'package.json'), 'utf8'));
const sqliteVersion = sqlitePackage.version;
const stamp = JSON.stringify({
  electronVersion,
  sqlitePackage: sqlitePackage.name,
  sqliteVersion,
  platform: process.platform,
  arch: process.arch,
});

if (existsSync(target) && existsSync(stampFile) && readFileSync(stampFile, 'utf8') === stamp) process.exit(0);

function findNodeGyp() {
  const candidates = [];
  if (process.env.npm_execpath) {
    candidates.push(
      join(dirname(process.env.npm_execpath), '..', 'node_modules', 'node-gyp', 'bin', 'node-gyp.js'),
    );
  }
  candidates.push(
    join(
      dirname(process.execPath),
      '..',
      'lib',
      'node_modules',
      'npm',
      'node_modules',
      'node-gyp',
      'bin',
      'node-gyp.js',
    ),
  );
  const found = candidates.find((path) => existsSync(path));
  if (!found) throw new Error('node-gyp (bundled with npm) was not found');
  return found;
}

console.log(`Building ${sqlitePackage.name} ${sqliteVersion} for Electron ${electronVersion} (once)…`);
const work = join(outDir, 'src');
rmSync(work, { recursive: true, force: true });
mkdirSync(outDir, { recursive: true });
cpSync(sqliteDir, work, { recursive: true, filter: (path) => !path.includes(`${sqliteDir}/build`) });

const env = { ...process.env };
// A nodedir set for plain Node would point node-gyp at the wrong headers.
for (const key of Object.keys(env)) if (key.toLowerCase() === 'npm_config_nodedir') delete env[key];
execFileSync(
  process.execPath,
  [
    findNodeGyp(),
    'rebuild',
    '--release',
    '--runtime=electron',
    `--target=${electronVersion}`,
    `--arch=${process.arch}`,
    '--dist-url=https://electronjs.org/headers',
    `--devdir=${join(outDir, 'headers')}`,
  ],
  { cwd: work, env, stdio: 'inherit' },
);
copyFileSync(join(work, 'build', 'Release', 'better_sqlite3.node'), target);
writeFileSync(stampFile, stamp);
rmSync(work, { recursive: true, force: true });
console.log(`Electron build of better-sqlite3 ready: ${target}`);
