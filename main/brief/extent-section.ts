import type { FeedingImport } from '../db/brief-repo';
import type { BriefContext } from './context';
import { fonts } from './fonts';
import { clip, count, counted, day, joinWords, percent } from './format';
import { colors, quoted, sizes, type BriefWriter } from './layout';

/** "1,180 of 3,400 followers imported (35%)", or what can be said when the total is unknown. */
export function coverageInWords(imported: number, stated: number | null, noun: string): string {
  if (stated === null) return `${count(imported)} ${noun} imported; no imported profile states the total.`;
  if (imported > stated)
    return `${count(imported)} ${noun} imported, more than the ${count(stated)} the profile states (it is older than some imports).`;
  return `${count(imported)} of ${count(stated)} ${noun} imported (${percent(imported, stated)})`;
}

/** To what extent: reach, engagement, and how much of it the imports cover. */
export function writeExtent(w: BriefWriter, ctx: BriefContext): void {
  const p = ctx.prospect;
  const imported = ctx.counts();

  w.subheading('Reach', { keepWith: 40 });
  const reach: string[] = [];
  if (p.followersCount !== null) reach.push(`${counted(p.followersCount, 'follower')}`);
  if (p.followingCount !== null) reach.push(`following ${count(p.followingCount)}`);
  if (p.postsCount !== null) reach.push(`${counted(p.postsCount, 'post')} in all`);
  if (reach.length) {
    let sentence = `${joinWords(reach)}, as the profile states.`;
    sentence = sentence.charAt(0).toUpperCase() + sentence.slice(1);
    if (p.followersCount && p.followingCount) {
      const ratio = p.followersCount / p.followingCount;
      sentence +=
        ratio >= 2
          ? ` They are followed by ${ratio >= 10 ? count(Math.round(ratio)) : ratio.toFixed(1)} times as many accounts as they follow.`
          : ratio <= 0.5
            ? ' They follow more accounts than follow them.'
            : ' They follow about as many accounts as follow them.';
    }
    w.paragraph(sentence);
  } else {
    w.paragraph('The imports state no follower, following or post counts for this account.');
  }

  w.subheading('Engagement', { keepWith: 40 });
  const engagement = ctx.repo.engagement(p.id);
  if (!engagement) {
    w.paragraph(
      'No imported post of theirs carries like or repost counts, so engagement cannot be measured.',
    );
  } else {
    const reposts =
      engagement.averageReposts === null ? '' : ` and ${engagement.averageReposts.toFixed(1)} reposts`;
    w.paragraph(
      `On average ${engagement.averageLikes.toFixed(1)} likes${reposts} per post, over the ${counted(engagement.posts, 'post')} of theirs whose counts the imports state.`,
    );
    if (engagement.mostLiked && engagement.mostLiked.likes > 0) {
      const when = engagement.mostLiked.createdAt
        ? `, ${day(engagement.mostLiked.createdAt, ctx.timeZone)}`
        : '';
      w.runs(
        [
          {
            text: `Most liked (${counted(engagement.mostLiked.likes, 'like')}${when}):`,
            color: colors.muted,
            size: sizes.small,
          },
        ],
        {
          indent: 10,
          gapAfter: 1,
        },
      );
      w.runs(quoted(clip(engagement.mostLiked.text, 240)), { indent: 10 });
    }
  }

  w.subheading('Coverage of the imported data', { keepWith: 60 });
  const nothing = imported.followers + imported.following + imported.posts + imported.likes === 0;
  if (nothing && p.followersCount === null && p.followingCount === null && p.postsCount === null) {
    w.paragraph('None of their followers, followees, posts or likes are imported yet.');
  } else {
    writeCoverage(w, ctx);
  }

  w.subheading('Imports that fed this brief', { keepWith: 40 });
  const imports = ctx.repo.feedingImports(p.id);
  if (!imports.length) {
    w.paragraph(
      'None: this account is known only by reference (a mention or a path), not from an import of its own data.',
    );
    return;
  }
  w.bullets(
    imports.map((source) => [
      { text: source.fileName, font: fonts.bold },
      {
        text: `  ${source.formatLabel}, imported ${day(source.importedAt)}${source.capturedAt ? `, captured ${day(source.capturedAt)}` : ''}`,
        color: colors.muted,
        size: sizes.small,
      },
      { text: `\n${contributionInWords(source)}` },
    ]),
  );
}

function writeCoverage(w: BriefWriter, ctx: BriefContext): void {
  const p = ctx.prospect;
  const imported = ctx.counts();
  w.facts([
    { label: 'Followers', value: coverageInWords(imported.followers, p.followersCount, 'followers') },
    { label: 'Following', value: coverageInWords(imported.following, p.followingCount, 'followees') },
    { label: 'Posts', value: coverageInWords(imported.posts, p.postsCount, 'posts') },
    { label: 'Likes', value: `${counted(imported.likes, 'like')} imported` },
  ]);
}

function contributionInWords(source: FeedingImport): string {
  const parts = [
    source.profile ? 'their profile' : '',
    source.followers ? counted(source.followers, 'follower') : '',
    source.following ? counted(source.following, 'followee') : '',
    source.posts ? counted(source.posts, 'post') : '',
    source.likes ? counted(source.likes, 'like') : '',
  ].filter(Boolean);
  return parts.length ? `Brought ${joinWords(parts)}.` : 'Named the account, without details.';
}
