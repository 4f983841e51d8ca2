const TWITTER_EPOCH_MS = 1288834974657n;
/** Ids below this predate snowflakes (2010-11) and carry no time. */
const FIRST_SNOWFLAKE = 29_700_859_247n;

/** The creation time an X post id encodes (`(id >> 22) + epoch`), or undefined for old ids. */
export function snowflakeTime(id: string): string | undefined {
  if (!/^\d{1,20}$/.test(id)) return undefined;
  const value = BigInt(id);
  if (value < FIRST_SNOWFLAKE) return undefined;
  return new Date(Number((value >> 22n) + TWITTER_EPOCH_MS)).toISOString();
}
