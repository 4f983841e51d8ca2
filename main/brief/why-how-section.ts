import { classify } from '../analysis/audience';
import type { FocusAnalysis } from '../analysis/focus';
import type { BriefContext } from './context';
import { fonts } from './fonts';
import { accountName, count, counted, joinWords, percent } from './format';
import { colors, sizes, type BriefWriter } from './layout';
import { drawMarkdown } from './markdown';

const EXAMPLES = 6;

/** Why and how: the user's notes, whom they follow by category, and how they communicate. */
export function writeWhyHow(w: BriefWriter, ctx: BriefContext): void {
  w.subheading('Your notes', { keepWith: 40 });
  const notes = ctx.notes();
  if (notes.trim()) drawMarkdown(w, notes);
  else w.paragraph('No notes yet. What you write in the prospect’s Notes pane appears here.');

  writeCategories(w, ctx);

  w.subheading('How they communicate', { keepWith: 40 });
  const self = `@${ctx.prospect.handle ?? ''}`.toLowerCase();
  const focus = ctx.focus();
  const mentions = focus.mentions.filter((m) => m.value.toLowerCase() !== self);
  for (const sentence of communicationInWords({ counts: focus.counts, mentions })) w.paragraph(sentence);
}

function writeCategories(w: BriefWriter, ctx: BriefContext): void {
  w.subheading('Whom they follow, by category', { keepWith: 40 });
  const categories = ctx.workspace.categories.list();
  const { competitors } = ctx.workspace.pursuit.get();
  const hasCompetitors = competitors.handles.length + competitors.keywords.length > 0;
  const names = categories.map((c) => c.name);
  if (!categories.length && !hasCompetitors) {
    w.paragraph(
      'No categories defined yet. Categories with keyword rules (vendors, competitors, press, …) sort whom they follow here.',
    );
    return;
  }
  const followees = ctx.counts().following;
  if (!followees) {
    w.paragraph(
      `None of ${accountName(ctx.prospect)}’s followees are imported, so they cannot be sorted into your categories (${joinWords(names)}).`,
    );
    return;
  }
  // The same classification as the app's Following list, so the figures agree.
  const audience = ctx.workspace.audience;
  const members = classify(audience.members(ctx.prospect.id, 'following'), audience.rules(), competitors);
  const described = members.filter((m) => m.bio || m.name).length;
  const groups = [
    ...categories.map((c) => ({ name: c.name, members: members.filter((m) => m.categories.includes(c.id)) })),
    ...(hasCompetitors ? [{ name: 'Competitors', members: members.filter((m) => m.competitor) }] : []),
  ]
    .filter((g) => g.members.length)
    .sort((a, b) => b.members.length - a.members.length || a.name.localeCompare(b.name));
  if (!groups.length) {
    w.paragraph(
      described
        ? `None of their ${counted(followees, 'imported followee')} falls in one of your categories (${joinWords(names)}).`
        : `The imports hold no bio or name for their ${counted(followees, 'followee')}, so they cannot be sorted into your categories (${joinWords(names)}). Import the followees’ profiles (a twarc2 or API users file) to sort them.`,
    );
    return;
  }
  for (const group of groups) {
    const examples = [...group.members]
      .sort((a, b) => (b.reach ?? -1) - (a.reach ?? -1) || a.id - b.id)
      .slice(0, EXAMPLES)
      .map((a) => w.redactor.accountLabel(a.id) ?? accountName(a));
    const more = group.members.length - examples.length;
    w.runs(
      [
        { text: group.name, font: fonts.bold },
        {
          text: `  ${count(group.members.length)} of ${count(followees)} followees (${percent(group.members.length, followees)})`,
          color: colors.muted,
          size: sizes.small,
        },
      ],
      { gapAfter: 1 },
    );
    w.runs([{ text: examples.join(', ') + (more > 0 ? ` and ${count(more)} more` : '') }], {
      indent: 12,
      gapAfter: 5,
    });
  }
  if (described < followees)
    w.note(
      `${count(described)} of the ${counted(followees, 'followee')} have a bio or name in the imports; only those can match a keyword rule.`,
    );
}

/** Broadcast or conversation, in words, from what the imports hold of their posts. */
export function communicationInWords(focus: Pick<FocusAnalysis, 'counts' | 'mentions'>): string[] {
  const { posts, replies, reposts, quotes, likes } = focus.counts;
  const written = posts + replies + quotes;
  if (written + reposts === 0) {
    return [
      likes
        ? `No posts of theirs are imported, only ${counted(likes, 'like')}: too little to tell how they communicate.`
        : 'No posts of theirs are imported, so how they communicate cannot be told yet.',
    ];
  }
  const sentences: string[] = [];
  if (written > 0) {
    const share = replies / written;
    const ratio = `${percent(replies, written)} of what they write are replies (${count(replies)} of ${count(written)})`;
    if (share >= 0.5)
      sentences.push(
        `Mostly conversation: ${ratio}. Replying to one of their posts is a natural way to start.`,
      );
    else if (share >= 0.2) sentences.push(`A mix of broadcasting and conversation: ${ratio}.`);
    else
      sentences.push(
        `Mostly broadcast: ${ratio}. They speak more than they converse, so a warm introduction may work better than a cold reply.`,
      );
  }
  const amplify = reposts / (written + reposts);
  if (reposts > 0) {
    sentences.push(
      amplify >= 0.3
        ? `They amplify others a lot: ${percent(reposts, written + reposts)} of their posts are reposts.`
        : `They repost now and then (${counted(reposts, 'repost')}, ${percent(reposts, written + reposts)} of their posts).`,
    );
  }
  if (quotes > 0)
    sentences.push(`They quote others with a comment ${quotes === 1 ? 'once' : `${count(quotes)} times`}.`);
  const talkedTo = focus.mentions.slice(0, 3).map((m) => m.value);
  if (talkedTo.length) sentences.push(`They mention ${joinWords(talkedTo)} most.`);
  if (likes > 0)
    sentences.push(`${counted(likes, 'like')} of theirs ${likes === 1 ? 'is' : 'are'} imported as well.`);
  return sentences;
}
