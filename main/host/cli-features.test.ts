import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type {
  AudienceSegmentsDto,
  CategoryDto,
  FocusDto,
  ListChangeDto,
  NoteDto,
  PursuitSettings,
  SavedSearchDto,
  SearchResultDto,
} from '../../common/dto';
import { briefWorld, NOTES, prospect } from '../test-support/brief-fixture';
import { importRecords } from '../test-support/fixture-world';
import { commands } from './cli/commands';
import { commandUsage } from './cli/help';
import { runCliInProcess } from '../test-support/cli-in-process';
import { useTempDir } from '../test-support/temp-dir';

const tempDir = useTempDir();
let dataDir: string | undefined;

beforeEach(() => {
  dataDir = process.env.INSIDE_TRACK_DATA_DIR;
});
afterEach(() => {
  if (dataDir === undefined) delete process.env.INSIDE_TRACK_DATA_DIR;
  else process.env.INSIDE_TRACK_DATA_DIR = dataDir;
});

const cli = runCliInProcess;

/** The brief's world (a prospect with followers, posts, two following lists, notes) as a file. */
async function world(): Promise<{ file: string; dir: string }> {
  const dir = tempDir();
  process.env.INSIDE_TRACK_DATA_DIR = join(dir, 'data');
  const { core } = await briefWorld(() => dir);
  core.close();
  return { file: join(dir, 'world.itrack'), dir };
}

const json = <T>(result: { stdout: string }) => JSON.parse(result.stdout) as T;

