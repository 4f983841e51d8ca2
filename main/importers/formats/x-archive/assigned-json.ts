import type { Readable } from 'node:stream';
import { Assembler } from 'stream-json/core/assembler.js';
import { jsonParser } from 'stream-json/core/parser.js';
import type { Token } from 'stream-json/core/parser.js';
import { ImportFormatError } from '../../errors';
import { ValueTooLargeError } from '../../limits';
import { JsonValueCap, JsonValueTooLongError, MEASURED_PARSER_OPTIONS } from '../../util/json-value-cap';
import { parseJsonLossless } from '../../util/lossless-json';
import { decodeUtf8 } from '../../util/text';
import type { WorkMeter } from '../../util/work-meter';

/**
 * X archive data files are JavaScript assignments, `window.YTD.tweets.part0 = [ ... ]` or
 * `Grailbird.data.tweets_2010_02 = [ ... ]`: a name, `=`, a JSON value and maybe a `;`.
 * They are never evaluated; the name is dropped and the value parsed as JSON.
 */

/** How far into a file the `=` may be: the longest real name is ~60 characters. */
const MAX_PREFIX_CHARS = 1024;
const ASSIGNMENT_TARGET = /^\s*(?:var\s+)?[A-Za-z_$][\w$]*(?:\.[\w$]+)*\s*$/;

export interface ArchiveElement {
  /** 1-based position in the file's list, for messages ("record 17"). */
  record: number;
  value: unknown;
}

function wrapperError(fileName: string): ImportFormatError {
  return new ImportFormatError(
    fileName,
    'start of file',
    'does not begin with an assignment like `window.YTD.tweets.part0 = [`, so it is not an X archive data file',
  );
}

/** Drops the `name =` prefix of a decoded text; null while the `=` has not arrived yet. */
function afterAssignment(text: string, fileName: string): string | null {
  const equals = text.indexOf('=');
  if (equals === -1) {
    if (text.length > MAX_PREFIX_CHARS) throw wrapperError(fileName);
    return null;
  }
  if (equals > MAX_PREFIX_CHARS || !ASSIGNMENT_TARGET.test(text.slice(0, equals)))
    throw wrapperError(fileName);
  return text.slice(equals + 1);
}

function tokensFrom(result: unknown): Token[] {
  // The core parser returns a `Many` ({values}) of tokens, or a `none` symbol when it needs more text.
  if (typeof result === 'object' && result !== null && 'values' in result && Array.isArray(result.values)) {
    return result.values as Token[];
  }
  return [];
}

/** JSON's four blanks and `;`: what may end the statement after the closing `]`. */
function isStatementEnd(code: number): boolean {
  return code === 0x20 || code === 0x0a || code === 0x0d || code === 0x09 || code === 0x3b;
}

/** Where the trailing run of blanks and `;` starts (a backwards scan over that run only). */
function statementEnd(text: string): number {
  let end = text.length;
  while (end > 0 && isStatementEnd(text.charCodeAt(end - 1))) end -= 1;
  return end;
}

const VALUE_TOKENS = new Set(['stringValue', 'numberValue', 'nullValue', 'trueValue', 'falseValue']);
/** stream-chain's `none`, a registered symbol: passed to a parser, it means "end of input". */
const END_OF_INPUT = Symbol.for('object-stream.none');
/** Ends of records: the parser is fed up to each, so a failing slice holds no finished record. */
const CLOSERS = /[}\]]/g;

/**
 * Streams the elements of a `name = [ ... ];` file one by one: memory holds one element at a
 * time, whatever the file's size. Numbers stay strings (ids above 2^53 survive byte for byte).
 * Throws ImportFormatError naming the record for a wrong wrapper, bad JSON or a cut-off file.
 */
