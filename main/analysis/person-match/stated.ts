import { foldText, nameSpelling } from './fold';
import { remembered } from './memo';

/** Identifiers a profile or a contact states in its text: profile URLs, e-mails, sites, handles. */

const LINKEDIN_PROFILE = /linkedin\.com\/in\/([^\s/?#"'<>),]+)/gi;
const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;
const SITE =
  /(?:https?:\/\/)?(?:www\.)?((?:[a-z0-9-]+\.)+(?:com|org|net|io|co|dev|app|ai|es|de|fr|uk|eu|me|info|biz|us|ca|mx|ar|cl|it|nl|ch|at|be|pt|br|tech|xyz|so|sh|ie|se|no|dk|fi|pl|cz|au|nz|in))\b/gi;
const HANDLE = /(?:^|[^\w@./])@([A-Za-z0-9_]{2,30}(?:\.[A-Za-z0-9-]+)*)/g;

/** Mail providers anyone can use: the same domain there says nothing about an employer. */
const SHARED_MAIL_DOMAINS =
  /^(?:gmail|googlemail|yahoo|ymail|hotmail|outlook|live|msn|icloud|me|mac|aol|gmx|web|proton|protonmail|pm|yandex|mail|qq|163|126|t-online|orange|free|laposte|wanadoo|example|libero|terra|uol|bol|hey|fastmail|zoho)\./;

function decode(slug: string): string {
  try {
    return decodeURIComponent(slug).toLowerCase();
  } catch {
    return slug.toLowerCase();
  }
}

/** LinkedIn profile names ("jose-alvarez-4b2a1") in a text or URL. */
export function linkedInProfiles(text: string | null | undefined): string[] {
  return text ? profilesRemembered(text) : [];
}
const profilesRemembered = remembered((text: string) => [
  ...new Set([...text.matchAll(LINKEDIN_PROFILE)].map((m) => decode(m[1]!))),
]);

export function emailsIn(text: string | null | undefined): string[] {
  return text ? emailsRemembered(text) : [];
}
const emailsRemembered = remembered((text: string) => [
  ...new Set([...text.matchAll(EMAIL)].map((m) => m[0].toLowerCase())),
]);

/** Sites named in a text or URL, without `www.`: "acme-logistics.com". Not e-mail domains. */
export function sitesIn(text: string | null | undefined): string[] {
  return text ? sitesRemembered(text) : [];
}
const sitesRemembered = remembered((text: string) => [
  ...new Set([...text.replace(EMAIL, ' ').matchAll(SITE)].map((m) => m[1]!.toLowerCase())),
]);

/** @handles mentioned in a text, without the @. */
export function handlesIn(text: string | null | undefined): string[] {
  return text ? handlesRemembered(text) : [];
}
const handlesRemembered = remembered((text: string) => [
  ...new Set([...text.matchAll(HANDLE)].map((m) => m[1]!.toLowerCase())),
]);

/** An e-mail's domain when it is an employer's or the person's own, not a shared mail provider's. */
export function ownMailDomain(email: string | null | undefined): string | undefined {
  const domain = email?.toLowerCase().split('@')[1];
  return domain && !SHARED_MAIL_DOMAINS.test(domain) ? domain : undefined;
}

/** "jose-alvarez-4b2a1" → "jose-alvarez": LinkedIn appends a code when the plain name is taken. */
export function profileNameBase(slug: string): string {
  return slug.replace(/-[0-9a-f]{5,}$/, '').replace(/-\d+$/, '');
}

/** A handle as letters only, as names compare: "@jose_alvarez87" → "josealvarez", "jose.bsky.social" → "jose". */
export function handleLetters(handle: string | null | undefined): string {
  if (!handle) return '';
  const user = handle.toLowerCase().replace(/^@/, '').split('@')[0]!;
  const label = user.includes('.') ? user.split('.')[0]! : user;
  return lettersOnly(label);
}

/** Letters only, spelled as names compare: "liz.park" → "lizpark", "t.mueller" → "tmuller". */
export function lettersOnly(text: string): string {
  return nameSpelling(foldText(text).replace(/[^a-z]/g, ''));
}

/** The site a Bluesky handle on its own domain names: "josealvarez.com"; none for *.bsky.social. */
export function handleDomain(handle: string | null | undefined): string | undefined {
  const h = handle?.toLowerCase();
  return h && h.includes('.') && !h.endsWith('.bsky.social') && !h.includes('@') ? h : undefined;
}
