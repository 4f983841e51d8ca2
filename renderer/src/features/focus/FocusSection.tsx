import { useCallback, useState } from 'react';
import type { FocusDto, RankedItemDto } from '../../../../common/dto';
import { Alert } from '../../components/Alert';
import { EmptyState } from '../../components/EmptyState';
import { formatCount } from '../../components/format/count';
import { citePost } from '../search/cite';
import { ActivityChart } from './ActivityChart';
import { accountLabel, focusState, localTimeZone, peakText } from './focusText';
import { Heatmap } from './Heatmap';
import { PostsDrawer, type OpenPosts } from './PostsDrawer';
import { RankedList } from './RankedList';
import { Starters } from './Starters';
import { TimeZonePicker } from './TimeZonePicker';
import { useAccountBrief } from './useAccountBrief';
import { useFocus } from './useFocus';
import './dossier.css';
import './focus.css';

const zoneKey = 'insideTrack.focusTimeZone';

function savedZone(): string {
  try {
    return localStorage.getItem(zoneKey) || localTimeZone();
  } catch {
    return localTimeZone();
  }
}

const countLabels: { key: keyof FocusDto['counts']; label: string; hint: string }[] = [
  { key: 'posts', label: 'Posts', hint: 'What they write' },
  { key: 'replies', label: 'Replies', hint: 'Who they talk to' },
  { key: 'reposts', label: 'Reposts', hint: 'What they amplify' },
  { key: 'quotes', label: 'Quotes', hint: 'What they comment on' },
  { key: 'likes', label: 'Likes', hint: 'Private interests' },
];

/** What a prospect pays attention to: their posts, reposts and likes, kept apart. */
export function FocusSection({
  accountId,
  onOpenAccount,
}: {
  accountId: number;
  onOpenAccount(accountId: number): void;
}) {
  const [timeZone, setTimeZone] = useState(savedZone);
  const { focus, loading, error } = useFocus(accountId, timeZone);
  const prospect = useAccountBrief(accountId);
  const [open, setOpen] = useState<OpenPosts | null>(null);
  const who = accountLabel(prospect);

  const changeZone = useCallback((zone: string) => {
    setTimeZone(zone);
    try {
      localStorage.setItem(zoneKey, zone);
    } catch {
      // Private windows may refuse storage; the choice then lasts for this visit.
    }
  }, []);

  const openItem = (list: string) => (item: RankedItemDto) => {
    const key = `${list}\n${item.value}`;
    setOpen((current) =>
      current?.key === key
        ? null
        : {
            key,
            title: `${item.value} · ${list}`,
            count: item.count,
            postIds: item.postIds,
          },
    );
  };

  const citeItem = (item: RankedItemDto) =>
    citePost({
      text: `${item.value} (${formatCount(item.count)} ${item.count === 1 ? 'post' : 'posts'})`,
      author: prospect,
    });

  const list = (title: string, items: RankedItemDto[], empty: string, testId?: string, hint?: string) => (
    <RankedList
      title={title}
      hint={hint}
      items={items}
      empty={empty}
      testId={testId}
      selected={open?.key ?? null}
      citeItem={citeItem}
      onOpen={openItem(title)}
    />
  );

  const state = focus ? focusState(focus.counts) : null;
  const written = focus ? focus.counts.posts + focus.counts.replies + focus.counts.quotes : 0;

  return (
    <section
      className="dossier-section focus-section"
      data-testid="focus-section"
      aria-labelledby={`focus-${accountId}`}
    >
      <header className="dossier-header">
        <div>
          <h2 className="dossier-heading" id={`focus-${accountId}`}>
            Focus
          </h2>
          <p className="dossier-lede">What {who} writes, amplifies and likes</p>
        </div>
        {loading && focus && <span className="spinner" aria-label="Updating" />}
      </header>
      {error && <Alert message={error} />}
      {!focus && !error && (
        <p className="dossier-loading" aria-busy="true">
          <span className="spinner" /> Reading {who}’s posts and likes…
        </p>
      )}
      {focus && state === 'empty' && (
        <EmptyState icon="note" title={`No posts by ${who} are imported`} testId="focus-empty" compact>
          <p>
            Import their tweets (an API export or twarc2 file, or their own archive) and their likes to see
            what they focus on and when they are active.
          </p>
        </EmptyState>
      )}
      {focus && state !== 'empty' && (
        <div className={open ? 'focus-layout has-drawer' : 'focus-layout'}>
          <div className="focus-main">
            <ul className="focus-counts" aria-label="What is imported">
              {countLabels.map(({ key, label, hint }) => (
                <li
                  key={key}
                  className={focus.counts[key] === 0 ? 'focus-count is-zero' : 'focus-count'}
                  data-testid={`focus-count-${key}`}
                >
                  <span className="focus-count-value tabular">{formatCount(focus.counts[key])}</span>
                  <span className="focus-count-label">{label}</span>
                  <span className="focus-count-hint">{hint}</span>
                </li>
              ))}
            </ul>
            {state === 'likes-only' && (
              <p className="dossier-note">
                Only {who}’s likes are imported: import their tweets to see what they write and when.
              </p>
            )}
            {state === 'sparse' && (
              <p className="dossier-note">
                Only {formatCount(written + focus.counts.reposts)} posts by {who} are imported, so the picture
                is thin: import more of their tweets for a fuller one.
              </p>
            )}

            <div className="dossier-block">
              <h3 className="dossier-subheading">Topics and people</h3>
              <div className="focus-columns">
                {list('Hashtags', focus.hashtags, 'No hashtags in their posts.', 'focus-hashtags')}
                {list('Mentioned accounts', focus.mentions, 'They mention no one.', 'focus-mentions')}
                {list('Linked domains', focus.domains, 'No links in their posts.', 'focus-domains')}
              </div>
            </div>

            <div className="dossier-block" data-testid="focus-terms">
              <h3 className="dossier-subheading">
                Distinctive terms and phrases
                <span className="dossier-subheading-hint">
                  used more by {who} than by the rest of the workspace
                </span>
              </h3>
              <div className="focus-columns">
                {list(
                  'What they write',
                  focus.terms,
                  'No posts of their own imported.',
                  undefined,
                  'posts, replies, quotes',
                )}
                {list(
                  'What they amplify',
                  focus.amplifiedTerms,
                  'No reposts imported.',
                  undefined,
                  'reposts',
                )}
                {list(
                  'What they like',
                  focus.likedTerms,
                  'No likes imported.',
                  undefined,
                  'private interests',
                )}
              </div>
            </div>

            <div className="dossier-block">
              <h3 className="dossier-subheading">Activity by month</h3>
              <ActivityChart byMonth={focus.byMonth} />
            </div>

            <div className="dossier-block">
              <div className="focus-timing-head">
                <h3 className="dossier-subheading">When they are active</h3>
                <TimeZonePicker value={timeZone} onChange={changeZone} />
              </div>
              <p className="focus-peak" data-testid="focus-peak">
                {peakText(focus.peak, focus.timeZone)}
              </p>
              <Heatmap heatmap={focus.heatmap} busy={loading} />
            </div>

            <div className="dossier-block">
              <h3 className="dossier-subheading">
                Conversation starters
                <span className="dossier-subheading-hint">
                  recent and distinctive; drag one into the notes
                </span>
              </h3>
              <Starters starters={focus.starters} prospect={prospect} />
            </div>
          </div>
          {open && <PostsDrawer open={open} onClose={() => setOpen(null)} onOpenAccount={onOpenAccount} />}
        </div>
      )}
    </section>
  );
}
