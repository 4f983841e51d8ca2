import type { Readable } from 'node:stream';
import Assembler from 'stream-json/core/assembler.js';
import { jsonParser, type Token } from 'stream-json/core/parser.js';
import { AppError } from '../../../../common/errors';
import { ImportFormatError } from '../../errors';
import { ValueTooLargeError } from '../../limits';
import { JsonValueCap, JsonValueTooLongError, MEASURED_PARSER_OPTIONS } from '../../util/json-value-cap';

/** What the collection says about itself, known once its last byte is read. */
export interface CollectionFacts {
  /** The items the file really holds. */
  itemCount: number;
  /** What the file claims (`totalItems`); real files disagree with their own items. */
  totalItems?: number;
}

export type CollectionEvent =
  { kind: 'item'; number: number; value: unknown } | { kind: 'end'; facts: CollectionFacts };

export interface StreamHooks {
  signal: AbortSignal;
  onBytes?(bytes: number): void;
  /** Longest key, string or number allowed (MAX_JSON_STRING_CHARS unless a test lowers it). */
  maxStringChars?: number;
}

/**
 * Walks the tokens of `{..., "type": "OrderedCollection", "orderedItems": [...]}` and hands back each
 * item as soon as its last token arrives, so a one-line outbox of hundreds of MB (goija-2026/outbox.json
 * is a single 1 MB line) never sits in memory whole. Other top-level values are skipped token by token.
 */
class CollectionWalker {
  private depth = 0;
  private key: string | null = null;
  private inItems = false;
  private sawItems = false;
  private finished = false;
  private type: unknown;
  private totalItems: unknown;
  private assembler: Assembler | null = null;
  itemCount = 0;

  constructor(private readonly fail: (where: string, problem: string) => never) {}

  /** Where the walker is, for an error message. */
  where(): string {
    if (this.depth === 0 && !this.finished) return 'the top-level value';
    if (this.inItems) return `record ${this.itemCount + 1}`;
    return this.sawItems ? `after record ${this.itemCount}` : 'the top-level object';
  }

  /** Feeds one token; returns a finished item, or undefined. */
  push(token: Token): { value: unknown } | undefined {
    if (this.assembler) {
      this.assembler.consume(token);
      if (!this.assembler.done) return undefined;
      const value: unknown = this.assembler.current;
      this.assembler = null;
      this.itemCount += 1;
      return { value };
    }
    if (this.depth === 0) {
      if (this.finished) this.fail('after the top-level object', 'unexpected content after the collection');
      if (token.name !== 'startObject') {
        this.fail(
          'the top-level value',
          'not a JSON object (an ActivityStreams OrderedCollection was expected)',
        );
      }
      this.depth = 1;
      return undefined;
    }
    if (this.inItems && this.depth === 2) return this.pushItemToken(token);
    if (this.depth === 1) {
      this.pushTopLevel(token);
      return undefined;
    }
    // Inside a top-level value we do not read (@context, first, ...): only count nesting.
    if (token.name === 'startObject' || token.name === 'startArray') this.depth += 1;
    else if (token.name === 'endObject' || token.name === 'endArray') this.depth -= 1;
    return undefined;
  }

  private pushItemToken(token: Token): { value: unknown } | undefined {
    switch (token.name) {
      case 'endArray':
        this.inItems = false;
        this.depth = 1;
        return undefined;
      case 'startObject':
      case 'startArray':
        this.assembler = new Assembler({ numberAsString: true });
        this.assembler.consume(token);
        return undefined;
      case 'stringValue':
      case 'numberValue':
      case 'nullValue':
      case 'trueValue':
      case 'falseValue':
        this.itemCount += 1;
        return { value: token.value };
      default:
        return undefined;
    }
  }

