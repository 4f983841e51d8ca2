/**
 * A rough hint, not a guarantee: the key derivation is slow on purpose, but a short or common
 * passphrase can still be guessed. Length counts most; several words are the easy way there.
 */
export type Strength = 'empty' | 'weak' | 'fair' | 'strong';

export function passphraseStrength(passphrase: string): Strength {
  if (passphrase.length === 0) return 'empty';
  const kinds = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^A-Za-z0-9]/].filter((kind) => kind.test(passphrase)).length;
  const words = passphrase.trim().split(/\s+/).length;
  if (passphrase.length >= 20 || (passphrase.length >= 14 && (kinds >= 3 || words >= 3))) return 'strong';
  if (passphrase.length >= 10) return 'fair';
  return 'weak';
}

export const strengthHint: Record<Strength, string> = {
  empty: 'Several words you can remember make a good passphrase.',
  weak: 'Weak: easy to guess. Use at least 10 characters, better several words.',
  fair: 'Fair. Longer is stronger: four or more words are hard to guess.',
  strong: 'Strong.',
};

/** What the user must know before choosing one; said wherever a passphrase is set. */
export const NO_RECOVERY =
  'If you forget the passphrase, the workspace cannot be opened again: nobody can recover it, not even Inside Track.';
