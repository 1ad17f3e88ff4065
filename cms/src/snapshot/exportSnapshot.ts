import { createHash } from 'node:crypto'
import { copyFile, mkdir, mkdtemp, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'

import type { Payload } from 'payload'

import {
  collections,
  collectionSlugs,
  defaultLocale,
  describeIssue,
  locales,
  manifest as manifestSchema,
  siteSettings,
  snapshotSchemaVersion,
  toContentIssues,
  type CollectionSlug,
  type Manifest,
} from '@hub/content-schemas'

/** A published document that breaks the contract: the export stops and names it. */
export class SnapshotError extends Error {
  override name = 'SnapshotError'
}

type StoredDoc = Record<string, unknown> & { id: number | string; slug?: string; updatedAt?: string }

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`

function fileStem(collection: CollectionSlug, doc: StoredDoc): string {
  return collection === 'media' || !doc.slug ? String(doc.id) : doc.slug
}

async function publishedDocs(payload: Payload, collection: CollectionSlug): Promise<StoredDoc[]> {
  const versioned = Boolean(payload.collections[collection].config.versions?.drafts)
  const { docs } = await payload.find({
    collection,
    locale: 'all',
    depth: 0,
    draft: false,
    pagination: false,
    sort: 'id',
    overrideAccess: true,
    ...(versioned ? { where: { _status: { equals: 'published' } } } : {}),
  })
  return docs as unknown as StoredDoc[]
}

/** Locales in which at least one document has a value, in the contract's order. */
function localesPresent(docs: unknown[]): string[] {
  const text = JSON.stringify(docs)
  return locales.filter((locale) => locale === defaultLocale || text.includes(`"${locale}":`))
}

/**
 * Writes the snapshot of everything published: one JSON file per document with
 * every locale, the media files, and a manifest. Drafts, versions and users
 * never enter it. Output is deterministic (schema key order, no export time),
 * so exporting an unchanged CMS twice gives byte-identical snapshots. The new
 * snapshot is written beside the old one and swapped in whole.
 */
export async function exportSnapshot(payload: Payload, { outDir }: { outDir: string }): Promise<Manifest> {
  const upload = payload.collections.media.config.upload
  const mediaDir = path.resolve(typeof upload === 'object' && upload.staticDir ? upload.staticDir : 'media')
  await mkdir(path.dirname(path.resolve(outDir)), { recursive: true })
  const workDir = await mkdtemp(`${path.resolve(outDir)}.tmp-`)
  try {
    const counts = {} as Record<CollectionSlug, number>
    const written: unknown[] = []
    let newest = '1970-01-01T00:00:00.000Z'
    for (const collection of collectionSlugs) {
      const docs = await publishedDocs(payload, collection)
      await mkdir(path.join(workDir, collection), { recursive: true })
      for (const doc of docs) {
        const label = `${collection} "${fileStem(collection, doc)}" (id ${doc.id})`
        const result = collections[collection].document.safeParse(doc)
        if (!result.success) {
          const problems = toContentIssues(result.error).map((issue) => describeIssue(label, issue))
          throw new SnapshotError(
            `The export stopped: a published document does not satisfy the content contract.\n${problems.join('\n')}\nFix it in the CMS and publish again.`,
          )
        }
        await writeFile(
          path.join(workDir, collection, `${fileStem(collection, doc)}.json`),
          json(result.data),
        )
        written.push(result.data)
        if (doc.updatedAt && doc.updatedAt > newest) newest = doc.updatedAt
        if (collection === 'media') await copyMediaFiles(doc, mediaDir, path.join(workDir, 'media-files'))
      }
      counts[collection] = docs.length
    }
    const settings = siteSettings.parse(
      await payload.findGlobal({ slug: 'site-settings', depth: 0, overrideAccess: true }),
    )
    await writeFile(path.join(workDir, 'settings.json'), json(settings))
    const manifest = manifestSchema.parse({
      schemaVersion: snapshotSchemaVersion,
      generatedAt: newest,
      defaultLocale,
      locales: localesPresent(written),
      counts,
      contentHash: await hashTree(workDir),
    })
    await writeFile(path.join(workDir, 'manifest.json'), json(manifest))
    await rm(outDir, { recursive: true, force: true })
    await rename(workDir, outDir)
    return manifest
  } catch (error) {
    await rm(workDir, { recursive: true, force: true })
    throw error
  }
}

/** The original upload and every generated size, exactly as the CMS stores them. */
async function copyMediaFiles(doc: StoredDoc, mediaDir: string, targetDir: string) {
  const sizes = Object.values((doc.sizes ?? {}) as Record<string, { filename?: string | null }>)
  const filenames = [doc.filename, ...sizes.map((size) => size.filename)].filter(
    (name): name is string => typeof name === 'string' && name.length > 0,
  )
  await mkdir(targetDir, { recursive: true })
  for (const filename of filenames) {
    try {
      await copyFile(path.join(mediaDir, filename), path.join(targetDir, filename))
    } catch {
      throw new SnapshotError(
        `The export stopped: media ${doc.id} ("${String(doc.filename)}") lists the file "${filename}", which is missing from ${mediaDir}. Re-upload the file in the CMS.`,
      )
    }
  }
}

/** SHA-256 over every file's relative path and bytes, in sorted order. */
async function hashTree(root: string): Promise<string> {
  const hash = createHash('sha256')
  const walk = async (dir: string): Promise<string[]> => {
    const entries = await readdir(dir, { withFileTypes: true })
    const nested = await Promise.all(
      entries.map((entry) =>
        entry.isDirectory() ? walk(path.join(dir, entry.name)) : [path.join(dir, entry.name)],
      ),
    )
    return nested.flat()
  }
  for (const file of (await walk(root)).sort()) {
    hash.update(path.relative(root, file).split(path.sep).join('/'))
    hash.update('\0')
    hash.update(await readFile(file))
  }
  return hash.digest('hex')
}
