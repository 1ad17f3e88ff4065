import path from 'node:path'

import type { Locale, ScreeningKit } from '@hub/content-schemas'

import { snapshotDir } from '../loaders/snapshotDir'
import type { Hub } from '../lib/hubData'
import { docPath } from '../lib/routes'
import { buildKit, type KitArchive } from './buildKit'

const archives = new Map<string, Promise<KitArchive>>()

/**
 * Each kit archive is built once per site build and shared by the kit's page
 * (which shows its size) and the download itself. What a kit had to leave
 * out, and how long it took, goes to the build log.
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
    const pageUrl = new URL(docPath(locale, 'screeningKits', kit.slug), site ?? 'http://localhost:4321').href
    archive = buildKit(kit, locale, hub, { mediaDir: path.join(snapshotDir(), 'media-files'), pageUrl }).then(
      (built) => {
        for (const omission of built.omissions) console.warn(`[kits] ${omission}`)
        console.info(
          `[kits] ${kit.slug}-${locale}.zip: ${built.files.length} files, ${Math.round(built.zip.length / 1024)} KiB in ${Math.round(built.milliseconds)} ms`,
        )
        return built
      },
    )
    archives.set(key, archive)
  }
  return archive
}
