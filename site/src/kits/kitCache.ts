import { createHash } from 'node:crypto'
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises'
import path from 'node:path'

import type { Locale, ScreeningKit } from '@hub/content-schemas'

import { hotlineFor } from '../lib/hotlines'
import type { Hub } from '../lib/hubData'
import { internalLinkPath, internalLinkTargets } from '../lib/links'
import type { KitArchive } from './buildKit'
import { kitCodeVersion } from './kitCodeVersion'

const cacheDir = path.join(process.cwd(), 'node_modules', '.cache', 'hub-kits')

// The code and packages that make kits: a change to a layout, a string, a label or a font makes every kit again.
let codeVersion: Promise<string> | undefined

/**
 * Everything a kit is made from: its documents, the hub's hotlines, the
 * address printed in it, where its internal links lead, and the code.
 */
export async function kitKey(kit: ScreeningKit, locale: Locale, hub: Hub, pageUrl: string): Promise<string> {
  codeVersion ??= kitCodeVersion(process.cwd())
  const donations = hub.byId(hub['donation-lists'], kit.donationList)
  const inputs = {
    code: await codeVersion,
    kit,
    locale,
    pageUrl,
    links: internalLinkTargets(kit).map((target) => internalLinkPath(hub, locale, target) ?? null),
    questions: hub.byId(hub['panel-question-sets'], kit.panelQuestionSet) ?? null,
    donations: donations ?? null,
    provider: donations ? (hub.byId(hub.organizations, donations.organization) ?? null) : null,
    poster: hub.byId(hub.media, kit.poster) ?? null,
    hotlines: hub.hotlines,
    hotline: hotlineFor(hub, locale, kit.regions) ?? null,
  }
  return createHash('sha256').update(JSON.stringify(inputs)).digest('hex')
}

type Stored = Omit<KitArchive, 'zip'>

/** A kit made by an earlier build from exactly the same inputs. */
export async function cachedKit(key: string): Promise<KitArchive | undefined> {
  try {
    const [zip, stored] = await Promise.all([
      readFile(path.join(cacheDir, `${key}.zip`)),
      readFile(path.join(cacheDir, `${key}.json`), 'utf8'),
    ])
    return { ...(JSON.parse(stored) as Stored), zip, milliseconds: 0 }
  } catch {
    return undefined
  }
}

export async function storeKit(key: string, archive: KitArchive): Promise<void> {
  await mkdir(cacheDir, { recursive: true })
  const { zip, ...stored } = archive
  // Written under a temporary name and renamed, so a build cut short never leaves half a kit to reuse.
  const temporary = path.join(cacheDir, `${key}.${process.pid}.tmp`)
  await writeFile(`${temporary}.zip`, zip)
  await writeFile(`${temporary}.json`, JSON.stringify(stored))
  await rename(`${temporary}.zip`, path.join(cacheDir, `${key}.zip`))
  await rename(`${temporary}.json`, path.join(cacheDir, `${key}.json`))
}
