import { createHash } from 'node:crypto'
import { mkdir, readdir, readFile, rename, writeFile } from 'node:fs/promises'
import path from 'node:path'

import type { Locale, ScreeningKit } from '@hub/content-schemas'

import type { Hub } from '../lib/hubData'
import { internalLinkPath, internalLinkTargets } from '../lib/links'
import type { KitArchive } from './buildKit'

const cacheDir = path.join(process.cwd(), 'node_modules', '.cache', 'hub-kits')
// The code that makes kits: a change to a layout or a string makes every kit again.
const sources = ['kits', 'i18n', 'lib'].map((dir) => path.join(process.cwd(), 'src', dir))

let codeVersion: Promise<string> | undefined

async function hashSources(): Promise<string> {
  const hash = createHash('sha256')
  for (const dir of sources) {
    const files = (await readdir(dir, { recursive: true })).filter((name) => name.endsWith('.ts')).sort()
    for (const file of files) hash.update(file).update(await readFile(path.join(dir, file)))
  }
  return hash.digest('hex')
}

/**
 * Everything a kit is made from: its documents, the hub's hotlines, the
 * address printed in it, where its internal links lead, and the code.
 */
export async function kitKey(kit: ScreeningKit, locale: Locale, hub: Hub, pageUrl: string): Promise<string> {
  codeVersion ??= hashSources()
  const donations = hub.byId(hub.donationLists, kit.donationList)
  const inputs = {
    code: await codeVersion,
    kit,
    locale,
    pageUrl,
    links: internalLinkTargets(kit).map((target) => internalLinkPath(hub, locale, target) ?? null),
    questions: hub.byId(hub.panelQuestionSets, kit.panelQuestionSet) ?? null,
    donations: donations ?? null,
    provider: donations ? (hub.byId(hub.organizations, donations.organization) ?? null) : null,
    poster: hub.byId(hub.media, kit.poster) ?? null,
    hotlines: hub.hotlines,
    hotline: hub.settings.hotline ?? null,
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
