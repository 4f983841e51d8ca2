import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixtureWorld, xAccount } from '../test-support/fixture-world';
import { useTempDir } from '../test-support/temp-dir';
import { briefWorld, pdfText } from '../test-support/brief-fixture';
import { briefSections, exportBrief, type BriefOptions, type BriefProgress } from './index';

const tempDir = useTempDir('inside-track-brief-');
const now = new Date('2026-04-01T09:00:00.000Z');

async function exportTo(world: Awaited<ReturnType<typeof briefWorld>>, options: Partial<BriefOptions> = {}) {
  const outPath = join(tempDir(), 'brief.pdf');
  const phases: BriefProgress[] = [];
  const result = await exportBrief(
    world.core.session,
    { accountId: world.prospectId, outPath, timeZone: 'Europe/Paris', now, ...options },
    { signal: new AbortController().signal, progress: (p) => phases.push(p) },
  );
  return { ...result, phases };
}

describe('the PDF brief', () => {
  it('tells who, what, when, where, why and how, and to what extent, with the facts of the workspace', async () => {
    const world = await briefWorld(tempDir);
    const brief = await exportTo(world);
    expect(existsSync(brief.path)).toBe(true);
    expect(brief.bytes).toBe(readFileSync(brief.path).length);

    const cover = pdfText(brief.path, { first: 1, last: 1 });
    expect(cover).toContain('Avery Quinton');
    expect(cover).toContain('@acme_ceo');
    expect(cover).toContain('world'); // the workspace's name
    expect(cover).toContain('Apr 1, 2026');
    for (const section of briefSections) expect(cover).toContain(section.title);

    const text = pdfText(brief.path);
    expect(text).toContain(`Page 1 of ${brief.pages}`);
    expect(text).toContain(`Page ${brief.pages} of ${brief.pages}`);
    // Who: profile, the inside track with its explanation, the graph's labels and legend.
    expect(text).toContain('CEO at Acme Logistics');
    expect(text).toContain('Dana Lee, your colleague (@dana_lee): @dana_lee and @acme_ceo follow each other');
    expect(text).toMatch(/Path 1: @dana_lee → @acme_ceo/);
    expect(text).toContain('Bridges on a path');
    // What: hashtags, sites, starters.
    expect(text).toMatch(/#logistics 3/);
    expect(text).toContain('robots.example');
    expect(text).toContain('Conversation starters');
    // When: the peak in words and the change between the two imports of their following list.
    expect(text).toContain('Their busiest hour is Monday 9:00–10:00');
    expect(text).toMatch(/started following 1 account and stopped following 1/);
    expect(text).toContain('Newly followed: @new_friend');
    expect(text).toContain('No longer followed: @old_friend');
    // Where: locations merged across spellings.
    expect(text).toMatch(/London, UK 13 \(57%\)/);
    expect(text).toContain('Paris');
    // Why and how: the notes rendered, categories, communication.
    expect(text).toContain('Meeting plan');
    expect(text).toContain('Ask Dana Lee for the introduction');
    expect(text).toContain('Budget for the pilot');
    expect(text).toMatch(/Vendor 1 of \d+ followees/);
    expect(text).toContain('@robo_vendor');
    expect(text).toContain('of what they write are replies');
    // To what extent: reach, engagement, coverage and the imports behind it.
    expect(text).toContain('32 of 1,200 followers imported (3%)');
    expect(text).toContain('On average 18.3 likes and 2.3 reposts per post');
    expect(text).toContain('following-mar.txt');
    expect(text).toMatch(/Brought their profile, 32 followers, 2 followees, 4 posts and 1 like/);

    expect(brief.phases.map((p) => p.phase)).toEqual(['Cover', ...briefSections.map((s) => s.title), 'Done']);
  });

  it('embeds its DejaVu fonts, holds no raster image and links its contents and URLs', async () => {
    const world = await briefWorld(tempDir);
    const brief = await exportTo(world);
    const fonts = execFileSync('pdffonts', [brief.path], { encoding: 'utf8' }).trim().split('\n').slice(2);
    expect(fonts.length).toBeGreaterThan(1);
    for (const line of fonts) expect(line).toMatch(/DejaVuSans\S*\s+CID TrueType\s+Identity-H\s+yes\s+yes/);
    const images = execFileSync('pdfimages', ['-list', brief.path], { encoding: 'utf8' }).trim().split('\n');
    expect(images.slice(2)).toEqual([]);

    const raw = readFileSync(brief.path, 'latin1');
    expect(raw).toContain('/URI (https://acme.example/blog)');
    for (const section of briefSections) expect(raw).toContain(`/D (${section.id})`);
  });

  it('replaces redacted people and accounts everywhere, graph and notes included', async () => {
    const world = await briefWorld(tempDir);
    const brief = await exportTo(world, {
      redact: { personIds: [world.personId('Dana Lee')], accountIds: [world.account('@bridge_bob')] },
    });
    const text = pdfText(brief.path);
    for (const secret of ['Dana', 'Lee', 'dana_lee', 'Bob', 'Bob Bridges', 'bridge_bob']) {
      expect(text).not.toMatch(new RegExp(`\\b${secret}\\b`, 'i'));
    }
    expect(text).toContain('Person A, your colleague (Account B)');
    expect(text).toContain('Ask Person A for the introduction');
    expect(text).toContain('Account A'); // the bridge, in the graph and in a post
    expect(text).toContain('Avery Quinton');
    const raw = readFileSync(brief.path, 'latin1');
    expect(raw).not.toMatch(/dana_lee|bridge_bob/i);
  });

  it('leaves out the sections the user did not choose', async () => {
    const world = await briefWorld(tempDir);
    const brief = await exportTo(world, { sections: ['extent', 'who'] });
    const text = pdfText(brief.path);
    expect(text).toContain('Who they are');
    expect(text).toContain('To what extent: reach and coverage');
    for (const omitted of briefSections.filter((s) => s.id !== 'who' && s.id !== 'extent')) {
      expect(text).not.toContain(omitted.title);
    }
    expect(text.indexOf('Who they are')).toBeLessThan(text.lastIndexOf('To what extent'));
    await expect(exportTo(world, { sections: [] })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
  });

  it('makes a short, sensible brief for a prospect with almost no data', async () => {
    const { core } = await fixtureWorld(tempDir, [{ type: 'account', key: xAccount('77', 'quiet_one') }]);
    const accountId = core.session.require().accounts.find('@quiet_one')!.id;
    const outPath = join(tempDir(), 'quiet.pdf');
    const brief = await exportBrief(
      core.session,
      { accountId, outPath, timeZone: 'UTC', now },
      { signal: new AbortController().signal, progress: () => {} },
    );
    expect(brief.pages).toBeLessThanOrEqual(3);
    const text = pdfText(outPath);
    expect(text).toContain('@quiet_one');
    expect(text).toContain('No posts or likes by @quiet_one are imported');
    expect(text).toContain('No notes yet');
    expect(text).toContain('None of their followers, followees, posts or likes are imported yet');
  });

  it('prints Chinese, Japanese and Korean names and words with an embedded CJK font', async () => {
    const { core } = await fixtureWorld(tempDir, [
      {
        type: 'account',
        key: xAccount('88', 'yamada_taro'),
        name: '山田太郎',
        bio: '東京のスタートアップCEO。한국어도 합니다',
      },
      {
        type: 'post',
        network: 'x',
        id: '880',
        author: xAccount('88', 'yamada_taro'),
        text: '新しい物流センターを開設しました #物流',
        kind: 'post',
        tags: ['物流'],
        createdAt: '2026-03-01T10:00:00.000Z',
      },
    ]);
    const accountId = core.session.require().accounts.find('@yamada_taro')!.id;
    const outPath = join(tempDir(), 'cjk.pdf');
    await exportBrief(
      core.session,
      { accountId, outPath, timeZone: 'Asia/Tokyo', now },
      { signal: new AbortController().signal, progress: () => {} },
    );
    const text = pdfText(outPath);
    expect(text).toContain('山田太郎');
    expect(text).toContain('東京のスタートアップCEO。한국어도 합니다');
    // Their words, cut by ICU's dictionary and printed in the CJK font: 物流, センター, 開設.
    expect(text).toMatch(/Distinctive terms in what they write .*物流/);
    expect(text).toContain('#物流');
    const fonts = execFileSync('pdffonts', [outPath], { encoding: 'utf8' });
    expect(fonts).toMatch(/NotoSansCJKjp-Regular\s+CID Type 0C\s+Identity-H\s+yes\s+yes\s+yes/);
    expect(fonts).toMatch(/NotoSansCJKjp-Bold/);
  });

  it('writes nothing when cancelled or when the folder is missing', async () => {
    const world = await briefWorld(tempDir);
    const dir = tempDir();
    const controller = new AbortController();
    controller.abort();
    await expect(
      exportBrief(
        world.core.session,
        { accountId: world.prospectId, outPath: join(dir, 'brief.pdf') },
        { signal: controller.signal, progress: () => {} },
      ),
    ).rejects.toMatchObject({ code: 'CANCELLED' });
    expect(readdirSync(dir)).toEqual([]);

    const midway = new AbortController();
    await expect(
      exportBrief(
        world.core.session,
        { accountId: world.prospectId, outPath: join(dir, 'brief.pdf') },
        { signal: midway.signal, progress: (p) => p.done === 3 && midway.abort() },
      ),
    ).rejects.toMatchObject({ code: 'CANCELLED' });
    expect(readdirSync(dir)).toEqual([]);

    await expect(exportTo(world, { outPath: join(dir, 'missing', 'brief.pdf') })).rejects.toMatchObject({
      code: 'IO',
    });
    const first = exportTo(world);
    await expect(exportTo(world)).rejects.toMatchObject({ code: 'WORKSPACE_BUSY' });
    await first;
    await expect(exportTo(world, { accountId: 999_999 })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    await expect(exportTo(world, { timeZone: 'Mars/Olympus' })).rejects.toMatchObject({
      code: 'BAD_REQUEST',
    });
  });
});
