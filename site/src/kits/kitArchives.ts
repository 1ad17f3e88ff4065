import path from 'node:path'

import { pagePath, type Locale, type ScreeningKit } from '@hub/content-schemas'

import { snapshotDir } from '../loaders/snapshotDir'
import type { Hub } from '../lib/hubData'
import { buildKit, type KitArchive } from './buildKit'
import { cachedKit, kitKey, storeKit } from './kitCache'

const archives = new Map<string, Promise<KitArchive>>()

/**
 * Each kit archive is made once per site build and shared by the kit's page
 * (which shows its size) and the download itself. A kit whose inputs did not
 * change since an earlier build is reused from the cache, not made again.
 * What a kit had to leave out, and how long it took, goes to the build log.
 */
export function kitArchive(
  kit: ScreeningKit,
  locale: Locale,
  hub: Hub,
  site: URL | undefined,
): Promise<KitArchive> {
  const key = `${kit.slug}\u0000${locale}`
  let archive = archives.get(key)
  if (!archive) {
    archive = makeOrReuse(kit, locale, hub, site)
    archives.set(key, archive)
  }
  return archive
}

async function makeOrReuse(
  kit: ScreeningKit,
  locale: Locale,
  hub: Hub,
  site: URL | undefined,
): Promise<KitArchive> {
  const pageUrl = new URL(pagePath('screening-kits', kit.slug, locale), site ?? 'http://localhost:4321').href
  const key = await kitKey(kit, locale, hub, pageUrl)
  const cached = await cachedKit(key)
  const archive =
    cached ??
    (await buildKit(kit, locale, hub, { mediaDir: path.join(snapshotDir(), 'media-files'), pageUrl }))
  if (!cached) await storeKit(key, archive)
  for (const omission of archive.omissions) console.warn(`[kits] ${omission}`)
  const made = cached ? 'unchanged, reused' : `made in ${Math.round(archive.milliseconds)} ms`
  console.info(
    `[kits] ${kit.slug}-${locale}.zip: ${archive.files.length} files, ${Math.round(archive.zip.length / 1024)} KiB, ${made}`,
  )
  return archive
}
