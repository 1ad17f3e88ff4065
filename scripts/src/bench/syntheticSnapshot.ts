import { cp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'

import { manifest as manifestSchema, type Manifest } from '@hub/content-schemas'

const resourceFolders = ['guides', 'screening-kits', 'panel-question-sets', 'donation-lists'] as const

/**
 * A snapshot of `documents` resource documents in five locales, made by
 * cloning a real snapshot's resources (realistic lengths, rich text, blocks,
 * images) under new ids and slugs. Taxonomies, hotlines and media are kept.
 */
export async function writeSyntheticSnapshot(
  source: string,
  target: string,
  documents: number,
): Promise<void> {
  await rm(target, { recursive: true, force: true })
  await cp(source, target, { recursive: true })
  const templates: { folder: string; doc: Record<string, unknown> }[] = []
  for (const folder of resourceFolders) {
    for (const name of await readdir(path.join(source, folder))) {
      templates.push({ folder, doc: JSON.parse(await readFile(path.join(source, folder, name), 'utf8')) })
    }
    await rm(path.join(target, folder), { recursive: true, force: true })
    await cp(path.join(source, folder), path.join(target, folder), { recursive: true })
  }
  const counts: Record<string, number> = {}
  for (let index = 0; index < documents; index += 1) {
    const template = templates[index % templates.length]!
    const slug = `${String(template.doc.slug)}-${index}`
    const doc = {
      ...template.doc,
      id: 100_000 + index,
      slug,
      title: Object.fromEntries(
        Object.entries(template.doc.title as Record<string, string>).map(([locale, title]) => [
          locale,
          `${title} ${index}`,
        ]),
      ),
    }
    await writeFile(path.join(target, template.folder, `${slug}.json`), `${JSON.stringify(doc, null, 2)}\n`)
    counts[template.folder] = (counts[template.folder] ?? 0) + 1
  }
  const manifestFile = path.join(target, 'manifest.json')
  const manifest: Manifest = manifestSchema.parse(JSON.parse(await readFile(manifestFile, 'utf8')))
  for (const folder of resourceFolders) {
    manifest.counts[folder] = (await readdir(path.join(target, folder))).length
  }
  await writeFile(manifestFile, `${JSON.stringify(manifest, null, 2)}\n`)
}
