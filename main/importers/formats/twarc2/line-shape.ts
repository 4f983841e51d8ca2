import { asObject, idAt, type JsonObject } from '../../util/json-shape';
import { flatContent, responseContent, type ResponseContent } from '../x-api-shared/response-shape';
import { itemKind } from '../x-api-shared/v2-page';

/**
 * The three shapes of twarc2 output: one API page per line (noflat.jsonl, users.jsonl), one
 * flattened tweet or user per line (flat.jsonl), or one filtered-stream message per line whose
 * `data` is a single tweet (streaming_output_with_error.jsonl).
 */
export type TwarcShape = 'pages' | 'flat' | 'stream';

export interface LineShape {
  shape: TwarcShape;
  /** What the line holds: users, tweets, only errors, or nothing. */
  content: ResponseContent;
}

const TWARC_KEYS = ['__twarc', 'matching_rules'];

/** What a (possibly partial, sniffed) line is; undefined when it is not twarc2 output. */
export function lineShape(value: unknown): LineShape | undefined {
  const line = asObject(value);
  if (!line || '_type' in line) return undefined;
  const content = responseContent(line, TWARC_KEYS);
  if (content) {
    return { shape: 'matching_rules' in line ? 'stream' : 'pages', content };
  }
  const flat = flatContent(line);
  return flat ? { shape: 'flat', content: flat === 'tweet' ? 'tweets' : 'users' } : undefined;
}

/**
 * How the reader takes a whole, parsed line: as a page, or as one flattened tweet or user (also
 * accepted without `author` or `__twarc`, as other tools write them).
 */
export function readAs(line: JsonObject): 'page' | 'flat' | undefined {
  if ('data' in line || 'errors' in line) return 'page';
  return idAt(line, 'id') && itemKind(line) !== 'other' ? 'flat' : undefined;
}
