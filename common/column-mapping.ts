import { z } from 'zod';

/**
 * How the columns of some tool's CSV map to Inside Track's fields: proposed by the core from the
 * header, corrected by the user in the import review, sent back with import.run, and remembered
 * per header shape.
 */

export const accountFields = [
  'network',
  'id',
  'handle',
  'name',
  'bio',
  'location',
  'url',
  'followers',
  'following',
  'posts',
  'createdAt',
] as const;
export const edgeFields = [
  'network',
  'followerId',
  'followerHandle',
  'followeeId',
  'followeeHandle',
] as const;
export const mappedFields = [
  ...accountFields,
  'followerId',
  'followerHandle',
  'followeeId',
  'followeeHandle',
] as const;
export type AccountField = (typeof accountFields)[number];
export type EdgeField = (typeof edgeFields)[number];
export type MappedField = AccountField | EdgeField;

const networkSchema = z.enum(['x', 'bluesky', 'mastodon']);

export const columnMappingSchema = z.object({
  /** Rows are accounts (profiles) or follow edges (who follows whom). */
  kind: z.enum(['accounts', 'edges']),
  /** Field → column name as written in the header. */
  columns: z.partialRecord(z.enum(mappedFields), z.string().min(1)),
  /** Network of rows without a network column or cell; 'x' when absent. */
  defaultNetwork: networkSchema.optional(),
  /** Accounts only: the rows are the followers (or followings) of ReadOptions.listOwner. */
  list: z.enum(['followers', 'following']).optional(),
  /** Field separator; sniffed from the header line when absent. */
  delimiter: z.enum([',', ';', '\t', '|']).optional(),
});
export type ColumnMapping = z.infer<typeof columnMappingSchema>;
