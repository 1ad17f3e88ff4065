import { readdir, stat } from 'node:fs/promises'
import path from 'node:path'

import { launch } from 'chrome-launcher'
import lighthouse from 'lighthouse'

import { readSettings } from '@hub/content-schemas/settings'

export type Category = 'performance' | 'accessibility'

export type PageScores = {
  route: string
  /** Each category's score, 0 to 100. */
  scores: Partial<Record<Category, number>>
  /** The audits that kept a category below 100, by id, with the elements they name. */
  failing: { id: string; category: Category; items: string[] }[]
}

const hasPage = (dir: string) =>
  stat(path.join(dir, 'index.html')).then(
    () => true,
    () => false,
  )

async function subdirectories(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => [])
  return entries
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
}

/**
 * One page of every kind the built site has, in each of `locales`: the
 * language chooser and the 404 page, each language's home page, every page
 * directly under it (listings, search, static pages), the first document of
 * every type with its print view, and the first page of each nested listing
 * (organizations by country). Read from the build, so a new page type is
 * audited without being named here.
 */
export async function pageTypeRoutes(clientDir: string, locales: readonly string[]): Promise<string[]> {
  const routes = ['/', '/404.html']
  for (const locale of locales) {
    const home = path.join(clientDir, locale)
    routes.push(`/${locale}/`)
    for (const section of await subdirectories(home)) {
      const sectionDir = path.join(home, section)
      if (await hasPage(sectionDir)) routes.push(`/${locale}/${section}/`)
      const nested = new Set<string>()
      for (const child of await subdirectories(sectionDir)) {
        const childDir = path.join(sectionDir, child)
        if (await hasPage(childDir)) {
          if (nested.has('document')) continue
          nested.add('document')
          routes.push(`/${locale}/${section}/${child}/`)
          for (const view of await subdirectories(childDir))
            if (await hasPage(path.join(childDir, view)))
              routes.push(`/${locale}/${section}/${child}/${view}/`)
        } else {
          const [first] = await subdirectories(childDir)
          if (first && (await hasPage(path.join(childDir, first))))
            routes.push(`/${locale}/${section}/${child}/${first}/`)
        }
      }
    }
  }
  return routes
}

/**
 * Runs Lighthouse (its default mobile profile: a mid-range phone on a slow
 * 4G connection, simulated) on each route in Debian's Chromium, one page at a
 * time. Accessibility is deterministic; performance is worked out from timings
 * and differs from run to run and machine to machine.
 */
export async function runLighthouse(
  siteUrl: string,
  routes: string[],
  categories: Category[] = ['performance', 'accessibility'],
): Promise<PageScores[]> {
  const chrome = await launch({
    chromePath: readSettings().CHROMIUM_PATH,
    chromeFlags: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
    logLevel: 'silent',
  })
  try {
    const results: PageScores[] = []
    for (const route of routes) {
      const result = await lighthouse(`${siteUrl}${route}`, {
        port: chrome.port,
        onlyCategories: categories,
        output: 'json',
        logLevel: 'error',
      })
      if (!result) throw new Error(`Lighthouse returned nothing for ${route}.`)
      const { lhr } = result
      if (lhr.runtimeError)
        throw new Error(`Lighthouse could not audit ${route}: ${lhr.runtimeError.message}`)
      const scores: PageScores['scores'] = {}
      const failing: PageScores['failing'] = []
      for (const category of categories) {
        const scored = lhr.categories[category]
        scores[category] = Math.round((scored?.score ?? 0) * 100)
        for (const ref of scored?.auditRefs ?? []) {
          const audit = lhr.audits[ref.id]
          if (ref.weight === 0 || !audit || audit.score === null || audit.score === 1) continue
          const details = audit.details as { items?: { node?: { snippet?: string; selector?: string } }[] }
          failing.push({
            id: ref.id,
            category,
            items: (details?.items ?? []).map((item) => item.node?.selector ?? item.node?.snippet ?? ''),
          })
        }
      }
      results.push({ route, scores, failing })
    }
    return results
  } finally {
    chrome.kill()
  }
}
