import { createHash } from 'node:crypto'
import {
  copyFile,
  link,
  mkdir,
  mkdtemp,
  readdir,
  readFile,
  rename,
  rm,
  stat,
  writeFile,
} from 'node:fs/promises'
import path from 'node:path'

import type { Payload, Where } from 'payload'

import {
  collections,
  collectionSlugs,
  defaultLocale,
  describeIssue,
  imageMimeTypes,
  locales,
  manifest as manifestSchema,
  siteSettings,
  snapshotSchemaVersion,
  toContentIssues,
  type CollectionSlug,
  type Manifest,
} from '@hub/content-schemas'

import { contractDisagreements } from '../fields/checkAgainstContract'
import { publishedMediaReferences } from '../publishing/mediaInUse'
import { canonicalRichText } from './canonicalRichText'

/** A published document that breaks the contract: the export stops and names it. */
export class SnapshotError extends Error {
  override name = 'SnapshotError'
}

type StoredDoc = Record<string, unknown> & { id: number | string; slug?: string; updatedAt?: string }

const json = (value: unknown) => `${JSON.stringify(value, canonicalRichText, 2)}\n`

function fileStem(collection: CollectionSlug, doc: StoredDoc): string {
  return collection === 'media' || !doc.slug ? String(doc.id) : doc.slug
}

async function publishedDocs(
  payload: Payload,
  collection: CollectionSlug,
  { ids, summary = false }: { ids?: (number | string)[]; summary?: boolean } = {},
): Promise<StoredDoc[]> {
  const versioned = Boolean(payload.collections[collection].config.versions?.drafts)
  const hasSlug = payload.collections[collection].config.fields.some(
    (field) => 'name' in field && field.name === 'slug',
  )
  const where: Where[] = [
    ...(versioned ? [{ _status: { equals: 'published' } }] : []),
    ...(ids ? [{ id: { in: ids } }] : []),
  ]
  const { docs } = await payload.find({
    collection,
    locale: summary ? undefined : 'all',
    depth: 0,
    draft: false,
    pagination: false,
    sort: 'id',
    overrideAccess: true,
    // Media summaries carry their file names, so unchanged files can be carried over without reading the document.
    ...(summary
      ? {
          select: {
            updatedAt: true,
            ...(hasSlug ? { slug: true } : {}),
            ...(collection === 'media' ? { filename: true, sizes: true } : {}),
          },
        }
      : {}),
    ...(where.length > 0 ? { where: { and: where } } : {}),
  })
  return docs as unknown as StoredDoc[]
}

/**
 * The previous snapshot's file for a document, when it holds this very
 * version (same id, same updatedAt): reused as it is instead of exported again.
 */
async function unchangedFile(previousDir: string, collection: CollectionSlug, summary: StoredDoc) {
  const file = path.join(previousDir, collection, `${fileStem(collection, summary)}.json`)
  try {
    const data = JSON.parse(await readFile(file, 'utf8')) as StoredDoc
    return data.id === summary.id && data.updatedAt === summary.updatedAt ? { file, data } : undefined
  } catch {
    return undefined
  }
}

