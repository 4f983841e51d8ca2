/** ES2024 string methods (Node 20 has them; the project's TypeScript lib is ES2023). */
interface WellFormedString {
  isWellFormed(): boolean;
  toWellFormed(): string;
}

/**
 * The text with each lone UTF-16 surrogate replaced by U+FFFD. A JSON file can hold them
 * (`"\ud83d"`, half an emoji cut by a truncating client), and SQLite would store them as
 * bytes that are not UTF-8, which other readers of the file cannot decode.
 */
export function wellFormed(text: string): string {
  const checked = text as unknown as WellFormedString;
  return checked.isWellFormed() ? text : checked.toWellFormed();
}

function isWellFormed(text: string): boolean {
  return (text as unknown as WellFormedString).isWellFormed();
}

/**
 * Makes every string in a record (and in its nested keys and lists) well formed, in place.
 * Returns how many it changed. The check alone is a fast scan; texts are rarely broken.
 */
export function repairLoneSurrogates(value: object): number {
  let repaired = 0;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i += 1) {
      const item: unknown = value[i];
      if (typeof item === 'string') {
        if (!isWellFormed(item)) {
          value[i] = wellFormed(item);
          repaired += 1;
        }
      } else if (typeof item === 'object' && item !== null) {
        repaired += repairLoneSurrogates(item);
      }
    }
    return repaired;
  }
  const fields = value as Record<string, unknown>;
  for (const field in fields) {
    const item = fields[field];
    if (typeof item === 'string') {
      if (!isWellFormed(item)) {
        fields[field] = wellFormed(item);
        repaired += 1;
      }
    } else if (typeof item === 'object' && item !== null) {
      repaired += repairLoneSurrogates(item);
    }
  }
  return repaired;
}
