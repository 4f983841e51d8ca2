import { foldText } from './fold';

/** Countries as profiles write them, folded: a lone country is a region, not a city. */
const COUNTRIES = new Set(
  `usa us united states america uk united kingdom england scotland ireland canada mexico brazil brasil argentina
   chile colombia peru spain espana germany deutschland france italy italia portugal netherlands belgium
   switzerland schweiz suisse austria osterreich sweden norway denmark finland poland india china japan australia
   new zealand singapore israel turkey greece europe latam`
    .split(/\s+/)
    .concat(['united states', 'united kingdom', 'new zealand']),
);

function partsOf(place: string): string[] {
  return place
    .split(/[,/|·]/)
    .map((part) => foldText(part))
    .filter(Boolean);
}

/**
 * How two stated locations agree: the same city, only the same country or region, clearly
 * different places, or nothing to tell (a missing side).
 */
export function comparePlaces(
  a: string | null | undefined,
  b: string | null | undefined,
): 'city' | 'region' | 'other' | undefined {
  if (!a || !b) return undefined;
  const pa = partsOf(a);
  const pb = partsOf(b);
  if (pa.length === 0 || pb.length === 0) return undefined;
  const aCountryOnly = pa.length === 1 && COUNTRIES.has(pa[0]!);
  const bCountryOnly = pb.length === 1 && COUNTRIES.has(pb[0]!);
  if (!aCountryOnly && !bCountryOnly && pa[0] === pb[0]) return 'city';
  if (pa.some((part) => pb.includes(part))) return 'region';
  // "Madrid" and "Spain" may well agree: only two cities, or two countries, can differ.
  const countryOf = (parts: string[]) => parts.find((part) => COUNTRIES.has(part));
  if (aCountryOnly !== bCountryOnly && countryOf(aCountryOnly ? pb : pa) === undefined) return undefined;
  return 'other';
}
