import { z } from 'zod'

/** Raised for a backup or a target that cannot be used; its message says what is wrong and what to do. */
export class BackupError extends Error {}

export const backupFormat = 'coalition-resource-hub-backup'
export const backupFormatVersion = 1

export const manifestName = 'manifest.json'
export const collectionEntry = (slug: string) => `collections/${slug}.json`
export const globalEntry = (slug: string) => `globals/${slug}.json`
export const fileEntry = (collection: string, filename: string) => `files/${collection}/${filename}`

const count = z.number().int().nonnegative()

export const backupManifest = z.strictObject({
  format: z.literal(backupFormat),
  formatVersion: z.literal(backupFormatVersion),
  createdAt: z.iso.datetime(),
  databaseKind: z.enum(['sqlite', 'postgres', 'mongodb']),
  hubVersion: z.string(),
  collections: z.record(z.string(), z.strictObject({ documents: count, versions: count, files: count })),
  globals: z.record(z.string(), z.strictObject({ document: z.boolean(), versions: count })),
  /** Every other entry of the archive, so that a missing, extra or damaged one is found before restoring. */
  entries: z.record(z.string(), z.strictObject({ size: count, sha256: z.string().regex(/^[0-9a-f]{64}$/) })),
})
export type BackupManifest = z.infer<typeof backupManifest>

/** A row as the database adapter returns it with every locale: the id and its fields. */
const stored = z.looseObject({ id: z.union([z.number(), z.string()]) })
export type StoredDoc = z.infer<typeof stored>

const storedVersion = z.looseObject({
  id: z.union([z.number(), z.string()]),
  parent: z.union([z.number(), z.string()]).optional(),
  version: z.record(z.string(), z.unknown()),
  createdAt: z.string().optional(),
  updatedAt: z.string().optional(),
  latest: z.boolean().nullish(),
  autosave: z.boolean().nullish(),
  publishedLocale: z.string().nullish(),
  snapshot: z.boolean().nullish(),
})
export type StoredVersion = z.infer<typeof storedVersion>

export const collectionData = z.strictObject({ documents: z.array(stored), versions: z.array(storedVersion) })
export type CollectionData = z.infer<typeof collectionData>

export const globalData = z.strictObject({
  document: z.record(z.string(), z.unknown()).nullable(),
  versions: z.array(storedVersion),
})
export type GlobalData = z.infer<typeof globalData>
