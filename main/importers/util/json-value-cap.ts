import type { Token } from 'stream-json/core/parser.js';

/** Longest key, string or number a JSON file may hold; 16 MB, as long as a line may be. */
export const MAX_JSON_STRING_CHARS = 16 * 1024 * 1024;

/**
 * stream-json options under which keys, strings and numbers also arrive piece by piece, so their
 * length is known before the whole value is in memory; JsonValueCap drops the pieces again.
 */
export const MEASURED_PARSER_OPTIONS = { packValues: true, streamValues: true } as const;

export class JsonValueTooLongError extends Error {
  override readonly name = 'JsonValueTooLongError';
  constructor(
    readonly kind: 'key' | 'text' | 'number',
    readonly key: string | undefined,
    readonly limit: number,
  ) {
    super(
      `${kind === 'key' ? 'a key' : `a ${kind} value${key === undefined ? '' : ` (in “${key.slice(0, 80)}”)`}`} ` +
        `is longer than ${megabytes(limit)}: refusing it`,
    );
  }
}

function megabytes(chars: number): string {
  return chars >= 1024 * 1024 ? `${Math.round(chars / 1024 / 1024)} MB` : `${chars} characters`;
}

/**
 * Counts each key, string and number as the parser streams it and throws JsonValueTooLongError
 * once one passes the cap: a 500 MB `full_text` is refused after 16 MB, never held whole.
 * Hands on only the packed tokens (keyValue, stringValue, ...), as a parser without streaming would.
 */
export class JsonValueCap {
  private length = 0;
  private kind: JsonValueTooLongError['kind'] = 'text';
  private key: string | undefined;

  constructor(readonly maxChars = MAX_JSON_STRING_CHARS) {}

  /** Whether to hand the token on: false for the pieces, which only count. */
  accepts(token: Token): boolean {
    switch (token.name) {
      case 'startKey':
      case 'startString':
      case 'startNumber':
        this.length = 0;
        this.kind = token.name === 'startKey' ? 'key' : token.name === 'startString' ? 'text' : 'number';
        return false;
      case 'stringChunk':
      case 'numberChunk':
        this.length += token.value.length;
        if (this.length > this.maxChars) throw new JsonValueTooLongError(this.kind, this.key, this.maxChars);
        return false;
      case 'endKey':
      case 'endString':
      case 'endNumber':
        return false;
      case 'keyValue':
        this.key = token.value;
        return true;
      default:
        return true;
    }
  }

  filter(tokens: readonly Token[]): Token[] {
    return tokens.filter((token) => this.accepts(token));
  }
}
