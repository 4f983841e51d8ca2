export type Container = 'zip' | 'gzip' | 'tar' | 'plain';

/** Enough bytes to see every magic number below (tar's sits at 257). */
export const CONTAINER_HEAD_BYTES = 512;

const ZIP_MAGICS = [
  Buffer.from([0x50, 0x4b, 0x03, 0x04]), // a local file header
  Buffer.from([0x50, 0x4b, 0x05, 0x06]), // an empty archive: the end record alone
  Buffer.from([0x50, 0x4b, 0x07, 0x08]), // a spanned archive's marker, then the first header
];
const GZIP_MAGIC = Buffer.from([0x1f, 0x8b]);

/** Whether bytes start a tar archive (POSIX `ustar` magic at offset 257). */
export function isTar(head: Buffer): boolean {
  return head.length >= 263 && head.subarray(257, 262).toString('latin1') === 'ustar';
}

/** What kind of container a file is, from its first bytes alone. */
export function sniffContainer(head: Buffer): Container {
  if (ZIP_MAGICS.some((magic) => head.subarray(0, 4).equals(magic))) return 'zip';
  if (head.subarray(0, 2).equals(GZIP_MAGIC)) return 'gzip';
  if (isTar(head)) return 'tar';
  return 'plain';
}
