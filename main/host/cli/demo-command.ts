import type { AppApi } from '../../../common/client';
import { UsageError, type Flags } from './args';

export const DEMO_USAGE = `demo create <file> [--json]
         a workspace of invented people and companies, generated on the spot and the same every time:
         a prospect (@ada_kestrel) with about 5,000 followers, posts, likes and following, your own
         archive, colleagues and customers; every section of the app has something to show`;

/** `demo create <file>`: the demo pursuit, as the start screen's "Try a demo pursuit" makes it. */
export async function demo(api: AppApi, [verb, file, ...extra]: string[], flags: Flags): Promise<void> {
  if (verb !== 'create' || !file || extra.length > 0) throw new UsageError('expected: demo create <file>');
  const started = Date.now();
  const info = await api.demo.create({ path: file });
  console.log(
    flags.json
      ? JSON.stringify(info)
      : `Created ${info.path}: the demo pursuit, invented people only (prospect @ada_kestrel), in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
}
