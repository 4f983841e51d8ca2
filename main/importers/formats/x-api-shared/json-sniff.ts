import { jsonParser, type Token } from 'stream-json/core/parser.js';
import { decodeUtf8 } from '../../util/text';

/** What the first bytes of a JSON or JSON Lines file show, for detectors. */
export interface JsonSniff {
  /**
   * The first top-level value as far as the head holds it, pruned to a few levels and the first
   * few items of each list, so a detector can look at keys without reading the whole file.
   * Numbers are kept as their digits (strings).
   */
  first: unknown;
  /** The first value ended inside the head. */
  firstComplete: boolean;
  /** Another top-level value starts after the first: JSON Lines (or concatenated JSON). */
  moreValues: boolean;
}

const MAX_DEPTH = 5;
const MAX_ITEMS = 3;
const SLICE = 4096;

interface Frame {
  /** null when this container is pruned (too deep, or past MAX_ITEMS). */
  value: Record<string, unknown> | unknown[] | null;
  key: string | null;
}

/**
 * Parses the head of a file as far as it goes. Null when the head does not start like a JSON
 * object or array (after a BOM and whitespace), or is not JSON at the very first token.
 */
export function sniffJson(head: Buffer): JsonSniff | null {
  const text = decodeUtf8(head);
  if (!/^\s*[{[]/.test(text)) return null;
  const stack: Frame[] = [];
  let first: unknown;
  let started = false;
  let firstComplete = false;
  let moreValues = false;

  const place = (value: unknown): boolean => {
    const top = stack.at(-1);
    if (!top) {
      if (started) return false;
      first = value;
      started = true;
      return true;
    }
    if (top.value === null) return false;
    if (Array.isArray(top.value)) {
      if (top.value.length >= MAX_ITEMS) return false;
      top.value.push(value);
      return true;
    }
    if (top.key !== null) top.value[top.key] = value;
    return true;
  };
  const open = (container: Record<string, unknown> | unknown[]) => {
    if (stack.length === 0 && firstComplete) moreValues = true;
    const kept = stack.length < MAX_DEPTH && place(container);
    stack.push({ value: kept ? container : null, key: null });
  };
  const close = () => {
    stack.pop();
    if (stack.length === 0) firstComplete = true;
  };

  const consume = (token: Token) => {
    switch (token.name) {
      case 'startObject':
        open({});
        break;
      case 'startArray':
        open([]);
        break;
      case 'endObject':
      case 'endArray':
        close();
        break;
      case 'keyValue':
        if (stack.at(-1)) stack.at(-1)!.key = token.value;
        break;
      case 'stringValue':
      case 'numberValue':
      case 'nullValue':
      case 'trueValue':
      case 'falseValue':
        place(token.value);
        break;
      default:
        break;
    }
  };

  const tokenize = jsonParser({ packValues: true, streamValues: false, jsonStreaming: true });
  // Fed in slices, so a parse error loses at most one slice of what came before it.
  for (let at = 0; at < text.length && !moreValues; at += SLICE) {
    let tokens;
    try {
      tokens = tokenize(text.slice(at, at + SLICE));
    } catch {
      break; // The file turns out not to be JSON here: keep what was read.
    }
    if (typeof tokens === 'symbol') continue;
    for (const token of tokens.values) {
      consume(token);
      if (moreValues) break;
    }
  }
  return started ? { first, firstComplete, moreValues } : null;
}

/**
 * The head shows one JSON value still open and no line break: a single line longer than the
 * head, as JSON Lines tools write (twarc2's). A saved response written across lines (pretty
 * printed) breaks a line inside its first value; one that fits in the head is seen whole.
 */
export function isOneLongLine(sniff: JsonSniff, head: Buffer): boolean {
  return !sniff.firstComplete && !head.includes(0x0a);
}