export async function* streamAssignedArray(
  stream: Readable,
  fileName: string,
  onBytes?: (bytes: number) => void,
  options: { meter?: WorkMeter; maxStringChars?: number } = {},
): AsyncGenerator<ArchiveElement> {
  const { meter } = options;
  const decoder = new TextDecoder('utf-8', { fatal: false, ignoreBOM: false });
  const parse = jsonParser(MEASURED_PARSER_OPTIONS);
  const cap = new JsonValueCap(options.maxStringChars);
  const flush = parse as unknown as (end: symbol) => unknown;
  let prefix: string | null = '';
  let lastChar = '';
  let state: 'before' | 'inside' | 'after' = 'before';
  let depth = 0;
  let completed = 0;
  let assembler = new Assembler<unknown>({ numberAsString: true });
  const ready: ArchiveElement[] = [];

  const where = () =>
    state === 'before'
      ? 'start of file'
      : state === 'after'
        ? `after record ${completed}`
        : `record ${completed + 1}`;
  const invalid = (error: unknown) => {
    const reason = (error as Error).message.replace(/^Parser (cannot parse input: )?/, '');
    return new ImportFormatError(fileName, where(), `is not valid JSON (${reason})`);
  };

  const consume = (token: Token) => {
    if (state === 'before') {
      if (token.name !== 'startArray') {
        throw new ImportFormatError(fileName, 'start of file', 'holds no list: expected `[` after the `=`');
      }
      state = 'inside';
      return;
    }
    if (state === 'after') {
      throw new ImportFormatError(fileName, where(), 'unexpected content after the closing `]`');
    }
    if (depth === 0) {
      if (token.name === 'endArray') {
        state = 'after';
        return;
      }
      if (VALUE_TOKENS.has(token.name)) {
        completed += 1;
        ready.push({ record: completed, value: 'value' in token ? token.value : undefined });
        return;
      }
      assembler = new Assembler<unknown>({ numberAsString: true });
    }
    assembler.consume(token);
    if (token.name === 'startObject' || token.name === 'startArray') depth += 1;
    else if (token.name === 'endObject' || token.name === 'endArray') depth -= 1;
    if (depth === 0) {
      completed += 1;
      ready.push({ record: completed, value: assembler.current });
    }
  };

  // Each token is measured just before it is taken, so a refusal names the right record.
  const take = (token: Token) => {
    try {
      if (!cap.accepts(token)) return;
    } catch (error) {
      if (error instanceof JsonValueTooLongError)
        throw new ValueTooLargeError(fileName, where(), error.message);
      throw error;
    }
    consume(token);
  };

  const parseSlice = (slice: string) => {
    let tokens: Token[];
    try {
      tokens = tokensFrom(parse(slice));
    } catch (error) {
      throw invalid(error);
    }
    for (const token of tokens) take(token);
  };

  const feed = (text: string) => {
    if (text === '') return;
    let start = 0;
    if (state === 'before') {
      // The list's opening `[` alone, so bad JSON right after it is placed in record 1.
      start = text.indexOf('[') + 1;
      parseSlice(text.slice(0, start || text.length));
      if (start === 0) return;
    }
    CLOSERS.lastIndex = start;
    for (let match = CLOSERS.exec(text); match; match = CLOSERS.exec(text)) {
      parseSlice(text.slice(start, match.index + 1));
      start = match.index + 1;
    }
    if (start < text.length) parseSlice(text.slice(start));
  };

  /**
   * A trailing run of blanks and `;` is the statement's end only once the list is closed: the
   * text before it is fed first, and the state then says whether the run is JSON (inside a
   * string, or bad JSON the parser reports) or the end, dropped. Nothing is held back between
   * chunks, so padding is looked at once (holding it made each chunk rescan all of it).
   */
  const takeText = (text: string) => {
    const cut = statementEnd(text);
    if (meter) meter.charsScanned += text.length - cut;
    if (cut > 0) lastChar = text[cut - 1]!;
    feed(text.slice(0, cut));
    if (state !== 'after') feed(text.slice(cut));
  };

  let bytes = 0;
  for await (const chunk of stream) {
    const data = chunk as Buffer;
    bytes += data.length;
    onBytes?.(bytes);
    let text = decoder.decode(data, { stream: true });
    if (prefix !== null) {
      const rest = afterAssignment(prefix + text, fileName);
      if (rest === null) {
        prefix += text;
        continue;
      }
      prefix = null;
      text = rest;
    }
    takeText(text);
    yield* ready.splice(0);
  }
  const last = decoder.decode();
  if (prefix !== null) throw wrapperError(fileName);
  takeText(last);
  let unfinished: unknown;
  try {
    for (const token of tokensFrom(flush(END_OF_INPUT))) take(token);
  } catch (error) {
    if (error instanceof ImportFormatError) throw error;
    unfinished = error;
  }
  yield* ready.splice(0);
  if (state === 'before') {
    throw new ImportFormatError(
      fileName,
      'start of file',
      'holds no list after the `=`: the file is empty or cut off',
    );
  }
  if (state === 'inside') {
    // A file that still ends in `]` was whole: what stopped the parser is bad JSON, not a cut.
    if (lastChar === ']' && unfinished) throw invalid(unfinished);
    throw depth > 0
      ? new ImportFormatError(fileName, where(), 'the file ends in the middle of this record: it was cut off')
      : new ImportFormatError(
          fileName,
          `after record ${completed}`,
          'the file ends before the closing `]`: it was cut off',
        );
  }
  if (unfinished) throw invalid(unfinished);
}

/** Parses a small assignment file whole (manifest.js, user_details.js); ids stay strings. */
export function parseAssignedValue(bytes: Buffer, fileName: string): unknown {
  const text = decodeUtf8(bytes);
  const rest = afterAssignment(text, fileName);
  if (rest === null) throw wrapperError(fileName);
  try {
    return parseJsonLossless(rest.trim().replace(/;+$/, ''));
  } catch (error) {
    throw new ImportFormatError(fileName, 'after the `=`', `is not valid JSON (${(error as Error).message})`);
  }
}
