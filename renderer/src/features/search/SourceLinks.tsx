import type { AccountBrief } from '../../../../common/dto';
import { profileUrl } from './cite';

/**
 * A link out to the web. In browser mode a new tab (rel=noopener: the page cannot reach back); in
 * the desktop app the shell hands target=_blank links to the user's browser.
 */
function OutLink({ href, children, label }: { href: string; children: string; label: string }) {
  return (
    <a
      className="source-link"
      href={href}
      target="_blank"
      rel="noopener noreferrer"
      title={href}
      aria-label={label}
    >
      {children}
    </a>
  );
}

/** "View post ↗" to the post on its network, or a plain note that the file gave no address. */
export function PostSourceLink({ url }: { url: string | null | undefined }) {
  if (!url)
    return (
      <span className="source-link-missing" title="The imported file does not say where this post is online">
        No link to the post
      </span>
    );
  const network = networkOf(url);
  return (
    <OutLink href={url} label={`View the post on ${network} (opens outside Inside Track)`}>
      {`View on ${network} ↗`}
    </OutLink>
  );
}

/** "Profile ↗" to the account's page on its network, when its handle makes an address. */
export function ProfileLink({ account }: { account: Pick<AccountBrief, 'network' | 'handle' | 'name'> }) {
  const url = profileUrl(account);
  if (!url) return null;
  return (
    <OutLink href={url} label={`Profile of @${account.handle ?? ''} on ${networkName(account.network)}`}>
      Profile ↗
    </OutLink>
  );
}

/** The network a post address is on, by its host. */
function networkOf(url: string): string {
  const host = new URL(url).hostname;
  return host === 'x.com' ? 'X' : host === 'bsky.app' ? 'Bluesky' : host;
}

function networkName(network: string): string {
  return network === 'x'
    ? 'X'
    : network === 'bluesky'
      ? 'Bluesky'
      : network === 'mastodon'
        ? 'Mastodon'
        : network;
}
