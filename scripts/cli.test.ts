import { execFile } from 'node:child_process';
import {
  appendFileSync,
  cpSync,
  existsSync,
  readdirSync,
  readFileSync,
  statSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../main/host/project-root';
import { samplePath } from '../main/test-support/samples';
import { useTempDir } from '../main/test-support/temp-dir';
import { writeZip } from '../main/test-support/test-files';

const tempDir = useTempDir('inside-track-cli-build-');
const building = 'Building the command line once…\n';
// A limit for a stuck build or process, not a speed claim.
const slow = 120_000;

/** The sources and build files in a folder of their own, with the installed packages: a fresh clone. */
function freshClone(): string {
  const root = tempDir();
  const copied = ['main', 'common', 'package.json', 'package-lock.json', 'tsconfig.base.json'];
  const launcher = ['scripts/cli.mjs', 'scripts/cli-build.mjs', 'scripts/cli-sources.mjs'];
  for (const path of [...copied, ...launcher])
    cpSync(join(projectRoot, path), join(root, path), { recursive: true });
  symlinkSync(join(projectRoot, 'node_modules'), join(root, 'node_modules'), 'dir');
  return root;
}

/** `npm run cli -- ...args` in that clone, without npm. */
function cli(root: string, args: string[]) {
  const env: NodeJS.ProcessEnv = { ...process.env, INSIDE_TRACK_DATA_DIR: join(root, 'data') };
  delete env.INIT_CWD;
  return new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
    execFile(
      process.execPath,
      [join(root, 'scripts/cli.mjs'), ...args],
      { cwd: root, env },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code) : 0, stdout, stderr }),
    );
  });
}

const builds = (root: string) =>
  existsSync(join(root, 'out')) ? readdirSync(join(root, 'out')).filter((name) => /^\.?cli-/.test(name)) : [];

describe('npm run cli', () => {
  it(
    'builds the command line on its first run, then runs the build without building again',
    async () => {
      const root = freshClone();
      const first = await cli(root, ['--help']);
      expect(first).toMatchObject({ code: 0, stderr: building });
      expect(first.stdout).toContain('usage: npm run -s cli');
      const second = await cli(root, ['--help']);
      expect(second).toEqual({ code: 0, stdout: first.stdout, stderr: '' });
      expect(builds(root)).toHaveLength(1);
    },
    slow,
  );

  it(
    'never runs stale code: an edited source is built again, even when the edit keeps the old date',
    async () => {
      const root = freshClone();
      await cli(root, ['--help']);
      const file = join(root, 'main/host/cli-main.ts');
      const original = readFileSync(file, 'utf8');
      const { atime, mtime } = statSync(file);

      appendFileSync(file, "\nprocess.stderr.write('edited\\n');\n");
      expect(await cli(root, ['--help'])).toMatchObject({ code: 0, stderr: `${building}edited\n` });
      expect(await cli(root, ['--help'])).toMatchObject({ code: 0, stderr: 'edited\n' });

      // A copy that keeps dates (cp -p, rsync -t, an unpacked archive) is not newer than the build.
      writeFileSync(file, `${original}\nprocess.stderr.write('edited again\\n');\n`);
      utimesSync(file, atime, mtime);
      expect(await cli(root, ['--help'])).toMatchObject({ code: 0, stderr: `${building}edited again\n` });
    },
    slow,
  );

  it(
    'a source that does not parse: one message naming the file and line, exit 1, no build left',
    async () => {
      const root = freshClone();
      appendFileSync(join(root, 'main/host/cli-main.ts'), '\nconst broken = ;\n');
      const result = await cli(root, ['--help']);
      expect(result.code).toBe(1);
      expect(result.stdout).toBe('');
      expect(result.stderr).toContain('The command line could not be built.');
      expect(result.stderr).toMatch(/main\/host\/cli-main\.ts:\d+:\d+/);
      expect(result.stderr).not.toContain('    at ');
      expect(builds(root)).toEqual([]);
    },
    slow,
  );

  it(
    'several first runs at once all work, and leave one build behind',
    async () => {
      const root = freshClone();
      const runs = await Promise.all([1, 2, 3].map(() => cli(root, ['--help'])));
      for (const run of runs) {
        expect(run.code).toBe(0);
        expect(run.stdout).toContain('usage: npm run -s cli');
      }
      expect(builds(root)).toHaveLength(1);
    },
    slow,
  );

  it(
    'the build reads a ZIP archive, a Bluesky repository and a LinkedIn list, and writes a brief',
    async () => {
      // The packages inlined into the build do the reading: each file kind runs one of them.
      const root = freshClone();
      const archiveFolder = samplePath('x-archive', 'denchi-2020');
      const files = Object.fromEntries(
        readdirSync(archiveFolder).map((name) => [`data/${name}`, readFileSync(join(archiveFolder, name))]),
      );
      const zip = await writeZip(root, 'twitter-2020.zip', files);
      const workspace = join(root, 'built.itrack');
      expect((await cli(root, ['workspace', 'create', workspace])).code).toBe(0);
      const imported = await cli(root, [
        'import',
        '--workspace',
        workspace,
        zip,
        samplePath('bluesky', 'bnewbold.robocracy.org.20250310005405.car'),
        samplePath('contacts', 'linkedin', 'Connections-2024-JasonToups.csv'),
        '--json',
      ]);
      expect(imported.stderr).toBe('');
      const formats = imported.stdout
        .trim()
        .split('\n')
        .map((line) => (JSON.parse(line) as { format: string }).format);
      expect(formats).toHaveLength(3);
      const brief = await cli(root, [
        'brief',
        '--workspace',
        workspace,
        '--prospect',
        '@LumenInferius',
        '--out',
        join(root, 'brief.pdf'),
        '--json',
      ]);
      expect(brief).toMatchObject({ code: 0, stderr: '' });
      expect(readFileSync(join(root, 'brief.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
    },
    slow,
  );
});
