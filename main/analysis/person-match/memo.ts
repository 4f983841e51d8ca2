/**
 * A pure function of one string, remembered: a matching pass folds and parses the same names and
 * bios for every pair they are in. The memory is bounded: when full it starts again.
 */
export function remembered<T>(fn: (text: string) => T, limit = 50_000): (text: string) => T {
  let known = new Map<string, T>();
  return (text) => {
    const hit = known.get(text);
    if (hit !== undefined || known.has(text)) return hit as T;
    const value = fn(text);
    if (known.size >= limit) known = new Map();
    known.set(text, value);
    return value;
  };
}
