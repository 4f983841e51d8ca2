import { parse, isLosslessNumber, type LosslessNumber } from 'lossless-json';

/**
 * JSON.parse that keeps every integer outside the safe range as its exact digits (a string), so a
 * snscrape id like 1600798230893686784 survives byte for byte. Safe integers and decimals stay numbers.
 */
export function parseJsonLossless(text: string): unknown {
  return parse(text, null, (digits: string) => {
    const n = Number(digits);
    return Number.isSafeInteger(n) || !/^-?\d+$/.test(digits) ? n : digits;
  });
}

export type { LosslessNumber };
export { isLosslessNumber };

/** An id that may arrive as a number or a string, as a string; undefined when absent. */
export function idString(value: unknown): string | undefined {
  if (typeof value === 'string' && value.trim() !== '') return value.trim();
  if (typeof value === 'number' && Number.isSafeInteger(value)) return String(value);
  if (typeof value === 'bigint') return value.toString();
  return undefined;
}
