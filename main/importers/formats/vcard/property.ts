import type { ContentLine } from './content-lines';

/** One vCard property: `item1.URL;TYPE=pref:http\://x` → group item1, name URL, params, raw value. */
export interface VcardProperty {
  line: number;
  /** Apple's `itemN.` grouping, lower-cased; ties a value to its X-ABLabel. */
  group?: string;
  /** Upper-cased property name. */
  name: string;
  /** Upper-cased parameter names to their values; 2.1's bare `TEL;HOME;VOICE` go under TYPE. */
  params: Map<string, string[]>;
  /** The value as written: still escaped and, in 2.1, maybe quoted-printable. */
  raw: string;
}

/** Splits on `separator` outside double quotes. */
function splitOutsideQuotes(text: string, separator: string): string[] {
  const parts: string[] = [];
  let current = '';
  let quoted = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    if (char === separator && !quoted) {
      parts.push(current);
      current = '';
    } else current += char;
  }
  parts.push(current);
  return parts;
}

const KNOWN_21_ENCODINGS = new Set(['QUOTED-PRINTABLE', 'BASE64', '8BIT', '7BIT', 'B']);

/** Parses a content line; undefined when it has no ':' (not a property). */
export function parseProperty({ line, text }: ContentLine): VcardProperty | undefined {
  let quoted = false;
  let colon = -1;
  for (let i = 0; i < text.length; i += 1) {
    if (text[i] === '"') quoted = !quoted;
    else if (text[i] === ':' && !quoted) {
      colon = i;
      break;
    }
  }
  if (colon === -1) return undefined;
  const [namepart = '', ...paramParts] = splitOutsideQuotes(text.slice(0, colon), ';');
  const dot = namepart.lastIndexOf('.');
  const name = namepart
    .slice(dot + 1)
    .trim()
    .toUpperCase();
  if (!name) return undefined;
  const params = new Map<string, string[]>();
  const add = (key: string, value: string) => params.set(key, [...(params.get(key) ?? []), value]);
  for (const part of paramParts) {
    const eq = part.indexOf('=');
    if (eq === -1) {
      // vCard 2.1 writes parameter values alone: TEL;HOME;VOICE, EMAIL;PREF, PHOTO;BASE64
      const value = part.trim();
      if (!value) continue;
      if (KNOWN_21_ENCODINGS.has(value.toUpperCase())) add('ENCODING', value.toUpperCase());
      else add('TYPE', value.toLowerCase());
      continue;
    }
    const key = part.slice(0, eq).trim().toUpperCase();
    for (const value of splitOutsideQuotes(part.slice(eq + 1), ',')) {
      const unquoted = value.trim().replace(/^"(.*)"$/, '$1');
      // vCard 4.0 quotes type lists: TYPE="voice,home" is two types.
      if (key === 'TYPE') for (const type of unquoted.split(',')) add(key, type.trim().toLowerCase());
      else add(key, unquoted);
    }
  }
  const group = dot === -1 ? undefined : namepart.slice(0, dot).trim().toLowerCase() || undefined;
  return { line, group, name, params, raw: text.slice(colon + 1) };
}

/** The first value of a parameter, if any. */
export function param(property: VcardProperty, key: string): string | undefined {
  return property.params.get(key)?.[0];
}

/** Whether TYPE holds `type` (case-insensitive), e.g. "pref". */
export function hasType(property: VcardProperty, type: string): boolean {
  return (property.params.get('TYPE') ?? []).includes(type);
}

function decodeQuotedPrintable(text: string, charset: string | undefined): string {
  const bytes: number[] = [];
  for (let i = 0; i < text.length; i += 1) {
    const hex = text[i] === '=' ? text.slice(i + 1, i + 3) : '';
    if (/^[0-9A-Fa-f]{2}$/.test(hex)) {
      bytes.push(parseInt(hex, 16));
      i += 2;
      continue;
    }
    // Characters that were never encoded are taken as UTF-8 (the file was decoded as UTF-8).
    for (const byte of Buffer.from(text[i]!, 'utf8')) bytes.push(byte);
  }
  const data = Uint8Array.from(bytes);
  try {
    return new TextDecoder(charset?.trim() || 'utf-8', { fatal: false }).decode(data);
  } catch {
    // A CHARSET that TextDecoder does not know: UTF-8 is the likeliest truth.
    return new TextDecoder('utf-8', { fatal: false }).decode(data);
  }
}

/**
 * Undoes backslash escapes. vCard 3.0/4.0 escape `\n \, \; \\`; some writers also escape ':'
 * (`http\://` in ezvcard-John_Doe_GMAIL.vcf). vCard 2.1 has no `\n` escape, only `\;`.
 */
function unescapeText(text: string, version: string): string {
  if (version === '2.1') return text.replace(/\\([;,:\\])/g, '$1');
  return text.replace(/\\(.)/g, (_, char: string) => (char === 'n' || char === 'N' ? '\n' : char));
}

/** Splits a structured value (N, ORG, ADR) on ';' that are not escaped. */
function splitComponents(raw: string): string[] {
  const parts: string[] = [];
  let current = '';
  for (let i = 0; i < raw.length; i += 1) {
    const char = raw[i]!;
    if (char === '\\' && i + 1 < raw.length) {
      current += char + raw[i + 1];
      i += 1;
    } else if (char === ';') {
      parts.push(current);
      current = '';
    } else current += char;
  }
  parts.push(current);
  return parts;
}

/**
 * The text of a property's value (its components for structured ones): quoted-printable decoded
 * with its CHARSET, escapes undone. Undefined for binary (BASE64) values.
 */
export function propertyText(property: VcardProperty, version: string): string[] | undefined {
  const encoding = param(property, 'ENCODING')?.toUpperCase();
  if (encoding === 'BASE64' || encoding === 'B') return undefined;
  const structured = ['N', 'ORG', 'ADR'].includes(property.name);
  const parts = structured ? splitComponents(property.raw) : [property.raw];
  return parts.map((part) => {
    const decoded =
      encoding === 'QUOTED-PRINTABLE' ? decodeQuotedPrintable(part, param(property, 'CHARSET')) : part;
    return unescapeText(decoded, version);
  });
}
