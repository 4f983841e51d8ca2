import { compact, foldText, hasPhrase } from './fold';
import { remembered } from './memo';

const LEGAL_FORMS = new Set(
  'inc incorporated llc ltd limited gmbh ag sa sl sas sarl srl spa bv nv plc corp corporation co company kg ohg ug pty lp llp oy ab as'.split(
    ' ',
  ),
);
/** Companies that name no employer: their absence from a bio contradicts nothing. */
const NO_EMPLOYER = new Set(
  'self employed selfemployed freelance freelancer independent retired student none na n a confidential stealth unemployed autonomo autonoma selbststandig'.split(
    ' ',
  ),
);
/** Words too common to stand for a company on their own. */
const GENERIC_WORDS = new Set(
  'the global international group solutions consulting services systems technologies technology partners digital labs capital ventures holdings media network networks software university college school bank health healthcare'.split(
    ' ',
  ),
);

/** A company as bios write it: folded, without its legal form ("Acme Logistics, S.L." → "acme logistics"). */
export function companyPhrase(company: string | null | undefined): string | undefined {
  if (!company) return undefined;
  const words = foldText(company)
    .split(' ')
    .filter((w) => w && !LEGAL_FORMS.has(w));
  const phrase = words.join(' ');
  if (phrase.replace(/ /g, '').length < 2 || NO_EMPLOYER.has(phrase) || NO_EMPLOYER.has(words[0] ?? '')) {
    return undefined;
  }
  return phrase;
}

/** How a text names the company, if it does: "Acme Logistics", or its first word, "@acmelogistics", "acmelogistics.com". */
export function mentionOf(text: string, phrase: string): 'full' | 'short' | undefined {
  const folded = foldText(text);
  if (hasPhrase(folded, phrase)) return 'full';
  const joined = phrase.replace(/ /g, '');
  if (joined.length >= 4 && folded.split(' ').includes(joined)) return 'full';
  const first = phrase.split(' ')[0]!;
  if (phrase.includes(' ') && first.length >= 4 && !GENERIC_WORDS.has(first) && hasPhrase(folded, first)) {
    return 'short';
  }
  return undefined;
}

const ROLE_WORDS = new Set(
  `ceo cto cfo coo cmo cpo cio ciso cro vp svp evp founder cofounder engineer engineering developer dev director
   manager head lead partner consultant designer analyst scientist president owner architect researcher professor
   intern product marketing sales editor writer reporter journalist advisor adviser investor chief officer recruiter
   specialist ops operations working work works employee staff associate principal counsel attorney lawyer teacher
   gerente directora ingeniero ingeniera fundador fundadora jefe jefa responsable trabajo trabajando geschaftsfuhrer
   grunder grunderin leiter leiterin entwickler entwicklerin berater beraterin ingenieur directeur directrice fondateur
   fondatrice chef developpeur consultante student estudiante etudiant etudiante trainer coach player footballer
   athlete actor actress photographer musician artist poet nurse doctor physician pastor priest pfarrer abogado
   abogada periodista arquitecto arquitecta profesor profesora maestro maestra enfermera enfermero medico
   journaliste avocat avocate professeur musiker kunstler lehrer lehrerin arzt arztin anwalt anwaltin`.split(
    /\s+/,
  ),
);
const PAST_WORDS = new Set(
  'ex former formerly previously prev past alum alumni alumnus alumna antes anteriormente ehemals ehemaliger ehemalige ancien ancienne'.split(
    ' ',
  ),
);

const NAMED_AFTER_CONNECTOR =
  /(?:\b(?:at|bei|chez|en|for|with|of)\s+@?|@\s?)([\p{Lu}\p{N}][\p{L}\p{N}&'’-]*(?:\.[\p{L}\p{N}]+)*(?:\s+(?:&\s+)?[\p{Lu}][\p{L}\p{N}&'’-]*(?:\.[\p{L}\p{N}]+)*){0,3}|(?<=@\s?)[\p{Ll}\p{N}_]{2,30})/gu;

/**
 * Organisations a bio says its author works for now: "CTO at Globex", "Engineer @stripe",
 * "Directora en Iberia". Past jobs ("ex-Globex", "formerly at Initech") are left out.
 */
export function employersNamed(bio: string | null | undefined): string[] {
  return bio ? employersRemembered(bio) : [];
}

const employersRemembered = remembered((bio: string): string[] => {
  const found: string[] = [];
  for (const match of bio.matchAll(NAMED_AFTER_CONNECTOR)) {
    const lead = bio.slice(Math.max(0, match.index - 40), match.index);
    const before = foldText(lead).split(' ').slice(-3);
    if (!before.some((w) => ROLE_WORDS.has(w))) continue;
    if (before.some((w) => PAST_WORDS.has(w)) || /\bex-?\s*$/i.test(lead)) continue;
    const name = match[1]!.replace(/[.'’-]+$/, '');
    const firstWord = foldText(name).split(' ')[0] ?? '';
    if (compact(name).length >= 2 && !ROLE_WORDS.has(firstWord)) found.push(name);
  }
  return found;
});

/** Whether an organisation a bio names is the contact's company ("Acme" for "Acme Logistics"). */
export function isSameOrganisation(named: string, phrase: string): boolean {
  const a = compact(named);
  const b = phrase.replace(/ /g, '');
  const namedPhrase = companyPhrase(named) ?? foldText(named);
  return (
    a === b ||
    a.startsWith(b) ||
    b.startsWith(a) ||
    hasPhrase(namedPhrase, phrase) ||
    hasPhrase(phrase, namedPhrase)
  );
}
