/**
 * Careful narrowing of untrusted JSON, shared by every reader: each accessor returns undefined
 * (or an empty list) for a missing or wrongly typed field instead of throwing, so one odd field
 * never sinks a record.
 */
import { idString } from './lossless-json';

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

/** A non-empty string field (blank strings count as absent: the API and archives write "" for unset). */
export function textAt(value: unknown, key: string): string | undefined {
  const text = asObject(value)?.[key];
  return typeof text === 'string' && text.trim() !== '' ? text : undefined;
}

/** A string field even when empty (a post's text may legitimately be ""). */
export function stringAt(value: unknown, key: string): string | undefined {
  const text = asObject(value)?.[key];
  return typeof text === 'string' ? text : undefined;
}

/** A numeric id, whether the file wrote it as a string or (snscrape) a bare number. */
export function idAt(value: unknown, key: string): string | undefined {
  const id = idString(asObject(value)?.[key]);
  return id !== undefined && /^\d{1,20}$/.test(id) ? id : undefined;
}

/** A whole, non-negative count, written as 12 (API, Grailbird) or "12" (archive YTD files). */
export function countAt(value: unknown, key: string): number | undefined {
  const raw = asObject(value)?.[key];
  if (typeof raw === 'number') return Number.isSafeInteger(raw) && raw >= 0 ? raw : undefined;
  const text = typeof raw === 'string' ? raw.trim() : '';
  return /^\d{1,15}$/.test(text) ? Number(text) : undefined;
}

/** The object without its undefined fields, so a record never carries "field: undefined" to the writer. */
export function withoutUndefined<T extends object>(value: T): T {
  const out: Record<string, unknown> = {};
  for (const key in value) if (value[key] !== undefined) out[key] = value[key];
  return out as T;
}
