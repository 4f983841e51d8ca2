import { resolve } from 'node:path';
import type { AppApi } from '../../../common/client';
import { needWorkspace, UsageError, type Flags } from './args';

export const RELATIONSHIPS_USAGE = `relationships export --out <file.itrel.json> --workspace <file> [--json]
         your people and how well you know them, as a file a colleague can import into their own
         Inside Track ("<your name>'s relationships"): names, e-mail addresses, handles and
         LinkedIn pages, ties 0-100 and the date. No mail, no subjects, no notes.
         The format is in docs/relationship-file.md.`;

/** `relationships export --out bob.itrel.json`: the user's relationships for a colleague, with their consent to share. */
export async function relationships(api: AppApi, positionals: string[], flags: Flags): Promise<void> {
  const [action, ...rest] = positionals;
  if (action !== 'export' || rest.length > 0) throw new UsageError(`usage: ${RELATIONSHIPS_USAGE}`);
  if (!flags.out) throw new UsageError('--out <file.itrel.json> is required');
  await api.workspace.open({ path: needWorkspace(flags) });
  const result = await api.relationships.export({ outPath: resolve(flags.out) });
  console.log(
    flags.json
      ? JSON.stringify(result)
      : `Wrote ${result.people} ${result.people === 1 ? 'person' : 'people'} to ${result.path}. It holds names, addresses, handles and ties, no mail: share it only with people you trust.`,
  );
}
