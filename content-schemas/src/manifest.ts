import { z } from 'zod'

import { collectionSlugs } from './documentTypes.ts'
import { timestamp } from './fields.ts'
import { defaultLocale, locales } from './locales.ts'

export const snapshotSchemaVersion = 1

export const manifest = z.object({
  schemaVersion: z.literal(snapshotSchemaVersion, {
    error: `This snapshot was written for another schema version; re-export it with this version of the hub (schema version ${snapshotSchemaVersion}).`,
  }),
  generatedAt: timestamp,
  defaultLocale: z.literal(defaultLocale),
  locales: z.array(z.enum(locales)).min(1),
  counts: z.record(z.enum(collectionSlugs), z.number().int().nonnegative()),
  contentHash: z.string().regex(/^[0-9a-f]{64}$/, 'The content hash is a SHA-256 in lowercase hex.'),
})

export type Manifest = z.infer<typeof manifest>
