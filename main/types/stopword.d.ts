// stopword ships no types: the word lists are arrays of strings keyed by ISO 639-3 code.
declare module 'stopword' {
  const lists: Record<string, string[] | undefined>;
  export = lists;
}