/** Hard-links a file of the previous snapshot into the new one; copies when a link is not possible. */
async function carryOver(from: string, to: string): Promise<void> {
  await link(from, to).catch(() => copyFile(from, to))
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
 * snapshot is written beside the old one and swapped in whole. With `reuse`,
 * documents whose version (id and updatedAt) is already in the previous
 * snapshot are carried over from it, so only changed documents are read and
 * written; a plain export reads and checks everything.
 */
export async function exportSnapshot(
  payload: Payload,
  { outDir, reuse = false }: { outDir: string; reuse?: boolean },
): Promise<ExportResult> {
  refuseFieldsTheContractLacks(payload)
  const upload = payload.collections.media.config.upload
  const mediaDir = path.resolve(typeof upload === 'object' && upload.staticDir ? upload.staticDir : 'media')
  await mkdir(path.dirname(path.resolve(outDir)), { recursive: true })
  const previous = reuse ? await previousSnapshot(outDir) : undefined
  const workDir = await mkdtemp(`${path.resolve(outDir)}.tmp-`)
  try {
    const counts = {} as Record<CollectionSlug, number>
    const written: unknown[] = []
    let exported = 0
    let reused = 0
    let newest = '1970-01-01T00:00:00.000Z'
    const publicMedia = await mediaForSite(payload)
    for (const collection of collectionSlugs) {
      await mkdir(path.join(workDir, collection), { recursive: true })
      const summaries =
        collection !== 'media'
          ? await publishedDocs(payload, collection, { summary: true })
          : publicMedia.length > 0
            ? await publishedDocs(payload, collection, { summary: true, ids: publicMedia })
            : []
      const changed: (number | string)[] = []
      for (const summary of summaries) {
        if (summary.updatedAt && summary.updatedAt > newest) newest = summary.updatedAt
        const kept = previous && (await unchangedFile(previous, collection, summary))
        if (!kept) {
          changed.push(summary.id)
          continue
        }
        await carryOver(kept.file, path.join(workDir, collection, path.basename(kept.file)))
        if (collection === 'media')
          await copyMediaFiles(summary, mediaDir, path.join(workDir, 'media-files'), previous)
        written.push(kept.data)
        reused += 1
      }
      const docs = changed.length > 0 ? await publishedDocs(payload, collection, { ids: changed }) : []
      for (const doc of docs) {
        const label = `${collection} "${fileStem(collection, doc)}" (id ${doc.id})`
        const result = collections[collection].document.safeParse(doc)
        if (!result.success) {
          const problems = toContentIssues(result.error, doc).map((issue) => describeIssue(label, issue))
          throw new SnapshotError(
            `The export stopped: a published document does not satisfy the content contract.\n${problems.join('\n')}\nFix it in the CMS and publish again.`,
          )
        }
        await writeFile(
          path.join(workDir, collection, `${fileStem(collection, doc)}.json`),
          json(result.data),
        )
        written.push(result.data)
        exported += 1
        if (collection === 'media') await copyMediaFiles(doc, mediaDir, path.join(workDir, 'media-files'))
      }
      counts[collection] = summaries.length
    }
    const settings = siteSettings.parse(
      await payload.findGlobal({ slug: 'site-settings', locale: 'all', depth: 0, overrideAccess: true }),
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
    // Moved aside, not deleted first: the folder is without a snapshot between two renames, not for a whole deletion.
    const replaced = `${workDir}.replaced`
    const hadSnapshot = await rename(outDir, replaced).then(
      () => true,
      () => false,
    )
    await rename(workDir, outDir)
    if (hadSnapshot) await rm(replaced, { recursive: true, force: true })
    return { manifest, exported, reused }
  } catch (error) {
    await rm(workDir, { recursive: true, force: true })
    throw error
  }
}

/**
 * The snapshot holds what the contract describes; a CMS field the contract
 * lacks (and cmsOnlyFields does not explain) would be left out of every
 * document without a word, so the export refuses before writing anything.
 */
function refuseFieldsTheContractLacks(payload: Payload): void {
  const dropped = contractDisagreements(payload.config).filter((each) => each.kind === 'cms-only')
  if (dropped.length > 0) {
    throw new SnapshotError(
      `The export stopped: the CMS has fields the content contract lacks, which the snapshot would leave out.\n${dropped.map((each) => each.message).join('\n')}`,
    )
  }
}

export type ExportResult = {
  manifest: Manifest
  /** Documents read from the database and written. */
  exported: number
  /** Documents unchanged since the previous snapshot, carried over from it. */
  reused: number
}

/**
 * The media published documents use: only these are public, so only these
 * enter the snapshot (and so the site). Stops when a field the site shows as
 * a picture (a kit's poster, a logo) holds something that is not an image,
 * which the site's image pipeline could not build.
 */
async function mediaForSite(payload: Payload): Promise<(number | string)[]> {
  const references = await publishedMediaReferences(payload)
  const ids = [...new Set(references.map((reference) => reference.media))]
  if (ids.length === 0) return []
  const { docs } = await payload.find({
    collection: 'media',
    where: { id: { in: ids } },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    select: { filename: true, mimeType: true },
  })
  const media = new Map(docs.map((doc) => [doc.id, doc]))
  const problems = references.flatMap(({ owner, field, media: id, imagesOnly }) => {
    const used = media.get(id as number)
    if (!imagesOnly || !used || (imageMimeTypes as readonly string[]).includes(used.mimeType ?? '')) return []
    return [
      `${owner}: ${field} uses media ${id} ("${used.filename}"), a ${used.mimeType === 'application/pdf' ? 'PDF' : used.mimeType}, but the site shows this field as a picture. Choose an image (JPEG, PNG, WebP or AVIF) for ${field} in the CMS and publish again.`,
    ]
  })
  if (problems.length > 0) {
    throw new SnapshotError(
      `The export stopped: a published document uses a PDF where an image is needed.\n${problems.join('\n')}`,
    )
  }
  return ids
}

/** The previous snapshot, if it was written with this contract version and so can be carried over. */
async function previousSnapshot(outDir: string): Promise<string | undefined> {
  try {
    const manifest = manifestSchema.parse(
      JSON.parse(await readFile(path.join(outDir, 'manifest.json'), 'utf8')),
    )
    return manifest.schemaVersion === snapshotSchemaVersion ? outDir : undefined
  } catch {
    return undefined
  }
}

/**
 * The original upload and every generated size, exactly as the CMS stores
 * them. A file already in `previousDir` and no newer in the CMS is carried
 * over from there instead of copied again.
 */
async function copyMediaFiles(doc: StoredDoc, mediaDir: string, targetDir: string, previousDir?: string) {
  const sizes = Object.values((doc.sizes ?? {}) as Record<string, { filename?: string | null }>)
  const filenames = [doc.filename, ...sizes.map((size) => size.filename)].filter(
    (name): name is string => typeof name === 'string' && name.length > 0,
  )
  await mkdir(targetDir, { recursive: true })
  for (const filename of filenames) {
    const source = await stat(path.join(mediaDir, filename)).catch(() => undefined)
    if (!source) {
      throw new SnapshotError(
        `The export stopped: media ${doc.id} ("${String(doc.filename)}") lists the file "${filename}", which is missing from ${mediaDir}. Re-upload the file in the CMS.`,
      )
    }
    const kept = previousDir && path.join(previousDir, 'media-files', filename)
    const copy = kept && (await stat(kept).catch(() => undefined))
    if (kept && copy && source.size === copy.size && source.mtimeMs <= copy.mtimeMs) {
      await carryOver(kept, path.join(targetDir, filename))
    } else {
      await copyFile(path.join(mediaDir, filename), path.join(targetDir, filename))
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