  private pushTopLevel(token: Token): void {
    const key = this.key;
    if (token.name === 'keyValue') {
      this.key = token.value;
      return;
    }
    this.key = null;
    if (token.name === 'endObject') {
      this.depth = 0;
      this.finished = true;
      return;
    }
    if (key === 'orderedItems') {
      if (token.name !== 'startArray') this.fail('the top-level object', '"orderedItems" is not a list');
      this.inItems = true;
      this.sawItems = true;
      this.depth = 2;
      return;
    }
    if (token.name === 'startObject' || token.name === 'startArray') {
      this.depth = 2;
      return;
    }
    if (key === 'type') {
      this.type = 'value' in token ? token.value : undefined;
      if (this.type !== 'OrderedCollection') {
        this.fail(
          'the top-level object',
          `its type is ${JSON.stringify(this.type)}, not "OrderedCollection"`,
        );
      }
    } else if (key === 'totalItems') {
      this.totalItems = 'value' in token ? token.value : undefined;
    }
  }

  /** Checks the whole collection was there and returns its facts. */
  end(): CollectionFacts {
    if (!this.finished) this.fail(this.where(), 'the file ends too early (truncated JSON)');
    if (this.type === undefined) this.fail('the top-level object', 'it has no "type": "OrderedCollection"');
    if (!this.sawItems) this.fail('the top-level object', 'it has no "orderedItems" list');
    const total = typeof this.totalItems === 'string' ? Number(this.totalItems) : undefined;
    return {
      itemCount: this.itemCount,
      ...(total !== undefined && Number.isSafeInteger(total) ? { totalItems: total } : {}),
    };
  }
}

/**
 * Streams the items of an ActivityStreams OrderedCollection file (outbox.json, likes.json,
 * bookmarks.json), then one `end` event with the collection's facts. Invalid or truncated JSON and a
 * wrapper that is not an OrderedCollection throw ImportFormatError naming the record.
 */
export async function* streamOrderedCollection(
  stream: Readable,
  fileName: string,
  hooks: StreamHooks,
): AsyncGenerator<CollectionEvent> {
  const fail = (where: string, problem: string): never => {
    throw new ImportFormatError(fileName, where, problem);
  };
  const walker = new CollectionWalker(fail);
  const parse = jsonParser(MEASURED_PARSER_OPTIONS);
  const cap = new JsonValueCap(hooks.maxStringChars);
  // TextDecoder drops a BOM and turns invalid UTF-8 into U+FFFD instead of failing.
  const decoder = new TextDecoder('utf-8');
  const tokenize = (text: string): Token[] => {
    try {
      const out = parse(text);
      return typeof out === 'symbol' ? [] : out.values;
    } catch (error) {
      return fail(walker.where(), `not valid JSON (${(error as Error).message})`);
    }
  };
  // Each token is measured just before the walker takes it, so a refusal names the right record.
  const accepts = (token: Token): boolean => {
    try {
      return cap.accepts(token);
    } catch (error) {
      if (error instanceof JsonValueTooLongError) {
        throw new ValueTooLargeError(fileName, walker.where(), error.message);
      }
      throw error;
    }
  };
  let bytes = 0;
  try {
    for await (const chunk of stream) {
      if (hooks.signal.aborted) throw new AppError('CANCELLED', 'Import cancelled.');
      const data = chunk as Buffer;
      bytes += data.length;
      hooks.onBytes?.(bytes);
      for (const token of tokenize(decoder.decode(data, { stream: true }))) {
        if (!accepts(token)) continue;
        const item = walker.push(token);
        if (item) yield { kind: 'item', number: walker.itemCount, value: item.value };
      }
    }
    // Trailing spaces make the parser judge a short bad tail ("nope]}") now instead of waiting for
    // more input; flushing it properly takes stream-chain's `none`, which is not our dependency.
    for (const token of tokenize(`${decoder.decode()}${' '.repeat(32)}`))
      if (accepts(token)) walker.push(token);
  } finally {
    stream.destroy();
  }
  yield { kind: 'end', facts: walker.end() };
}
