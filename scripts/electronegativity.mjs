// Electronegativity (Doyensec's Electron configuration audit) over the Electron shell's sources:
// main/electron and preload (not their tests or the test stand-in), with renderer/index.html for
// the page's CSP. Fails on any high or medium finding not explained in
// scripts/electronegativity-exceptions.json (one reason per check). Never touches the network:
// the two places the tool would fetch (translations, Electron's release list) are stubbed out.
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { basename, dirname, join, relative, resolve } from 'node:path';

const require = createRequire(import.meta.url);
const originalLoad = Module._load;
Module._load = function load(request, ...rest) {
  if (request === 'got') {
    const offline = () => Promise.reject(new Error('offline: the test suite makes no network requests'));
    return Object.assign(offline, { head: offline, get: offline });
  }
  return originalLoad.call(this, request, ...rest);
};
const run = require('@doyensec/electronegativity/dist/runner.js');

const exceptions = JSON.parse(readFileSync('scripts/electronegativity-exceptions.json', 'utf8'));
const electronVersion = JSON.parse(readFileSync('node_modules/electron/package.json', 'utf8')).version;

// What ships: the shell's sources, without tests and the stand-in, in one folder to scan.
const scanned = mkdtempSync(join(tmpdir(), 'it-electronegativity-'));
const shipped = (dir) =>
  readdirSync(dir)
    .filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts') && name !== 'electron-stand-in.ts')
    .map((name) => join(dir, name));
// Arguments name other folders to scan instead (the check's own test scans a bad shell).
const sources =
  process.argv.length > 2
    ? process.argv.slice(2).flatMap(shipped)
    : [...shipped('main/electron'), ...shipped('preload'), 'renderer/index.html'];
// Copied under their repository path, or their folder's name for a folder given outside it.
for (const file of sources) {
  const inRepo = relative(process.cwd(), resolve(file));
  cpSync(
    file,
    join(scanned, inRepo.startsWith('..') ? join(basename(dirname(file)), basename(file)) : inRepo),
  );
}

let result;
try {
  result = await run(
    {
      input: scanned,
      // It fetches Electron's release list; the version we ship is pinned in package.json.
      excludeFromScan: ['AvailableSecurityFixesGlobalCheck'],
      electronVersionOverride: electronVersion,
      isRelative: true,
      parserPlugins: [],
    },
    false,
  );
} finally {
  rmSync(scanned, { recursive: true, force: true });
}

const serious = (issue) => ['HIGH', 'MEDIUM'].includes(issue.severity.name);
let unexplained = 0;
const where = (issue) => `${issue.file}:${issue.location.line}`;
for (const issue of result.issues.filter(serious)) {
  const reason = exceptions[issue.id];
  if (reason) {
    console.log(`explained  ${issue.id} (${issue.severity.name}) ${where(issue)}: ${reason}`);
  } else {
    unexplained += 1;
    console.log(`FINDING    ${issue.id} (${issue.severity.name}, ${issue.confidence.name}) ${where(issue)}`);
    console.log(`           ${issue.description} ${issue.shortenedURL ?? ''}`);
  }
}
for (const issue of result.issues.filter((i) => !serious(i))) {
  console.log(`low        ${issue.id} (${issue.severity.name}) ${where(issue)}`);
}
for (const error of result.errors) console.log(`parse error ${error.file}: ${error.message}`);
const lowCount = result.issues.length - result.issues.filter(serious).length;
console.log(
  `electronegativity ${electronVersion}: ${result.issues.filter(serious).length} high/medium finding(s), ` +
    `${unexplained} unexplained; ${lowCount} low or informational`,
);
process.exit(unexplained > 0 || result.errors.some((e) => !e.tolerable) ? 1 : 0);
