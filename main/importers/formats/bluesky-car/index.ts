import type { Detection, ImportFormat } from '../../format';
import type { InputSource } from '../../input';
import { blockInHead, carRoots } from './car-blocks';
import { findCarEntry, readCommit } from './repo-file';
import { readBlueskyCar } from './read';

async function detectBlueskyCar(input: InputSource): Promise<Detection | null> {
  const path = await findCarEntry(input, 'detect');
  if (!path) return null;
  const head = await input.head(path, 64 * 1024);
  const root = carRoots(head)?.[0];
  // getRepo writes the commit first in newer repos; bnewbold…car has it later, still within 64 KB.
  const block = root ? blockInHead(head, root) : null;
  let did: string | undefined;
  if (block && root) {
    try {
      did = readCommit(block.bytes, path, root).did;
    } catch {
      // Not a commit first: the owner is known once the file is read.
    }
  }
  const size = input.entries.find((entry) => entry.path === path)?.size ?? 0;
  return {
    format: 'bluesky-car',
    label: 'Bluesky repository (CAR)',
    summary: `${did ?? 'owner known after reading'}: repository export, ${Math.max(1, Math.round(size / 1024))} KB`,
    ...(did ? { owner: { network: 'bluesky', id: did } } : {}),
    needs: {},
  };
}

/** A Bluesky account's repository as exported by com.atproto.sync.getRepo (a CAR v1 file). */
export const blueskyCarFormat: ImportFormat = {
  id: 'bluesky-car',
  label: 'Bluesky repository (CAR)',
  detect: detectBlueskyCar,
  read: readBlueskyCar,
};
