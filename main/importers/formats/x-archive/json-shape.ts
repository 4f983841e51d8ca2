/**
 * Careful narrowing of untrusted archive JSON: every accessor returns undefined (or an empty
 * list) for a missing or wrongly typed field instead of throwing, so one odd field never sinks
 * a record. Numbers arrive as strings from the streaming parser.
 */
export type JsonObject = Record<string, unknown>;

export function asObject(value: unknown): JsonObject | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as JsonObject)
    : undefined;
}

export function objectAt(value: unknown, key: string): JsonObject | undefined {
  return asObject(asObject(value)?.[key]);
}

export function listAt(value: unknown, key: string): unknown[] {
  const list = asObject(value)?.[key];
  return Array.isArray(list) ? list : [];
}

/** A non-empty string field (blank strings count as absent: archives write "" for unknown). */
export function textAt(value: unknown, key: string): string | undefined {
  const text = asObject(value)?.[key];
  return typeof text === 'string' && text.trim() !== '' ? text : undefined;
}

/** A count written as "12" (YTD) or 12 (Grailbird); undefined unless a whole number. */
export function countAt(value: unknown, key: string): number | undefined {
  const raw = asObject(value)?.[key];
  const text = typeof raw === 'number' ? String(raw) : typeof raw === 'string' ? raw.trim() : '';
  if (!/^\d{1,15}$/.test(text)) return undefined;
  return Number(text);
}
