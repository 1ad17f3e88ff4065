import { createHash } from 'node:crypto'
import { cp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'

import {
  manifest as manifestSchema,
  resourceCollections,
  type Manifest,
  type ResourceCollection,
} from '@hub/content-schemas'

/**
 * How a hub's resources are spread: mostly guides, some events, a few screening kits
 * (each a kit download in up to five languages, the costliest thing a build makes).
 */
const weights: Record<ResourceCollection, number> = {
  guides: 26,
  'panel-question-sets': 6,
  'donation-lists': 7,
  'screening-kits': 1,
  'volunteer-opportunities': 2,
  'outreach-materials': 2,
  posts: 4,
  actions: 6,
  events: 4,
}
const mix = Object.entries(weights) as [ResourceCollection, number][]

function folderFor(index: number): ResourceCollection {
  const total = mix.reduce((sum, [, weight]) => sum + weight, 0)
  let slot = index % total
  for (const [folder, weight] of mix) {
    if (slot < weight) return folder
    slot -= weight
  }
  return 'guides'
}

async function writeManifest(target: string): Promise<void> {
  const manifestFile = path.join(target, 'manifest.json')
  const manifest: Manifest = manifestSchema.parse(JSON.parse(await readFile(manifestFile, 'utf8')))
  const hash = createHash('sha256')
  for (const folder of resourceCollections) {
    const names = (await readdir(path.join(target, folder))).sort()
    manifest.counts[folder] = names.length
    for (const name of names) hash.update(name).update(await readFile(path.join(target, folder, name)))
  }
  manifest.contentHash = hash.digest('hex')
  await writeFile(manifestFile, `${JSON.stringify(manifest, null, 2)}\n`)
}

/**
 * A snapshot of `documents` resource documents in five locales, made by
 * cloning a real snapshot's resources (realistic lengths, rich text, blocks,
 * images, kits) under new ids and slugs, in the proportions of `mix`.
 * Taxonomies, hotlines and media are kept. Returns how many of each it wrote.
 */
export async function writeSyntheticSnapshot(
  source: string,
  target: string,
  documents: number,
): Promise<Record<ResourceCollection, number>> {
  await rm(target, { recursive: true, force: true })
  await cp(source, target, { recursive: true })
  const templates = new Map<ResourceCollection, Record<string, unknown>[]>()
  for (const folder of resourceCollections) {
    const names = (await readdir(path.join(source, folder))).sort()
    templates.set(
      folder,
      await Promise.all(
        names.map(async (name) => JSON.parse(await readFile(path.join(source, folder, name), 'utf8'))),
      ),
    )
  }
  const counts = Object.fromEntries(resourceCollections.map((folder) => [folder, 0])) as Record<
    ResourceCollection,
    number
  >
  for (let index = 0; index < documents; index += 1) {
    const folder = folderFor(index)
    const choices = templates.get(folder)!
    const template = choices[counts[folder] % choices.length]!
    const slug = `${String(template.slug)}-${index}`
    const doc = {
      ...template,
      id: 100_000 + index,
      slug,
      title: Object.fromEntries(
        Object.entries(template.title as Record<string, string>).map(([locale, title]) => [
          locale,
          `${title} ${index}`,
        ]),
      ),
    }
    await writeFile(path.join(target, folder, `${slug}.json`), `${JSON.stringify(doc, null, 2)}\n`)
    counts[folder] += 1
  }
  await writeManifest(target)
  return counts
}

/**
 * Edits one guide of a snapshot, as an editor publishing a correction would:
 * `marker` ends its English summary. Updates the manifest; returns the guide's slug.
 */
export async function changeOneDocument(target: string, marker: string): Promise<string> {
  const [name] = (await readdir(path.join(target, 'guides'))).sort()
  const file = path.join(target, 'guides', name!)
  const doc = JSON.parse(await readFile(file, 'utf8'))
  doc.summary = {
    ...doc.summary,
    en: `${String(doc.summary.en).replace(/ \(Corrected \S+\)$/, '')} (Corrected ${marker})`,
  }
  doc.updatedAt = new Date().toISOString()
  await writeFile(file, `${JSON.stringify(doc, null, 2)}\n`)
  await writeManifest(target)
  return doc.slug
}
