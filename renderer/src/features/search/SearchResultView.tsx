import type { SearchHit } from '../../../../common/dto';
import { formatDay } from '../../components/format/date';
import { prospectInitials } from '../workspace/prospectNames';
import { citePost, setCiteData } from './cite';
import { snippetText } from './snippet';
import { Snippet } from './Snippet';
import { PostSourceLink, ProfileLink } from './SourceLinks';
import { kindLabel } from './searchText';

/** How a hit is cited: a post as a quote; a person as a link with their bio. */
export function citeHit(hit: SearchHit): string {
  const text = snippetText(hit.snippet).trim();
  if (hit.scope === 'accounts')
    return citePost({ text: text || (hit.author?.name ?? ''), author: hit.author });
  return citePost({ text, author: hit.author, createdAt: hit.createdAt, url: hit.sourceUrl });
}

export function authorTitle(author: SearchHit['author']): string {
  if (!author) return 'Unknown author';
  return author.name?.trim() || (author.handle ? `@${author.handle}` : `Account ${author.id}`);
}

/** One result: who, when, the snippet with its matches marked, and what can be done with it. */
export function SearchResultView({
  hit,
  prospect,
  pending,
  canCite,
  onOpen,
  onMarkProspect,
  onCite,
}: {
  hit: SearchHit;
  prospect: boolean;
  pending: boolean;
  canCite: boolean;
  onOpen: (accountId: number) => void;
  onMarkProspect: (accountId: number) => void;
  onCite: (markdown: string) => void;
}) {
  const author = hit.author;
  const kind = kindLabel(hit.kind);
  return (
    <li
      className="search-result"
      data-testid="search-result"
      draggable
      onDragStart={(event) => setCiteData(event.dataTransfer, citeHit(hit))}
    >
      <span className="prospect-avatar search-avatar" aria-hidden="true">
        {author ? prospectInitials(author) : '?'}
      </span>
      <div className="search-result-body">
        <div className="search-result-meta">
          <span className="search-result-author" title={authorTitle(author)}>
            {authorTitle(author)}
          </span>
          {author?.handle && author.name?.trim() && (
            <span className="search-result-handle">@{author.handle}</span>
          )}
          {hit.createdAt && (
            <span className="search-result-date" title={hit.createdAt}>
              {formatDay(hit.createdAt)}
            </span>
          )}
          {kind && kind !== 'Post' && <span className="badge">{kind}</span>}
        </div>
        <Snippet snippet={hit.snippet} className="search-snippet selectable" />
        {(author || hit.scope === 'posts') && (
          <div className="search-result-actions">
            {author && (
              <>
                <button
                  type="button"
                  className="link-button"
                  title={`Open ${authorTitle(author)}`}
                  onClick={() => onOpen(author.id)}
                >
                  Open
                </button>
                <button
                  type="button"
                  className="link-button"
                  disabled={prospect || pending}
                  aria-busy={pending || undefined}
                  onClick={() => onMarkProspect(author.id)}
                >
                  {prospect ? 'Prospect ✓' : 'Mark as prospect'}
                </button>
              </>
            )}
            {hit.scope === 'posts' && <PostSourceLink url={hit.sourceUrl} />}
            {author && hit.scope !== 'notes' && <ProfileLink account={author} />}
            {canCite && (
              <button
                type="button"
                className="link-button"
                title="Add this to the open note, as a quote"
                onClick={() => onCite(citeHit(hit))}
              >
                Cite in notes
              </button>
            )}
            <span className="search-result-drag" aria-hidden="true">
              or drag into the notes
            </span>
          </div>
        )}
      </div>
    </li>
  );
}
