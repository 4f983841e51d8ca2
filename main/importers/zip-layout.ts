/** Where an entry's bytes sit in the ZIP file, as its central directory says. */
export interface ZipEntryLayout {
  name: string;
  /** Offset of its local header. */
  offset: number;
  compressedSize: number;
}

/** A local header is at least this long before the entry's data starts. */
const LOCAL_HEADER_BYTES = 30;

/**
 * Why the entries cannot all be real files side by side, or null when they can: each entry's
 * local header and data must end before the next one starts, and no name may come twice. A
 * directory pointing many entries at the same bytes unpacks them once per entry (a 178 KB
 * ZIP listing one 63 MB file 250 times).
 */
export function zipLayoutProblem(entries: readonly ZipEntryLayout[]): string | null {
  const names = new Set<string>();
  for (const entry of entries) {
    // A folder listed twice is harmless; a file listed twice has two contents.
    if (entry.name.endsWith('/')) continue;
    if (names.has(entry.name)) return `it lists the entry “${entry.name}” twice`;
    names.add(entry.name);
  }
  const byOffset = [...entries].sort((a, b) => a.offset - b.offset);
  for (let i = 1; i < byOffset.length; i += 1) {
    const before = byOffset[i - 1]!;
    const entry = byOffset[i]!;
    if (entry.offset < before.offset + LOCAL_HEADER_BYTES + before.compressedSize) {
      return `its entries “${before.name}” and “${entry.name}” overlap (the same bytes unpacked more than once)`;
    }
  }
  return null;
}
