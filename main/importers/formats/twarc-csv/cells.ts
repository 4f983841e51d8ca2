import { parseJsonLossless } from '../../util/lossless-json';
import { asObject, type JsonObject } from '../../util/json-shape';

/** Columns twarc-csv writes as JSON lists (`entities.hashtags` = `["#tag"]` or `[{"tag": …}]`). */
const LIST_COLUMN = /(^|\.)(hashtags|mentions|urls|cashtags)$|^referenced_tweets$/;
/** Counts pandas may write as "3.0" when the column has gaps. */
const COUNT_COLUMN = /(^|\.)public_metrics\./;
/** Free-text columns, where twarc-csv escapes newlines as a literal "\n". */
const TEXT_COLUMN = /(^|\.)(text|description|location|name)$/;

/** Names that would reach Object.prototype if used as keys. */
const UNSAFE_KEYS = new Set(['__proto__', 'prototype', 'constructor']);

/** A cell holding one JSON-encoded string: `"After a long quest…"` (twarc2/small_sample.csv). */
function jsonStringIn(cell: string): string | undefined {
  if (cell.length < 2 || !cell.startsWith('"') || !cell.endsWith('"')) return undefined;
  try {
    const value: unknown = JSON.parse(cell);
    return typeof value === 'string' ? value : undefined;
  } catch {
    return undefined;
  }
}

/**
 * How one file encodes its text: early twarc-csv (and `--json-encode-text`) writes text cells as
 * JSON strings; the default since writes them raw with newlines turned into a literal "\n".
 * Decided from the first row's text, once per file.
 */
export function textIsJsonEncoded(firstText: string | undefined): boolean {
  return firstText !== undefined && jsonStringIn(firstText) !== undefined;
}

function cellValue(column: string, cell: string, jsonText: boolean): unknown {
  if (LIST_COLUMN.test(column) && cell.startsWith('[')) {
    try {
      return parseJsonLossless(cell);
    } catch {
      return undefined;
    }
  }
  if (COUNT_COLUMN.test(column)) {
    return /^\d{1,15}(\.0+)?$/.test(cell) ? Number(cell) : undefined;
  }
  if (jsonText) return jsonStringIn(cell) ?? cell;
  return TEXT_COLUMN.test(column) ? cell.replace(/\\n/g, '\n') : cell;
}

/**
 * A row as the nested object its dotted column names describe (`author.public_metrics.
 * followers_count` → `{author: {public_metrics: {followers_count: 453}}}`), empty cells left out.
 */
export function unflattenRow(row: Record<string, string>, jsonText: boolean): JsonObject {
  const object: JsonObject = {};
  for (const [column, cell] of Object.entries(row)) {
    if (cell === '') continue;
    const value = cellValue(column, cell, jsonText);
    if (value === undefined) continue;
    const path = column.split('.');
    if (path.some((part) => UNSAFE_KEYS.has(part))) continue;
    let target: JsonObject | undefined = object;
    for (const part of path.slice(0, -1)) {
      const next: unknown = target[part] ?? (target[part] = {});
      target = asObject(next);
      if (!target) break; // a column both a value and a prefix of others: keep the value
    }
    if (target) target[path.at(-1)!] ??= value;
  }
  return object;
}
