import type { RankedItem } from '../analysis/focus';
import type { BriefContext } from './context';
import { accountName, clip, counted, day, joinWords, postUrl } from './format';
import { colors, quoted, sizes, type BriefWriter } from './layout';

const SHOWN = 12;
/** Links to the network itself (quoted posts, threads) say nothing about their interests. */
const OWN_SITES = new Set(['twitter.com', 'x.com', 't.co', 'mobile.twitter.com', 'bsky.app']);

/** What: the distinctive terms, hashtags, sites, mentions and conversation starters. */
export function writeWhat(w: BriefWriter, ctx: BriefContext): void {
  const focus = ctx.focus();
  const { posts, replies, reposts, quotes, likes } = focus.counts;
  const name = accountName(ctx.prospect);
  if (posts + replies + reposts + quotes + likes === 0) {
    w.paragraph(
      `No posts or likes by ${name} are imported, so there is nothing to say yet about what they focus on. Import their archive, or a timeline export (twarc2, snscrape, the X API).`,
    );
    return;
  }
  const parts = [
    posts ? counted(posts, 'post') : '',
    replies ? counted(replies, 'reply', 'replies') : '',
    reposts ? counted(reposts, 'repost') : '',
    quotes ? counted(quotes, 'quote') : '',
    likes ? counted(likes, 'like') : '',
  ].filter(Boolean);
  w.paragraph(
    `From ${joinWords(parts)} in the imported data. Terms are ranked by how much more ${name} uses them than the rest of the workspace.`,
    {
      color: colors.muted,
      size: sizes.small,
    },
  );

  const self = `@${ctx.prospect.handle ?? ''}`.toLowerCase();
  const lists: [string, RankedItem[], ((value: string) => string | null)?][] = [
    ['Distinctive terms in what they write', focus.terms],
    ['Hashtags', focus.hashtags],
    [
      'Sites they link to',
      focus.domains.filter((d) => !OWN_SITES.has(d.value.toLowerCase())),
      (domain) => `https://${domain}`,
    ],
    ['Accounts they mention', focus.mentions.filter((m) => m.value.toLowerCase() !== self)],
    ['What they like', focus.likedTerms],
    ['What they amplify (reposts)', focus.amplifiedTerms],
  ];
  for (const [title, items, link] of lists) {
    if (!items.length) continue;
    w.subheading(title, { listed: false, keepWith: 20 });
    w.ranked(
      items
        .slice(0, SHOWN)
        .map((item) => ({ value: item.value, count: item.count, link: link?.(item.value) ?? null })),
    );
  }
  const missing = lists.filter(([, items]) => !items.length).map(([title]) => title.toLowerCase());
  if (missing.length) w.note(`Nothing found for: ${joinWords(missing)}.`);

  w.subheading('Conversation starters', { keepWith: 60 });
  if (!focus.starters.length) {
    w.paragraph(
      'No recent post or like carries their distinctive terms strongly enough to suggest an opener.',
    );
    return;
  }
  w.note('Recent posts and likes that carry what is most distinctive about them.');
  const refs = ctx.repo.postRefs(focus.starters.map((s) => s.postId));
  for (const starter of focus.starters) {
    const ref = refs.get(starter.postId);
    const link = ref ? postUrl(ref) : null;
    w.ensureSpace(40);
    w.runs(quoted(clip(starter.text, 320)), { indent: 10, gapAfter: 1 });
    w.runs(
      [
        {
          text: `${starter.reason}${starter.createdAt ? `, ${day(starter.createdAt, ctx.timeZone)}` : ''}`,
          color: colors.muted,
          size: sizes.small,
        },
        ...(link
          ? [
              { text: '   ', size: sizes.small },
              { text: 'open the post', link, size: sizes.small },
            ]
          : []),
      ],
      { indent: 10, gapAfter: 7 },
    );
  }
}