describe('the CLI scripts every feature', () => {
  it('focus: what the prospect talks about, as text and JSON', async () => {
    const { file } = await world();
    const text = await cli(['focus', '--prospect', '@acme_ceo', '--workspace', file]);
    expect(text).toMatchObject({ code: 0, stderr: '' });
    expect(text.stdout).toContain('warehouse robots');
    expect(text.stdout).toContain('#logistics');
    const focus = json<FocusDto>(
      await cli(['focus', '--prospect', '@acme_ceo', '--tz', 'Europe/Paris', '--workspace', file, '--json']),
    );
    expect(focus.counts.posts).toBeGreaterThan(0);
    expect(focus.timeZone).toBe('Europe/Paris');
    const zone = await cli(['focus', '--prospect', '@acme_ceo', '--tz', 'Mars/Olympus', '--workspace', file]);
    expect(zone.code).toBe(2);
    expect(zone.stderr).toContain('Mars/Olympus');
    expect(zone.stderr).not.toContain('focus.get');
    const unknown = await cli(['focus', '--prospect', '@nobody_here', '--workspace', file]);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('@nobody_here');
  });

  it('followers: segments, filters and a CSV file; following shows categories', async () => {
    const { file, dir } = await world();
    const segments = json<AudienceSegmentsDto>(
      await cli(['followers', '--segments', '--prospect', '@acme_ceo', '--workspace', file, '--json']),
    );
    // 30 fans, Dana and Bob follow the prospect.
    expect(segments.total).toBe(32);
    expect(segments.locations.length).toBeGreaterThan(0);
    const segmentText = await cli([
      'followers',
      '--segments',
      '--prospect',
      '@acme_ceo',
      '--workspace',
      file,
    ]);
    expect(segmentText.stdout).toMatch(/London/);

    const london = json<{ total: number; rows: { handle: string }[] }>(
      await cli([
        'followers',
        '--location',
        segments.locations.find((l) => /london/i.test(l.label))!.value,
        '--prospect',
        '@acme_ceo',
        '--workspace',
        file,
        '--json',
      ]),
    );
    expect(london.total).toBe(13);

    const csv = join(dir, 'followers.csv');
    const written = await cli(['followers', '--csv', csv, '--prospect', '@acme_ceo', '--workspace', file]);
    expect(written.code).toBe(0);
    expect(written.stdout).toContain('followers.csv');
    const lines = readFileSync(csv, 'utf8').trim().split(/\r?\n/);
    expect(lines[0]).toContain('handle');
    expect(lines).toHaveLength(33);

    expect((await cli(['categories', 'add', 'Vendors', '--workspace', file])).code).toBe(0);
    expect((await cli(['rules', 'add', 'Vendors', 'software', '--workspace', file])).code).toBe(0);
    const following = await cli(['following', '--prospect', '@acme_ceo', '--workspace', file]);
    expect(following.stdout).toMatch(/@robo_vendor.*Vendors/);
    const onlyVendors = json<{ total: number }>(
      await cli([
        'following',
        '--category',
        'Vendors',
        '--prospect',
        '@acme_ceo',
        '--workspace',
        file,
        '--json',
      ]),
    );
    expect(onlyVendors.total).toBe(1);
  });

  it('an account known only by its id reads as the app says it, with the id `accounts name` takes', async () => {
    const dir = tempDir();
    process.env.INSIDE_TRACK_DATA_DIR = join(dir, 'data');
    const world = await briefWorld(() => dir);
    await importRecords(world.core, () => dir, [
      { type: 'follow', follower: { network: 'x', id: '4242' }, followee: prospect },
    ]);
    world.core.close();
    const file = join(dir, 'world.itrack');
    const text = await cli(['followers', '--limit', '100', '--prospect', '@acme_ceo', '--workspace', file]);
    expect(text.stdout).toContain('X account id 4242 (name unknown)');
    expect(text.stdout).not.toMatch(/account #\d/);
  });

  it('changes: who the prospect started and stopped following', async () => {
    const { file } = await world();
    const changes = json<ListChangeDto[]>(
      await cli(['changes', '--prospect', '@acme_ceo', '--workspace', file, '--json']),
    );
    expect(changes[0]).toMatchObject({ list: 'following', addedCount: 1, removedCount: 1 });
    const text = await cli(['changes', '--prospect', '@acme_ceo', '--workspace', file]);
    expect(text.stdout).toContain('+ @new_friend');
    expect(text.stdout).toContain('- @old_friend');
  });

  it('notes: show, set from a file, append', async () => {
    const { file, dir } = await world();
    const shown = await cli(['notes', 'show', '--prospect', '@acme_ceo', '--workspace', file]);
    expect(shown.stdout.trim()).toBe(NOTES.trim());
    const plan = join(dir, 'plan.md');
    writeFileSync(plan, '# New plan\n');
    expect(
      (await cli(['notes', 'set', '--file', plan, '--prospect', '@acme_ceo', '--workspace', file])).code,
    ).toBe(0);
    writeFileSync(plan, 'Call Dana on Monday.\n');
    await cli(['notes', 'append', '--file', plan, '--prospect', '@acme_ceo', '--workspace', file]);
    const note = json<NoteDto>(
      await cli(['notes', 'show', '--prospect', '@acme_ceo', '--workspace', file, '--json']),
    );
    expect(note.body).toBe('# New plan\n\nCall Dana on Monday.\n');
    const missing = await cli([
      'notes',
      'set',
      '--file',
      join(dir, 'nothing.md'),
      '--prospect',
      '@acme_ceo',
      '--workspace',
      file,
    ]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('nothing.md');
  });

  it('saved searches: save, list, run, delete', async () => {
    const { file } = await world();
    const saved = json<SavedSearchDto>(
      await cli(['searches', 'save', 'Robots', 'warehouse robots', '--workspace', file, '--json']),
    );
    expect(saved).toMatchObject({ name: 'Robots', query: 'warehouse robots' });
    const list = json<SavedSearchDto[]>(await cli(['searches', 'list', '--workspace', file, '--json']));
    expect(list.map((s) => s.name)).toEqual(['Robots']);
    const run = json<SearchResultDto>(
      await cli(['searches', 'run', 'Robots', '--workspace', file, '--json']),
    );
    expect(run.total).toBeGreaterThan(0);
    const text = await cli(['searches', 'run', String(saved.id), '--workspace', file]);
    expect(text.stdout).toContain('@acme_ceo');
    expect((await cli(['searches', 'delete', 'Robots', '--workspace', file])).code).toBe(0);
    expect((await cli(['searches', 'list', '--workspace', file])).stdout).toContain('No saved searches');
    const gone = await cli(['searches', 'run', 'Robots', '--workspace', file]);
    expect(gone.code).toBe(1);
  });

  it('categories, rules and competitors: list, add, remove', async () => {
    const { file } = await world();
    await cli(['categories', 'add', 'Robotics', '--color', '#336699', '--workspace', file]);
    await cli(['rules', 'add', 'Robotics', 'robots', '--workspace', file]);
    await cli(['rules', 'add', 'Robotics', 'robo_', '--field', 'handle', '--workspace', file]);
    const robotics = (list: CategoryDto[]) => list.find((c) => c.name === 'Robotics');
    let categories = json<CategoryDto[]>(await cli(['categories', 'list', '--workspace', file, '--json']));
    expect(robotics(categories)).toMatchObject({
      name: 'Robotics',
      color: '#336699',
      rules: [
        { field: 'bio', keyword: 'robots' },
        { field: 'handle', keyword: 'robo_' },
      ],
    });
    expect((await cli(['rules', 'list', '--workspace', file])).stdout).toContain(
      'Robotics: handle contains “robo_”',
    );
    await cli(['rules', 'remove', 'Robotics', 'robots', '--workspace', file]);
    categories = json<CategoryDto[]>(await cli(['categories', 'list', '--workspace', file, '--json']));
    expect(robotics(categories)!.rules).toEqual([{ field: 'handle', keyword: 'robo_' }]);
    expect((await cli(['categories', 'assign', 'Robotics', '@dana_lee', '--workspace', file])).code).toBe(0);
    expect((await cli(['categories', 'remove', 'Robotics', '--workspace', file])).code).toBe(0);
    expect(
      robotics(json<CategoryDto[]>(await cli(['categories', 'list', '--workspace', file, '--json']))),
    ).toBe(undefined);

    await cli(['competitors', 'add', '@robo_vendor', 'Robo Systems', '--workspace', file]);
    let pursuit = json<PursuitSettings>(await cli(['competitors', 'list', '--workspace', file, '--json']));
    expect(pursuit.competitors).toEqual({ handles: ['robo_vendor'], keywords: ['Robo Systems'] });
    await cli(['competitors', 'remove', '@robo_vendor', '--workspace', file]);
    pursuit = json<PursuitSettings>(await cli(['competitors', 'list', '--workspace', file, '--json']));
    expect(pursuit.competitors).toEqual({ handles: [], keywords: ['Robo Systems'] });
    const notThere = await cli(['rules', 'add', 'Nope', 'x', '--workspace', file]);
    expect(notThere).toMatchObject({ code: 1 });
    expect(notThere.stderr).toContain('Nope');
  });

  it('graph: the referral paths as an SVG file with a title and legend', async () => {
    const { file, dir } = await world();
    const out = join(dir, 'paths.svg');
    const result = await cli([
      'graph',
      '--prospect',
      '@acme_ceo',
      '--out',
      out,
      '--workspace',
      file,
      '--json',
    ]);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(json<{ path: string; nodes: number }>(result)).toMatchObject({ path: out });
    const svg = readFileSync(out, 'utf8');
    expect(svg.startsWith('<?xml')).toBe(true);
    expect(svg).toContain('<svg xmlns="http://www.w3.org/2000/svg"');
    expect(svg).toContain('Avery Quinton');
    expect(svg).toContain('Dana Lee');
    expect(svg).toContain('class="legend"');
    expect(svg).toMatch(/<title>/);
    expect(svg.trim().endsWith('</svg>')).toBe(true);
  });

  it('help: a list of every command, and each command’s own usage', async () => {
    const all = await cli(['help']);
    expect(all.code).toBe(0);
    const names = [
      'focus',
      'following',
      'followers',
      'changes',
      'notes',
      'searches',
      'categories',
      'rules',
      'competitors',
      'graph',
      'import',
      'brief',
      'erase',
    ];
    for (const name of names) expect(all.stdout).toMatch(new RegExp(`^  ${name}\\b`, 'm'));
    for (const name of names) {
      const own = await cli([name, '--help']);
      expect(own.code, name).toBe(0);
      expect(own.stdout, name).toMatch(new RegExp(`^usage: .*${name}`, 'm'));
      expect((await cli(['help', name])).stdout).toBe(own.stdout);
    }
    // A command registered without its usage would be missing from `help`.
    expect(Object.keys(commands).filter((name) => !(name in commandUsage))).toEqual([]);
    const unknown = await cli(['help', 'frobnicate']);
    expect(unknown.code).toBe(2);
  });
});
