import { useEffect, useRef } from 'react';
import { useApiQuery } from '../../api/useApiQuery';
import { Alert } from '../../components/Alert';
import { formatCount } from '../../components/format/count';
import { formatDay } from '../../components/format/date';
import { Icon } from '../../components/Icon';
import { citePost, setCiteData } from '../search/cite';
import { kindLabel } from '../search/searchText';
import { PostSourceLink, ProfileLink } from '../search/SourceLinks';
import type { PostDto } from '../../../../common/dto';
import { postUrl } from '../../../../common/source-links';

const sourceOf = (post: PostDto) =>
  postUrl({ network: post.network, externalId: post.externalId, authorHandle: post.author?.handle ?? null });

export interface OpenPosts {
  /** Which item the posts are behind, to show it pressed. */
  key: string;
  title: string;
  /** How many posts the item counts; the server lists at most 50 of them. */
  count: number;
  postIds: number[];
}

/**
 * The posts behind a focus item, newest first, beside the lists. Not modal: posts can be dragged
 * from it into the notes.
 */
export function PostsDrawer({
  open,
  onClose,
  onOpenAccount,
}: {
  open: OpenPosts;
  onClose: () => void;
  onOpenAccount: (accountId: number) => void;
}) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  const ids = open.postIds.slice(0, 500);
  const { data: posts, error } = useApiQuery('posts.get', { ids }, { dependsOn: ['records'] });

  useEffect(() => headingRef.current?.focus({ preventScroll: true }), [open.key]);

  // Closing gives focus back to the item that opened the drawer.
  const opener = useRef(document.activeElement instanceof HTMLElement ? document.activeElement : null);
  useEffect(
    () => () => {
      const element = opener.current;
      if (element?.isConnected) requestAnimationFrame(() => element.focus({ preventScroll: true }));
    },
    [],
  );

  return (
    <aside
      className="posts-drawer"
      data-testid="posts-drawer"
      aria-label={`Posts: ${open.title}`}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.stopPropagation();
          onClose();
        }
      }}
    >
      <header className="posts-drawer-header">
        <h4 className="posts-drawer-title" ref={headingRef} tabIndex={-1}>
          {open.title}
        </h4>
        <button type="button" className="icon-button" aria-label="Close the posts" onClick={onClose}>
          <Icon name="close" size={14} />
        </button>
      </header>
      <p className="posts-drawer-hint">
        {formatCount(open.count)} {open.count === 1 ? 'post' : 'posts'}
        {open.count > open.postIds.length ? `, the latest ${formatCount(open.postIds.length)} shown` : ''} ·
        drag one into the notes to cite it
      </p>
      {error && <Alert message={error} />}
      {posts === null && !error ? (
        <p className="dossier-loading" aria-busy="true">
          <span className="spinner" /> Loading posts…
        </p>
      ) : (
        <ol className="posts-drawer-list">
          {posts?.map((post) => (
            <li
              key={post.id}
              className="drawer-post"
              draggable
              onDragStart={(event) =>
                setCiteData(event.dataTransfer, citePost({ ...post, url: sourceOf(post) }))
              }
            >
              <div className="drawer-post-meta">
                {post.author ? (
                  <button
                    type="button"
                    className="link-button drawer-post-author"
                    title={`Open ${post.author.handle ? `@${post.author.handle}` : (post.author.name ?? 'the author')}`}
                    onClick={() => onOpenAccount(post.author!.id)}
                  >
                    {post.author.name ?? (post.author.handle ? `@${post.author.handle}` : 'Unknown')}
                  </button>
                ) : (
                  <span className="drawer-post-author">Unknown author</span>
                )}
                {post.author?.handle && post.author.name && (
                  <span className="drawer-post-handle">@{post.author.handle}</span>
                )}
                <span className="drawer-post-date" title={post.createdAt ?? undefined}>
                  {formatDay(post.createdAt)}
                </span>
                {post.kind !== 'post' && <span className="badge">{kindLabel(post.kind)}</span>}
              </div>
              <p className="drawer-post-text selectable">{post.text}</p>
              <div className="drawer-post-links">
                <PostSourceLink url={sourceOf(post)} />
                {post.author && <ProfileLink account={post.author} />}
              </div>
            </li>
          ))}
        </ol>
      )}
    </aside>
  );
}
