import type { AppApi } from '../../../common/client';
import { AppError } from '../../../common/errors';
import { needNumber, noPositionals, UsageError, type Flags } from './args';
import { graphSvg } from './graph-svg';
import { print } from './people-flags';
import { accountText, openProspect } from './prospect-flag';
import { writeUserFile } from './user-files';

/** `graph --prospect @h --out paths.svg [--paths N]`: the graph tab's referral paths as a picture. */
export async function graph(api: AppApi, positionals: string[], flags: Flags): Promise<void> {
  noPositionals(positionals);
  if (!flags.out) throw new UsageError('--out <file.svg> is required');
  const pathCount = flags.paths === undefined ? 5 : needNumber(flags.paths, '--paths');
  const account = await openProspect(api, flags);
  const ego = await api.graph.egoGraph({ accountId: account.id, pathCount: Math.min(pathCount, 100) });
  const who = account.name ? `${account.name} (${accountText(account)})` : accountText(account);
  if (ego.paths.length === 0) {
    throw new AppError('BAD_REQUEST', `No path to ${who} to draw. ${ego.diagnosis ?? ''}`.trim());
  }
  const picture = graphSvg(ego, `Your ways to ${who}`);
  const path = writeUserFile(flags.out, picture.svg);
  print(
    flags,
    { path, nodes: picture.nodes, paths: picture.paths, bytes: Buffer.byteLength(picture.svg) },
    () => `Wrote ${path} (${picture.paths} paths, ${picture.nodes} people)`,
  );
}
