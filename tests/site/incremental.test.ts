import { createHash } from 'node:crypto'
import { cp, readdir, readFile, readlink, rename, rm, stat, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { stripVTControlCharacters } from 'node:util'

import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { buildRelease, prepareReleaseBuild } from '@hub/cms/build-release'
import { siteBuildCacheDir } from '@hub/content-schemas/settings'
import { searchIndexText } from '@hub/scripts/search-index'

import { fixtureSnapshot, siteBuildDir, siteDir } from '../support/siteBuild'

// The fixture's build, as tests/site/build.test.ts makes it: kits print the address, events depend on the day.
const env = { HUB_SITE_URL: 'https://hub.example.org', HUB_BUILD_NOW: '2026-12-05T12:00:00Z' }

/** Every file of a release and the SHA-256 of its bytes, by path. */
async function fileHashes(root: string): Promise<Map<string, string>> {
  const files = (await readdir(root, { recursive: true, withFileTypes: true })).filter((entry) =>
    entry.isFile(),
  )
  const hashes = new Map<string, string>()
  for (const file of files) {
    const full = path.join(file.parentPath, file.name)
    hashes.set(
      path.relative(root, full),
      createHash('sha256')
        .update(await readFile(full))
        .digest('hex'),
    )
  }
  return hashes
}

/** The paths whose bytes differ between two releases, or that only one of them has. */
async function differences(a: string, b: string): Promise<string[]> {
  const [left, right] = await Promise.all([fileHashes(a), fileHashes(b)])
  return [...new Set([...left.keys(), ...right.keys()])]
    .filter((file) => left.get(file) !== right.get(file))
    .sort()
}

/**
 * The files Astro rendered, from its log (lines of pages rendered side by side interleave; colours
 * are on where CI is set, as picocolors decides), and how many it says it restored from the last
 * build: it counts those rather than naming each.
 */
function pagesOf(output: string) {
  const log = stripVTControlCharacters(output)
  return {
    // An endpoint's file is logged with a slash after its name (`/kits/kit-en.zip/`).
    rendered: [...log.matchAll(/├─ (\S+?)(?= |\d\d:\d\d:\d\d|$)/gm)].map((line) =>
      line[1]!.replace(/\/$/, ''),
    ),
    restoredCount: Number(/Restored (\d+) unchanged file\(s\)/.exec(log)?.[1] ?? 0),
  }
}

/** The HTML pages of a release, as Astro's log names them (`/en/guides/…/index.html`). */
async function htmlPages(release: string): Promise<string[]> {
  const client = path.join(release, 'client')
  return (await readdir(client, { recursive: true }))
    .filter((file) => file.endsWith('.html'))
    .map((file) => `/${file.split(path.sep).join('/')}`)
}

/** What the search step did per locale, from its log: `indexed` or `reused`. */
function searchSteps(output: string): Record<string, string> {
  const lines = stripVTControlCharacters(output).matchAll(/^Search index (\w+): (indexed|reused)\b/gm)
  return Object.fromEntries([...lines].map(([, locale, step]) => [locale, step]))
}

/** Whether a page of one release is the same file (inode) as in another: kept by hard link, not written again. */
async function sameFile(file: string, a: string, b: string): Promise<boolean> {
  const [left, right] = await Promise.all([
    stat(path.join(a, 'client', file)),
    stat(path.join(b, 'client', file)),
  ])
  return left.ino === right.ino && left.dev === right.dev
}

describe('an incremental release equals a full build of the same snapshot', () => {
  let work: string
  let firstRelease: string
  /** The first change's incremental release and its files' hashes when it was built. */
  let kept: { release: string; hashes: Map<string, string> }
  let paths: Parameters<typeof buildRelease>[0]
  const snapshot = () => paths.snapshotDir
  const cache = () => siteBuildCacheDir(paths.buildLink)

  const editJson = async (file: string, edit: (data: any) => void) => {
    const full = path.join(snapshot(), file)
    const data = JSON.parse(await readFile(full, 'utf8'))
    edit(data)
    await writeFile(full, `${JSON.stringify(data, null, 2)}\n`)
  }
  /** What the export does on every change: a new content hash in the manifest. */
  const newContent = (name: string) =>
    editJson('manifest.json', (manifest) => {
      manifest.contentHash = createHash('sha256').update(name).digest('hex')
    })

  /**
   * Builds the changed snapshot incrementally (with the cache of the builds before), then from
   * scratch through the same paths (the server bundle holds them) with a cold cache, and
   * returns both releases and the incremental build's log. As in the CMS, the next build is then
   * started ahead: each incremental build is one that waited loaded for its change.
   */
  const buildBoth = async (buildEnv = env) => {
    const { contentHash } = JSON.parse(await readFile(path.join(snapshot(), 'manifest.json'), 'utf8'))
    const { release: incremental, output } = await buildRelease(paths, contentHash, buildEnv)
    const incrementalCache = `${cache()}-kept`
    await rename(cache(), incrementalCache)
    try {
      const { release: full } = await buildRelease(paths, contentHash, buildEnv)
      return { incremental, full, output, ...pagesOf(output) }
    } finally {
      await rm(cache(), { recursive: true, force: true })
      await rename(incrementalCache, cache())
      prepareReleaseBuild(paths)
    }
  }

  beforeAll(async () => {
    work = await siteBuildDir('incremental')
    paths = {
      siteDir,
      snapshotDir: path.join(work, 'snapshot'),
      releasesDir: path.join(work, 'releases'),
      liveLink: path.join(work, 'dist'),
      buildLink: path.join(work, 'build'),
    }
    await cp(fixtureSnapshot, snapshot(), { recursive: true })
    const { contentHash } = JSON.parse(await readFile(path.join(snapshot(), 'manifest.json'), 'utf8'))
    firstRelease = (await buildRelease(paths, contentHash, env)).release
    prepareReleaseBuild(paths)
  }, 300_000)
  afterAll(async () => rm(work, { recursive: true, force: true }))

  it('after one guide’s body changes, keeping the other pages by hard link', async () => {
    await editJson('guides/supporting-a-survivor-who-discloses.json', (guide) => {
      guide.body.en.root.children[0].children[0].text += ' zqoneguide'
    })
    await newContent('one guide')
    const { incremental, full, rendered, restoredCount } = await buildBoth()
    expect(await differences(incremental, full)).toEqual([])
    for (const locale of ['en', 'es', 'fr', 'ar', 'th'])
      expect(rendered).toContain(`/${locale}/guides/supporting-a-survivor-who-discloses/index.html`)
    kept = { release: incremental, hashes: await fileHashes(incremental) }
    // A page the log does not name as rendered was restored: a hard link to the previous release's
    // file. Rendered ones are new files. (HTML pages: a kit's own log lines can run into an
    // endpoint's name in Astro's log.)
    const pages = await htmlPages(incremental)
    const restored = pages.filter((file) => !rendered.includes(file))
    expect(restored.length).toBeGreaterThan(rendered.length)
    expect(restoredCount).toBeGreaterThanOrEqual(restored.length)
    for (const file of restored) expect(await sameFile(file, incremental, firstRelease), file).toBe(true)
    for (const file of pages.filter((page) => rendered.includes(page)))
      expect(await sameFile(file, incremental, firstRelease), file).toBe(false)
  }, 300_000)

  it('after an English text changes, re-indexing English only', async () => {
    await editJson('guides/recognising-the-signs-of-trafficking.json', (guide) => {
      guide.body.en.root.children[0].children[0].text += ' zqenglishonly'
    })
    await newContent('english only')
    const { incremental, full, output } = await buildBoth()
    expect(await differences(incremental, full)).toEqual([])
    expect(searchSteps(output)).toEqual({
      en: 'indexed',
      es: 'reused',
      fr: 'reused',
      ar: 'reused',
      th: 'reused',
    })
    expect(await searchIndexText(path.join(incremental, 'client'), 'en')).toContain('zqenglishonly')
  }, 300_000)

  it('after a guide’s body, a listed title, a topic’s name and an added translation change', async () => {
    await editJson('guides/recognising-the-signs-of-trafficking.json', (guide) => {
      guide.body.en.root.children[0].children[0].text += ' zqbodychange'
    })
    await editJson('actions/host-a-screening.json', (action) => {
      action.title.en = 'Host a screening zqlistedtitle'
    })
    await editJson('topics/survivor-support.json', (topic) => {
      topic.name.en = 'Supporting survivors zqtopicname'
    })
    await editJson('guides/supporting-a-survivor-who-discloses.json', (guide) => {
      guide.body.fr = structuredClone(guide.body.en)
      guide.body.fr.root.children[0].children[0].text = 'Traduction ajoutée zqtranslation'
    })
    await newContent('first change')
    const { incremental, full, rendered } = await buildBoth()
    expect(await differences(incremental, full)).toEqual([])
    for (const locale of ['en', 'es', 'fr', 'ar', 'th'])
      expect(rendered).toContain(`/${locale}/guides/recognising-the-signs-of-trafficking/index.html`)
    expect(rendered).toContain('/en/topics/survivor-support/index.html')
    // Pages that show none of the four documents, nor anything that points at them: restored, the
    // same files as in the first change's release.
    for (const locale of ['en', 'es', 'fr', 'ar', 'th'])
      for (const file of [
        `/${locale}/events/know-your-rights-online-workshop/index.html`,
        `/${locale}/organizations/camino-libre/index.html`,
      ]) {
        expect(rendered).not.toContain(file)
        expect(await sameFile(file, incremental, kept.release), file).toBe(true)
      }
    const client = path.join(incremental, 'client')
    const english = await searchIndexText(client, 'en')
    for (const word of ['zqbodychange', 'zqlistedtitle', 'zqtopicname']) expect(english).toContain(word)
    expect(await searchIndexText(client, 'fr')).toContain('zqtranslation')
    const listing = await readFile(path.join(client, 'en', 'take-action', 'index.html'), 'utf8')
    expect(listing).toContain('zqlistedtitle')
  }, 300_000)

  it('after a document is unpublished and a medium replaced under the same name', async () => {
    const removed = 'guides/know-your-rights-at-work.json'
    await rm(path.join(snapshot(), removed))
    await editJson('manifest.json', (manifest) => (manifest.counts.guides -= 1))
    const logo = await readFile(path.join(fixtureSnapshot, 'media', '4.json'), 'utf8')
    const { filename, width, height } = JSON.parse(logo)
    const replaced = await sharp({
      create: { width, height, channels: 3, background: { r: 200, g: 30, b: 90 } },
    })
      .png()
      .toBuffer()
    await writeFile(path.join(snapshot(), 'media-files', filename), replaced)
    await editJson('media/4.json', (media) => {
      media.filesize = replaced.length
      media.updatedAt = '2026-12-01T10:00:00.000Z'
    })
    await newContent('second change')
    const { incremental, full } = await buildBoth()
    expect(await differences(incremental, full)).toEqual([])
    const client = path.join(incremental, 'client')
    await expect(readdir(path.join(client, 'en', 'guides', 'know-your-rights-at-work'))).rejects.toThrow(
      /ENOENT/,
    )
    expect(await searchIndexText(client, 'en')).not.toContain('/en/guides/know-your-rights-at-work/')
    expect(Buffer.compare(await readFile(path.join(client, 'media', filename)), replaced)).toBe(0)
  }, 300_000)

  it('after the site settings change', async () => {
    await editJson('settings.json', (settings) => (settings.quickExitUrl = 'https://example.com/zqweather'))
    await newContent('third change')
    const { incremental, full, output } = await buildBoth()
    expect(await differences(incremental, full)).toEqual([])
    // The quick-exit link is in every page's header, which search does not read: no locale is indexed again.
    expect(searchSteps(output)).toEqual({
      en: 'reused',
      es: 'reused',
      fr: 'reused',
      ar: 'reused',
      th: 'reused',
    })
    const page = await readFile(
      path.join(incremental, 'client', 'en', 'guides', 'recognising-the-signs-of-trafficking', 'index.html'),
      'utf8',
    )
    expect(page).toContain('https://example.com/zqweather')
    // Every page has rendered again since the first change: the pages that release kept by hard link are as they were.
    expect(await fileHashes(kept.release)).toEqual(kept.hashes)
  }, 300_000)

  it('after an organization is renamed and an event is over', async () => {
    await editJson('organizations/camino-libre.json', (organization) => {
      organization.name.en = 'Camino Libre zqrenamed'
    })
    await newContent('fourth change')
    // The Bangkok screening ends at 21:30 there, 14:30 UTC.
    const { incremental, full, rendered } = await buildBoth({ ...env, HUB_BUILD_NOW: '2026-12-10T22:00:00Z' })
    expect(await differences(incremental, full)).toEqual([])
    for (const file of ['/en/organizations/index.html', '/en/events/index.html', '/en/events.ics'])
      expect(rendered).toContain(file)
    const calendar = await readFile(path.join(incremental, 'client', 'en', 'events.ics'), 'utf8')
    expect(calendar).not.toContain('ghost-fleet-screening-bangkok')
  }, 300_000)

  it('leaves the live site as it was when an incremental build fails', async () => {
    const live = await readlink(paths.liveLink)
    const before = await fileHashes(paths.liveLink)
    await editJson('guides/recognising-the-signs-of-trafficking.json', (guide) => delete guide.reviewBy)
    await newContent('broken change')
    await expect(buildRelease(paths, 'broken', env)).rejects.toThrow(
      /Snapshot guides\/recognising-the-signs-of-trafficking\.json: reviewBy/,
    )
    expect(await readlink(paths.liveLink)).toBe(live)
    expect(await readlink(paths.buildLink)).toBe(live)
    expect(await fileHashes(paths.liveLink)).toEqual(before)
    expect((await readdir(paths.releasesDir)).filter((name) => name.endsWith('-broken'))).toEqual([])
  }, 300_000)
})
