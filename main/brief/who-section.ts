import type { ReferralPathDto } from '../../common/dto';
import type { BriefContext } from './context';
import { fonts } from './fonts';
import { accountName, count, day, profileUrl, splitLinks } from './format';
import { drawGraph, graphHeight } from './graph-drawing';
import { colors, sizes, type BriefWriter } from './layout';
import { writeOrganisationPeople } from './organisation-people';

const networkNames = { x: 'X (Twitter)', bluesky: 'Bluesky', mastodon: 'Mastodon' } as const;

/** Who: the profile, the inside track (referral paths), your people at their organisation and the follow graph. */
export function writeWho(w: BriefWriter, ctx: BriefContext): void {
  const p = ctx.prospect;
  w.subheading('Profile');
  w.runs([
    { text: p.name ?? accountName(p), font: fonts.bold, size: 13 },
    ...(p.name && p.handle ? [{ text: `  @${p.handle}`, color: colors.muted, size: 11 }] : []),
  ]);
  if (p.bio) w.runs(splitLinks(p.bio).map((part) => ({ ...part, font: fonts.italic })));
  const stated = (n: number | null) => (n === null ? '' : count(n));
  w.facts([
    { label: 'Network', value: networkNames[p.network] ?? p.network, link: profileUrl(p.network, p.handle) },
    { label: 'Location', value: p.location ?? '' },
    { label: 'Website', value: p.url ?? '', link: p.url },
    { label: 'Followers', value: stated(p.followersCount) },
    { label: 'Following', value: stated(p.followingCount) },
    { label: 'Posts', value: stated(p.postsCount) },
    { label: 'On the network since', value: day(p.createdAt) },
    { label: 'Profile as of', value: day(p.profileSeenAt) },
    {
      label: 'Your relationship',
      value: p.personName
        ? `${p.personName}, ${p.relationship === 'me' ? 'that is you' : `your ${p.relationship}`}`
        : '',
    },
    { label: 'Prospect since', value: day(p.prospectSince) },
  ]);
  if (!p.bio && p.followersCount === null && !p.location) {
    w.note(
      'The imports hold no bio, location or counts for this account: import a file that includes its full profile (an archive, or an API or twarc2 export of it).',
    );
  }

  const graph = ctx.graph();
  w.subheading('Inside track', { keepWith: 60 });
  if (graph.paths.length === 0) {
    w.paragraph(graph.diagnosis ?? 'No referral path was found in the imported data.');
  } else {
    w.paragraph(
      `The ${graph.paths.length === 1 ? 'best way' : `${graph.paths.length} best ways`} in, strongest first. A path’s strength is the product of its ties.`,
      { color: colors.muted, size: sizes.small },
    );
    graph.paths.forEach((path, index) => writePath(w, path, index));
  }
  writeOrganisationPeople(w, ctx);

  w.subheading('Follow graph', { keepWith: graph.nodes.length > 1 ? graphHeight(graph) : 20 });
  if (graph.nodes.length <= 1) {
    w.paragraph(
      `No follow edges of ${accountName(p)} are imported, so there is no neighbourhood to draw yet.`,
    );
  } else {
    drawGraph(w, graph);
  }
}

function writePath(w: BriefWriter, path: ReferralPathDto, index: number): void {
  const chain = [path.start.account, ...path.hops.map((h) => h.to)].map(
    (a) => w.redactor.accountLabel(a.id) ?? accountName(a),
  );
  const via = w.redactor.personLabel(path.start.personId) ?? path.start.personName;
  w.ensureSpace(50);
  w.runs(
    [
      { text: `${index + 1}. `, font: fonts.bold },
      {
        text:
          path.start.relationship === 'me'
            ? 'Through your own account'
            : `Through ${via}, your ${path.start.relationship}`,
        font: fonts.bold,
      },
      { text: `   strength ${Math.round(path.score * 100)}%`, color: colors.muted, size: sizes.small },
    ],
    { gapAfter: 1 },
  );
  w.runs([{ text: chain.join('  →  '), color: colors.accent, size: sizes.small }], {
    indent: 14,
    gapAfter: 1,
  });
  w.runs([{ text: path.explanation }], { indent: 14, gapAfter: 6 });
}
