// What the small synthetic-contacts benches share: their arguments, made-up words, a median
// timer and the way they print figures.
import { parseArgs } from 'node:util';
import { seeded, vocabulary } from './random';

/** `--contacts N` (default 5000) and `--json`. */
export function contactsArgs(): { contactCount: number; json: boolean } {
  const { values } = parseArgs({
    options: { contacts: { type: 'string', default: '5000' }, json: { type: 'boolean', default: false } },
  });
  return { contactCount: Number(values.contacts), json: values.json };
}

/** A seeded generator, 400 made-up words and a picker drawing from any list with it. */
export function madeUpWords(seed: number) {
  const random = seeded(seed);
  const words = vocabulary(random, 400);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  return { random, words, pick };
}

/** Median wall-clock milliseconds of `times` runs. */
export function medianMs(run: () => unknown, times: number): number {
  const took: number[] = [];
  for (let i = 0; i < times; i++) {
    const start = performance.now();
    run();
    took.push(performance.now() - start);
  }
  return took.sort((a, b) => a - b)[Math.floor(times / 2)]!;
}

/** One figure a line (milliseconds for names ending in Ms), or one JSON object with --json. */
export function printFigures(
  figures: Record<string, number>,
  json: boolean,
  nameWidth: number,
  digits: number,
): void {
  console.log(
    json
      ? JSON.stringify(figures)
      : Object.entries(figures)
          .map(
            ([name, value]) =>
              `${name.padEnd(nameWidth)} ${name.endsWith('Ms') ? value.toFixed(digits) : value}`,
          )
          .join('\n'),
  );
}
