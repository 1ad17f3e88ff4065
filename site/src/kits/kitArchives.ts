import path from 'node:path'

import { pagePath, type Locale, type ScreeningKit } from '@hub/content-schemas'

import { snapshotDir } from '../loaders/snapshotDir'
import type { Hub } from '../lib/hubData'
import { cachedKit, kitKey, storeKit, type KitFacts } from './kitCache'
import { kitsPrebuilt } from './prebuild/prebuiltKits'

const archives = new Map<string, Promise<KitFacts>>()

/**
 * Each kit archive is made once per site build and shared by the kit's page
 * (which shows its size) and the download itself. A kit whose inputs did not
 * change since an earlier build, or that the build's kit workers made while
 * Astro was starting, is reused from the cache, not made again. Only its facts
 * stay in memory; the download reads its bytes back (`kitZip`).
 */
export function kitArchive(
  kit: ScreeningKit,
  locale: Locale,
  hub: Hub,
  site: URL | undefined,
): Promise<KitFacts> {
  const key = `${kit.slug}\u0000${locale}`
  let archive = archives.get(key)
  if (!archive) {
    archive = reported(kitsPrebuilt().then(() => makeOrReuseKit(kit, locale, hub, site)))
    archives.set(key, archive)
  }
  return archive
}

/** The kit from the cache, or made (`onMaking` says so first) and stored there, and how long making it took. */
export async function makeOrReuseKit(
  kit: ScreeningKit,
  locale: Locale,
  hub: Hub,
  site: URL | undefined,
  onMaking?: () => void,
): Promise<{ facts: KitFacts; milliseconds?: number }> {
  const pageUrl = new URL(pagePath('screening-kits', kit.slug, locale), site ?? 'http://localhost:4321').href
  const key = await kitKey(kit, locale, hub, pageUrl)
  const cached = await cachedKit(key)
  if (cached) return { facts: cached }
  onMaking?.()
  // The kit maker (PDF, font and image libraries) loads only for a kit to make: a publish whose kits
  // are all cached spares its kit worker loading it.
  const { buildKit } = await import('./buildKit')
  const archive = await buildKit(kit, locale, hub, {
    mediaDir: path.join(snapshotDir(), 'media-files'),
    pageUrl,
  })
  return { facts: await storeKit(key, archive), milliseconds: archive.milliseconds }
}

/** What a kit had to leave out, and how long it took, for the build log. */
async function reported(made: Promise<{ facts: KitFacts; milliseconds?: number }>): Promise<KitFacts> {
  const { facts, milliseconds } = await made
  for (const omission of facts.omissions) console.warn(`[kits] ${omission}`)
  const how = milliseconds === undefined ? 'from the kit cache' : `made in ${Math.round(milliseconds)} ms`
  console.info(
    `[kits] ${facts.slug}-${facts.locale}.zip: ${facts.files.length} files, ${Math.round(facts.zipBytes / 1024)} KiB, ${how}`,
  )
  return facts
}
