/**
 * Archive entry names are untrusted paths. Both separators count on every platform: a tar made
 * anywhere can name `..\..\Start Menu\x`, which Windows' path.join resolves outside the folder.
 */

/** A safe relative path with '/' separators, or null for a name that points elsewhere. */
export function safeEntryName(name: string): string | null {
  if (name === '' || name.includes('\0')) return null;
  // Absolute: `/x`, `\x`, `\\server\share`, `C:\x` and `C:x` (drive-relative).
  if (/^[/\\]/.test(name) || /^[A-Za-z]:/.test(name)) return null;
  const parts = name.split(/[/\\]/).filter((part) => part !== '' && part !== '.');
  if (parts.length === 0) return null;
  for (const part of parts) {
    // `..`, and what Windows trims to it (`.. `, `...`): it drops trailing dots and spaces.
    if (/^[. ]+$/.test(part)) return null;
    // A drive or stream anywhere (`a/C:/x`, `x.json:evil`), and device names (`con`, `nul.txt`).
    if (part.includes(':')) return null;
    if (/^(con|prn|aux|nul|com\d|lpt\d)(\..*)?$/i.test(part)) return null;
  }
  return parts.join('/');
}
