/** import.discard takes at most 500 paths a call. */
const discardBatch = 500;

/**
 * Tells browser mode's server that the review holding these uploaded copies was dismissed, so it
 * deletes them. Best effort: what a lost connection keeps is removed when the server stops or,
 * after a crash, at its next start.
 */
export async function discardUploads(
  paths: readonly string[],
  discard: (paths: string[]) => Promise<unknown>,
): Promise<void> {
  for (let start = 0; start < paths.length; start += discardBatch) {
    try {
      await discard(paths.slice(start, start + discardBatch));
    } catch {
      return;
    }
  }
}
