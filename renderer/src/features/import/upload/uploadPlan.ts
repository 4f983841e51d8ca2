/** A file to send to browser mode's /upload, with the path it had under what the user dropped. */
export interface PickedFile {
  file: Blob & { name: string; size: number };
  /** "honestmvp-2020/data/tweet.js" for a file in a dropped folder; just the name for a lone file. */
  relativePath: string;
}

const batchAlphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** One batch per drop, so two drops of files with the same name do not overwrite each other. */
export function newBatchId(random: () => number = Math.random): string {
  let id = 'drop-';
  for (let i = 0; i < 16; i += 1) id += batchAlphabet[Math.floor(random() * batchAlphabet.length)] ?? 'x';
  return id;
}

export function uploadUrl(batch: string, relativePath: string): string {
  return `/upload?batch=${encodeURIComponent(batch)}&name=${encodeURIComponent(relativePath)}`;
}

/** Folder inputs give "folder/sub/file" in webkitRelativePath; plain file inputs give nothing. */
export function relativePathOf(file: { name: string; webkitRelativePath?: string }): string {
  return file.webkitRelativePath || file.name;
}

/** Entry paths from webkitGetAsEntry start with "/": "/folder/file.js" → "folder/file.js". */
export function entryRelativePath(fullPath: string): string {
  return fullPath.replace(/^\/+/, '');
}

export function totalBytes(files: readonly PickedFile[]): number {
  return files.reduce((sum, picked) => sum + picked.file.size, 0);
}

/** The server answers each upload with its top-level item's path; each item is imported once. */
export function distinctPaths(paths: readonly string[]): string[] {
  return [...new Set(paths)];
}

/** System clutter a folder drop brings along that no export contains on purpose. */
export function isClutter(relativePath: string): boolean {
  const name = relativePath.split('/').at(-1) ?? '';
  return name === '.DS_Store' || name === 'Thumbs.db' || name === 'desktop.ini' || name.startsWith('._');
}
