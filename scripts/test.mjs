// `npm test`: every check, in the order a failure is cheapest to find, then one closing line
// `N passed, N failed, N skipped` that sums all suites (typecheck, lint, format, electronegativity and build count as one test each).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const results = [];
const bin = (name) => `node_modules/.bin/${name}`;

function run(label, command, args) {
  console.log(`\n=== ${label}: ${[command, ...args].join(' ')}`);
  const { status } = spawnSync(command, args, { stdio: 'inherit' });
  return status === 0;
}

function readJson(path) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return null;
  }
}

function check(label, command, args) {
  const ok = run(label, command, args);
  results.push({ label, passed: ok ? 1 : 0, failed: ok ? 0 : 1, skipped: 0 });
}

function suite(label, command, args, reportPath, count) {
  rmSync(reportPath, { force: true });
  const ok = run(label, command, args);
  const report = readJson(reportPath);
  const counts = report ? count(report) : { passed: 0, failed: 0, skipped: 0 };
  // A runner that failed without reporting a failed test (crash, bad config) still counts as a failure.
  if (!ok && counts.failed === 0) counts.failed = 1;
  results.push({ label, ...counts });
}

mkdirSync('test-results', { recursive: true });
check('typecheck (node)', bin('tsc'), ['-p', 'tsconfig.node.json', '--composite', 'false']);
check('typecheck (web)', bin('tsc'), ['-p', 'tsconfig.web.json', '--composite', 'false']);
check('lint', bin('eslint'), ['.', '--max-warnings=0']);
check('format', bin('prettier'), ['--check', '.']);
// Electron configuration audit of the shell's sources (offline); see scripts/electronegativity.mjs.
check('electronegativity', process.execPath, ['scripts/electronegativity.mjs']);
// The browser-mode host serves the built renderer; some unit tests start it.
check('build', bin('electron-vite'), ['build']);
suite(
  'unit',
  bin('vitest'),
  ['run', '--reporter=default', '--reporter=json', '--outputFile=test-results/unit.json'],
  'test-results/unit.json',
  (r) => ({
    passed: r.numPassedTests ?? 0,
    failed: r.numFailedTests ?? 0,
    skipped: (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0),
  }),
);
suite('e2e', bin('playwright'), ['test'], 'test-results/e2e.json', (r) => ({
  passed: (r.stats?.expected ?? 0) + (r.stats?.flaky ?? 0),
  failed: r.stats?.unexpected ?? 0,
  skipped: r.stats?.skipped ?? 0,
}));

console.log('\n=== summary');
for (const r of results)
  console.log(`${r.label}: ${r.passed} passed, ${r.failed} failed, ${r.skipped} skipped`);
const total = results.reduce(
  (t, r) => ({ passed: t.passed + r.passed, failed: t.failed + r.failed, skipped: t.skipped + r.skipped }),
  { passed: 0, failed: 0, skipped: 0 },
);
if (!existsSync('test-results/e2e.json')) console.log('(e2e produced no report)');
console.log(`${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`);
process.exit(total.failed > 0 ? 1 : 0);
