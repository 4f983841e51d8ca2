import { z } from 'zod';
import { linkedInProfiles } from '../../../analysis/person-match/stated';

/** The value of the file's first key: what detection looks for. */
export const RELATIONSHIP_FILE_FORMAT = 'inside-track-relationships';
export const RELATIONSHIP_FILE_VERSION = 1;

const NETWORKS = ['x', 'bluesky', 'mastodon'] as const;

const date = z.string().regex(/^\d{4}-\d{2}-\d{2}(T[\d:.]+Z)?$/, 'must be a date like 2026-12-03');

/** How a person is found: any of their addresses, network handles or LinkedIn pages. */
const identity = {
  name: z.string().trim().min(1, 'must have a name').max(300),
  emails: z.array(z.string().trim().toLowerCase().email('must be an e-mail address')).max(50).default([]),
  handles: z
    .array(
      z
        .object({
          network: z.enum(NETWORKS),
          handle: z
            .string()
            .trim()
            .min(1)
            .max(300)
            .transform((h) => h.replace(/^@/, '').toLowerCase()),
        })
        .strict(),
    )
    .max(50)
    .default([]),
  profileUrls: z.array(z.string().trim().url('must be a web address').max(500)).max(20).default([]),
};

export const relationshipPersonSchema = z
  .object({
    ...identity,
    tie: z.number().int('must be a whole number').min(0, 'must be 0 to 100').max(100, 'must be 0 to 100'),
    tieAsOf: date.optional(),
  })
  .strict();

/** The whole file. Documented in docs/relationship-file.md. */
export const relationshipFileSchema = z
  .object({
    format: z.literal(RELATIONSHIP_FILE_FORMAT),
    version: z.literal(RELATIONSHIP_FILE_VERSION),
    exportedAt: date,
    exportedBy: z.object(identity).strict(),
    people: z.array(z.unknown()).max(1_000_000),
  })
  .strict();

export type RelationshipFile = Omit<z.input<typeof relationshipFileSchema>, 'people'> & {
  people: z.input<typeof relationshipPersonSchema>[];
};
export type RelationshipIdentity = z.output<z.ZodObject<typeof identity>>;

/** The lookup keys a person of the file is found by (the workspace's `e:`, `li:` and `network:handle` keys). */
export function identityKeys(who: RelationshipIdentity): string[] {
  const keys = new Set<string>();
  for (const email of who.emails) keys.add(`e:${email}`);
  for (const { network, handle } of who.handles) keys.add(`${network}:${handle}`);
  for (const url of who.profileUrls) for (const slug of linkedInProfiles(url)) keys.add(`li:${slug}`);
  return [...keys];
}
