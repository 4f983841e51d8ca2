import { foldText, hasPhrase } from './fold';

const TITLE_SHORT_FORMS: [RegExp, string][] = [
  [/\bchief executive officer\b/g, 'ceo'],
  [/\bchief technology officer\b/g, 'cto'],
  [/\bchief financial officer\b/g, 'cfo'],
  [/\bchief operating officer\b/g, 'coo'],
  [/\bchief marketing officer\b/g, 'cmo'],
  [/\bchief product officer\b/g, 'cpo'],
  [/\bvice president\b/g, 'vp'],
  [/\bco founder\b/g, 'cofounder'],
];

/** Folded, with long titles in their usual short form: "Chief Executive Officer" → "ceo". */
function foldTitle(text: string): string {
  let folded = foldText(text);
  for (const [long, short] of TITLE_SHORT_FORMS) folded = folded.replace(long, short);
  return folded;
}

/** The titles a LinkedIn position holds, without the company: "CEO at Acme | Speaker" → ["ceo", "speaker"]. */
function titlesOf(position: string): string[] {
  return position
    .split(/[|,;·•/]|\s[-–—]\s/)
    .map((part) => foldTitle(part.split(/\s(?:at|@|en|bei|chez)\s|@/i)[0]!))
    .filter((title) => title.length >= 2 && title !== 'and');
}

/** The first title of the contact's position that the bio also states, as the position writes it. */
export function positionInBio(
  position: string | null | undefined,
  bio: string | null | undefined,
): string | undefined {
  if (!position || !bio) return undefined;
  const foldedBio = foldTitle(bio);
  return titlesOf(position).find((title) => hasPhrase(foldedBio, title));
}
