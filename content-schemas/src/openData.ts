import { z } from 'zod'

import { collections } from './collections.ts'
import { collectionSlugs, type CollectionSlug } from './documentTypes.ts'
import { siteSettings } from './documents/siteSettings.ts'
import { locales } from './locales.ts'
import { manifest, snapshotSchemaVersion } from './manifest.ts'

/**
 * The published snapshot as open data: the site serves every snapshot file
 * unchanged under /data/, with a JSON Schema per kind of file generated from
 * this contract, so that another hub or a researcher can read and check it
 * without this code.
 */
export const openDataCatalogue = z.object({
  schemaVersion: z.literal(snapshotSchemaVersion),
  generatedAt: z.string(),
  contentHash: z.string(),
  locales: z.array(z.enum(locales)),
  manifest: z.object({ file: z.literal('manifest.json'), schema: z.literal('schema/manifest.json') }),
  settings: z.object({ file: z.literal('settings.json'), schema: z.literal('schema/settings.json') }),
  collections: z.record(
    z.enum(collectionSlugs),
    z.object({ schema: z.string(), files: z.array(z.string()) }),
  ),
  media: z.string(),
})

export type OpenDataCatalogue = z.infer<typeof openDataCatalogue>

export type OpenDataSchemaName = CollectionSlug | 'manifest' | 'settings' | 'index'

export const openDataSchemaNames: readonly OpenDataSchemaName[] = [
  'index',
  'manifest',
  'settings',
  ...collectionSlugs,
]

const fileKinds: Record<Exclude<OpenDataSchemaName, CollectionSlug>, { schema: z.ZodType; title: string }> = {
  index: { schema: openDataCatalogue, title: 'The catalogue of this hub’s open data (/data/index.json)' },
  manifest: { schema: manifest, title: 'The snapshot’s manifest: when it was made, its locales and counts' },
  settings: {
    schema: siteSettings,
    title: 'Hub-wide settings: where quick exit goes, which hotline pages show',
  },
}

function described(name: OpenDataSchemaName): { schema: z.ZodType; title: string } {
  if (name === 'index' || name === 'manifest' || name === 'settings') return fileKinds[name]
  return { schema: collections[name].document, title: `One published document of ${name}` }
}

/**
 * The JSON Schema (draft 2020-12) of one kind of snapshot file, describing
 * the file as written (`io: 'input'`). Checks that need code (for example
 * that a rich-text link is https) cannot be expressed and are left out, so
 * the schema accepts a little more than the hub does, never less.
 */
export function openDataSchema(name: OpenDataSchemaName): Record<string, unknown> {
  const { schema, title } = described(name)
  return {
    ...z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }),
    title,
  }
}
