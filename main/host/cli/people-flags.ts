import { relationshipSchema } from '../../../common/api';
import type { Relationship } from '../../../common/dto';
import { UsageError, type Flags } from './args';

/** One answer: JSON with --json, else the text. */
export const print = (flags: Flags, json: unknown, text: () => string) =>
  console.log(flags.json ? JSON.stringify(json) : text());

/** --relationship, checked against the relationships the app knows. */
export function relationshipFlag(flags: Flags): Relationship | undefined {
  if (flags.relationship === undefined) return undefined;
  const parsed = relationshipSchema.safeParse(flags.relationship);
  if (!parsed.success)
    throw new UsageError(`--relationship must be one of ${relationshipSchema.options.join(', ')}`);
  return parsed.data;
}
