import { cleanText } from './person';

/**
 * A place as contact exports state it in parts (a vCard ADR's locality, region and country, Google's
 * City / Region / Country columns), written "City, Region, Country": a part that repeats the one
 * before it ("New York, New York") is left out, as is anything that is a link rather than a place.
 */
export function placeOf(parts: readonly (string | undefined)[]): string | undefined {
  const kept: string[] = [];
  for (const part of parts) {
    const text = cleanLocation(part);
    if (text && text.toLowerCase() !== kept.at(-1)?.toLowerCase()) kept.push(text);
  }
  return kept.length ? kept.join(', ') : undefined;
}

/** A location field's text, or undefined when empty or a link (X profiles hold "https://discord.gg/…"). */
export function cleanLocation(value: string | undefined): string | undefined {
  const text = cleanText(value);
  return text && !/(^|\s)(https?:\/\/|www\.)\S/i.test(text) ? text : undefined;
}
