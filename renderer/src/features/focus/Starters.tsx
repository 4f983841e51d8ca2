import { useEffect, useMemo, useState } from 'react';
import type { AccountBrief, FocusDto, PostDto } from '../../../../common/dto';
import { useApiQuery } from '../../api/useApiQuery';
import { formatDay } from '../../components/format/date';
import { Icon } from '../../components/Icon';
import { citePost, setCiteData } from '../search/cite';
import { copyText } from './copyText';

type Starter = FocusDto['starters'][number];

/** Recent, distinctive posts and likes worth mentioning in a meeting, each with why and a copy button. */
export function Starters({
  starters,
  prospect,
}: {
  starters: FocusDto['starters'];
  prospect: AccountBrief | null;
}) {
  const [copied, setCopied] = useState<number | null>(null);
  const [failed, setFailed] = useState<number | null>(null);
  const ids = starters.map((s) => s.postId);

  // Liked posts are someone else's: fetch who wrote them, for the citation.
  const posts = useApiQuery('posts.get', { ids }, { dependsOn: ['records'], enabled: ids.length > 0 }).data;
  const authors = useMemo(
    () => new Map<number, PostDto['author']>((posts ?? []).map((p) => [p.id, p.author])),
    [posts],
  );

  useEffect(() => {
    if (copied === null) return;
    const timer = setTimeout(() => setCopied(null), 1600);
    return () => clearTimeout(timer);
  }, [copied]);

  const cite = (starter: Starter) =>
    citePost({
      text: starter.text,
      author: authors.get(starter.postId) ?? (starter.source === 'post' ? prospect : null),
      createdAt: starter.createdAt,
    });

  if (starters.length === 0)
    return (
      <p className="focus-list-empty" data-testid="focus-starters">
        Nothing recent and distinctive enough to suggest yet.
      </p>
    );

  return (
    <ol className="starters" data-testid="focus-starters">
      {starters.map((starter) => (
        <li
          key={`${starter.source}-${starter.postId}`}
          className="starter"
          data-testid="focus-starter"
          draggable
          onDragStart={(event) => setCiteData(event.dataTransfer, cite(starter))}
        >
          <div className="starter-meta">
            <span className={starter.source === 'like' ? 'badge starter-liked' : 'badge badge-accent'}>
              {starter.source === 'like' ? 'Liked' : 'Wrote'}
            </span>
            <span className="starter-date" title={starter.createdAt ?? undefined}>
              {formatDay(starter.createdAt)}
            </span>
            <span className="starter-reason" title={starter.reason}>
              {starter.reason}
            </span>
            <button
              type="button"
              className="icon-button starter-copy"
              aria-label={copied === starter.postId ? 'Copied' : 'Copy the text'}
              title={
                failed === starter.postId
                  ? 'The clipboard is not available'
                  : copied === starter.postId
                    ? 'Copied'
                    : 'Copy the text'
              }
              onClick={() => {
                setFailed(null);
                copyText(starter.text).then(
                  () => setCopied(starter.postId),
                  () => setFailed(starter.postId),
                );
              }}
            >
              {copied === starter.postId ? <Icon name="check" size={14} /> : <Icon name="copy" size={14} />}
            </button>
          </div>
          <p className="starter-text selectable">{starter.text}</p>
        </li>
      ))}
    </ol>
  );
}
