import { createHash } from 'node:crypto'
import { mkdir, readFile, rename, stat, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { threadId } from 'node:worker_threads'

import type { Locale, ScreeningKit } from '@hub/content-schemas'

import { hotlineFor } from '../lib/hotlines'
import type { Hub } from '../lib/hubData'
import { internalLinkPath, internalLinkTargets } from '../lib/links'
import type { KitArchive } from './buildKit'
import { kitCodeVersion } from './kitCodeVersion'

// A build's kits sit beside Astro's caches of its output directory (astro.config.mjs says where); the
// editors' preview server keeps its own.
const cacheDir =
  process.env.SITE_KITS_CACHE_DIR || path.join(process.cwd(), 'node_modules', '.cache', 'hub-kits')

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

/** What a build needs to know of a kit without holding its bytes: its key, size and contents. */
export type KitFacts = Omit<KitArchive, 'zip' | 'milliseconds'> & { key: string; zipBytes: number }

type Stored = Omit<KitArchive, 'zip' | 'milliseconds'>

const zipFile = (key: string) => path.join(cacheDir, `${key}.zip`)

/** A kit made by an earlier build, or earlier in this one, from exactly the same inputs. */
export async function cachedKit(key: string): Promise<KitFacts | undefined> {
  try {
    const [zip, stored] = await Promise.all([
      stat(zipFile(key)),
      readFile(path.join(cacheDir, `${key}.json`), 'utf8'),
    ])
    const { slug, locale, files, omissions } = JSON.parse(stored) as Stored
    return { slug, locale, files, omissions, key, zipBytes: zip.size }
  } catch {
    return undefined
  }
}

/** The ZIP of a kit `storeKit` kept. */
export function kitZip(key: string): Promise<Buffer> {
  return readFile(zipFile(key))
}

export async function storeKit(key: string, archive: KitArchive): Promise<KitFacts> {
  await mkdir(cacheDir, { recursive: true })
  const { zip, slug, locale, files, omissions } = archive
  // Written under a temporary name and renamed, so a build cut short never leaves half a kit to reuse.
  const temporary = path.join(cacheDir, `${key}.${process.pid}.${threadId}.tmp`)
  await writeFile(`${temporary}.zip`, zip)
  await writeFile(`${temporary}.json`, JSON.stringify({ slug, locale, files, omissions }))
  await rename(`${temporary}.zip`, zipFile(key))
  await rename(`${temporary}.json`, path.join(cacheDir, `${key}.json`))
  return { slug, locale, files, omissions, key, zipBytes: zip.length }
}
