import type { z } from 'zod';
import type { Detection, ImportFormat } from '../../format';
import { ImportFormatError } from '../../errors';
import type { InputSource } from '../../input';
import { cancelled } from '../../limits';
import type { ImportRecord } from '../../records';
import {
  identityKeys,
  RELATIONSHIP_FILE_FORMAT,
  relationshipFileSchema,
  relationshipPersonSchema,
} from './schema';

/** A relationship file holds names and keys only: a million people fit well below this. */
const MAX_BYTES = 512 * 1024 * 1024;
const OPENING = new RegExp(`^\\uFEFF?\\s*\\{\\s*"format"\\s*:\\s*"${RELATIONSHIP_FILE_FORMAT}"`);

/** The one file of the input that opens as a relationship file (the exporter writes `format` first). */
async function relationshipEntry(input: InputSource): Promise<string | null> {
  for (const entry of input.entries.slice(0, 200)) {
    const head = await input.head(entry.path, 256);
    if (OPENING.test(head.toString('latin1'))) return entry.path;
  }
  return null;
}

async function readWhole(input: InputSource, path: string): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of await input.open(path)) {
    size += (chunk as Buffer).length;
    if (size > MAX_BYTES)
      throw new ImportFormatError(path, undefined, 'larger than a relationship file can be (512 MB)');
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

/** "tie must be 0 to 100": zod's first problem, said after the field it is about. */
function problem(error: z.ZodError): { where: string; text: string } {
  const issue = error.issues[0]!;
  const field = issue.path.filter((p) => typeof p === 'string').join('.');
  return { where: field, text: `${field ? `${field} ` : ''}${issue.message}` };
}

function parse(file: string, bytes: Buffer): unknown {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new ImportFormatError(file, undefined, 'not valid UTF-8 text; export it again from Inside Track');
  }
  try {
    return JSON.parse(text);
  } catch {
    throw new ImportFormatError(
      file,
      undefined,
      'not complete JSON: it may have been cut short while copying. Export it again',
    );
  }
}

/** A colleague's relationships, exported from their own Inside Track (docs/relationship-file.md). */
export const relationshipsFormat: ImportFormat = {
  id: 'relationships',
  label: 'A colleague’s relationships',

  async detect(input): Promise<Detection | null> {
    const path = await relationshipEntry(input);
    if (!path) return null;
    const whole = parse(path, await readWhole(input, path));
    const file = relationshipFileSchema.safeParse(whole);
    const name = file.success ? file.data.exportedBy.name : 'A colleague';
    return {
      format: 'relationships',
      label: `${name}’s relationships`,
      summary: file.success
        ? `${file.data.people.length} ${file.data.people.length === 1 ? 'person' : 'people'} ${name} knows, with how well (exported ${file.data.exportedAt.slice(0, 10)}).`
        : 'A relationship file from Inside Track.',
      needs: {},
      ...(file.success ? { estimatedRecords: file.data.people.length + 1 } : {}),
    };
  },

  async *read(input, _options, ctx): AsyncIterable<ImportRecord> {
    const path = (await relationshipEntry(input)) ?? input.entries[0]!.path;
    const whole = relationshipFileSchema.safeParse(parse(path, await readWhole(input, path)));
    if (!whole.success) {
      const { where, text } = problem(whole.error);
      throw new ImportFormatError(path, where || undefined, text.slice(where.length).trim() || text);
    }
    const file = whole.data;
    yield {
      type: 'colleague-network',
      colleagueName: file.exportedBy.name,
      colleagueKeys: identityKeys(file.exportedBy),
      exportedAt: file.exportedAt,
    };
    for (let index = 0; index < file.people.length; index += 1) {
      if (ctx.signal.aborted) throw cancelled();
      const raw = file.people[index];
      const person = relationshipPersonSchema.safeParse(raw);
      if (!person.success) {
        const name =
          typeof (raw as { name?: unknown })?.name === 'string' ? ` (${(raw as { name: string }).name})` : '';
        throw new ImportFormatError(path, `person ${index + 1}${name}`, problem(person.error).text);
      }
      const { name, tie, tieAsOf } = person.data;
      yield {
        type: 'colleague-tie',
        index,
        name,
        keys: identityKeys(person.data),
        score: tie,
        ...(tieAsOf ? { asOf: tieAsOf } : {}),
      };
      if (index % 1000 === 0) ctx.progress(index, file.people.length);
    }
  },
};
