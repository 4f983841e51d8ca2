/** Shortens text to at most `max` characters by cutting the middle: "/home/…/Acme.itrack". */
export function middleEllipsis(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max <= 1) return '…'.slice(0, Math.max(0, max));
  const keep = max - 1;
  // The end of a path (the file name) matters more than its start, so it gets the extra character.
  const tail = Math.ceil(keep / 2);
  const head = keep - tail;
  return `${text.slice(0, head)}…${text.slice(text.length - tail)}`;
}

/**
 * Splits a path into its folder and its last segment, so the folder can shrink with an ellipsis
 * while the file name stays readable. Both kinds of separator occur: Windows paths use "\".
 */
export function splitPath(path: string): { folder: string; leaf: string } {
  const cut = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
  if (cut < 0 || cut === path.length - 1) return { folder: '', leaf: path };
  return { folder: path.slice(0, cut + 1), leaf: path.slice(cut + 1) };
}

/**
 * Shortens a path to `max` characters, keeping the file name whole when it leaves room for some
 * of the folder ("/home/da…/Acme pursuit.itrack"); otherwise cuts the middle of the whole.
 */
export function shortenPath(path: string, max: number): string {
  if (path.length <= max) return path;
  const { folder, leaf } = splitPath(path);
  const tail = folder === '' ? leaf : path.slice(folder.length - 1);
  const head = max - tail.length - 1;
  if (folder !== '' && head >= 4) return `${path.slice(0, head)}…${tail}`;
  return middleEllipsis(path, max);
}
