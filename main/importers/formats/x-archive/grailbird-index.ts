import { countAt, textAt } from '../../util/json-shape';

export interface GrailbirdMonth {
  /** Entry path of the month's file in this input. */
  path: string;
  /** Posts the index says the month holds. */
  count?: number;
}

/** The months tweet_index.js lists (`[{file_name: "data/js/tweets/2014_02.js", tweet_count}]`). */
export function monthsOf(index: unknown, jsDir: string): GrailbirdMonth[] {
  if (!Array.isArray(index)) return [];
  const months: GrailbirdMonth[] = [];
  for (const item of index) {
    const fileName = textAt(item, 'file_name');
    const inJs = fileName ? /(?:^|\/)js\/(tweets\/\d{4}_\d{2}\.js)$/.exec(fileName)?.[1] : undefined;
    if (inJs) months.push({ path: jsDir + inJs, count: countAt(item, 'tweet_count') });
  }
  return months;
}
