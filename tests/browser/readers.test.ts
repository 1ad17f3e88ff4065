import { mkdir, readdir } from 'node:fs/promises'
import path from 'node:path'

import { locales } from '@hub/content-schemas'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { launchChromium } from '../support/browser'
import { fixtureSnapshot, repoRoot } from '../support/siteBuild'
import { startSite, type SiteServer } from '../support/siteServer'

/** Every page the site builds, as the path a reader opens (`/en/guides/x/`), the 404 page as `/404.html`. */
async function builtPages(client: string): Promise<string[]> {
  const files = await readdir(client, { recursive: true })
  return files
    .filter((file) => file.endsWith('.html'))
    .map((file) => (file.endsWith('index.html') ? `/${path.dirname(file)}/`.replace('/./', '/') : `/${file}`))
    .sort()
}

/**
 * Text in Latin script (English, or a Spanish or French language name) that
 * is not inside an element marked as such: Latin letters are most of the
 * node's letters, and the nearest lang is the page's own or the nearest dir
 * is rtl. Addresses (no space, a dot or @) are not language.
 */
function unmarkedLatinText(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const pageLocale = document.documentElement.lang
    const found: string[] = []
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT)
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const value = node.textContent!.trim()
      const latin = value.match(/[A-Za-zÀ-ÿ]/g)?.length ?? 0
      const letters = value.match(/\p{L}/gu)?.length ?? 0
      if (latin < 2 || latin * 2 <= letters || /^\S*[.@]\S*$/.test(value)) continue
      const element = node.parentElement!
      if (element.closest('script, style, [hidden]')) continue
      const lang = element.closest('[lang]')?.getAttribute('lang')
      const dir = element.closest('[dir]')?.getAttribute('dir')
      if (lang === pageLocale || !['en', 'es', 'fr', 'zxx'].includes(lang ?? '') || dir !== 'ltr')
        found.push(`${element.localName}: ${value.slice(0, 60)}`)
    }
    return found
  })
}

/**
 * Thai has no spaces between words: where a line of Thai text wraps inside a
 * word rather than between words (as ICU's dictionary, which Intl.Segmenter
 * shares with the browser's line breaker, divides them), as "text|next".
 */
function thaiBreaksInsideWords(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const words = new Intl.Segmenter('th', { granularity: 'word' })
    const graphemes = new Intl.Segmenter('th', { granularity: 'grapheme' })
    const thai = /[\u0E01-\u0E5B]/
    const found: string[] = []
    const range = document.createRange()
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT)
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const value = node.textContent!
      if (!thai.test(value) || !node.parentElement!.checkVisibility()) continue
      const boundaries = new Set([...words.segment(value)].map((segment) => segment.index))
      let previous: DOMRect | undefined
      for (const { index, segment } of graphemes.segment(value)) {
        range.setStart(node, index)
        range.setEnd(node, index + segment.length)
        const box = range.getClientRects()[0]
        if (!box || /\s/.test(segment)) continue
        const wrapped = previous && box.top > previous.top + previous.height / 2
        if (wrapped && thai.test(segment) && !boundaries.has(index) && !/\s/.test(value[index - 1]!))
          found.push(`${value.slice(Math.max(0, index - 12), index)}|${value.slice(index, index + 12)}`)
        previous = box
      }
    }
    return found
  })
}

// Three tests walk every built page in every locale; on a loaded 2-core machine one walk takes about a minute.
describe('reading the site in every language on a phone', { timeout: 300_000 }, () => {
  let site: SiteServer
  let browser: Browser
  let pages: string[]

  beforeAll(async () => {
    site = await startSite(fixtureSnapshot)
    pages = await builtPages(path.join(site.dist, 'client'))
    browser = await launchChromium()
  })
  afterAll(async () => {
    await browser?.close()
    await site?.stop()
  })

  const phonePage = async (width: number) => {
    const context = await browser.newContext({ viewport: { width, height: 740 }, isMobile: true })
    return context.newPage()
  }

  it('marks every run of English on Arabic and Thai pages as English, left to right', async () => {
    const page = await phonePage(360)
    const unmarked: Record<string, string[]> = {}
    const foreign = pages.filter((route) => /^\/(ar|th)\//.test(route))
    expect(foreign.length).toBeGreaterThan(60)
    for (const route of foreign) {
      await page.goto(`${site.url}${route}`)
      const found = await unmarkedLatinText(page)
      if (found.length > 0) unmarked[route] = found
    }
    expect(unmarked).toEqual({})
    await page.context().close()
  })

  // The first screen is 740 px tall; a 320 px wide phone is held to the same fifth of it.
  for (const width of [320, 360]) {
    it(`keeps the header, hotline and folded safety notice within a fifth of a ${width} x 740 screen everywhere`, async () => {
      const page = await phonePage(width)
      const tall: Record<string, number> = {}
      for (const route of pages) {
        await page.goto(`${site.url}${route}`)
        // Everything above the page's own content: the header band, languages, the hotline and the safety notice.
        const bottom = await page.evaluate(() =>
          Math.max(
            ...[...document.querySelectorAll('body > header, body > aside')].map(
              (element) => element.getBoundingClientRect().bottom,
            ),
          ),
        )
        if (bottom > 740 * 0.2) tall[route] = Math.round(bottom)
      }
      expect(tall).toEqual({})
      await page.locator('.safety-notice summary').click()
      await expect(page.locator('.safety-panel').isVisible()).resolves.toBe(true)
      await page.context().close()
    })
  }

  it('scrolls no page sideways at 320 px and breaks no phone number or date across lines, in any locale', async () => {
    const page = await phonePage(320)
    const wide: Record<string, number> = {}
    const split: Record<string, string[]> = {}
    for (const route of pages) {
      await page.goto(`${site.url}${route}`)
      const { scroll, client, broken } = await page.evaluate(() => ({
        scroll: document.documentElement.scrollWidth,
        client: document.documentElement.clientWidth,
        broken: [...document.querySelectorAll('time, a[href^="tel:"], a[href^="sms:"]')]
          // An event's spelled-out day, hours and time zone is longer than a phone's line and may wrap; a date may not.
          .filter((element) => element.checkVisibility() && element.textContent!.trim().length <= 30)
          .filter((element) => {
            const range = document.createRange()
            range.selectNodeContents(element)
            // One box wholly below another (an icon beside the number is on the same line).
            const boxes = [...range.getClientRects()].filter((box) => box.width > 0)
            return boxes.some((box) => boxes.some((above) => box.top >= above.bottom - 1))
          })
          .map((element) => element.textContent!.trim()),
      }))
      if (scroll > client) wide[route] = scroll
      if (broken.length > 0) split[route] = broken
    }
    expect(
      locales.every((locale) => pages.some((route) => route.startsWith(`/${locale}/organizations/`))),
    ).toBe(true)
    expect(wide).toEqual({})
    expect(split).toEqual({})
    await page.context().close()
  })

  it('wraps Thai text only between words at 320 px', async () => {
    const page = await phonePage(320)
    const broken: Record<string, string[]> = {}
    const thai = pages.filter((route) => route.startsWith('/th/'))
    expect(thai.length).toBeGreaterThan(30)
    for (const route of thai) {
      await page.goto(`${site.url}${route}`)
      const found = await thaiBreaksInsideWords(page)
      if (found.length > 0) broken[route] = found
    }
    expect(broken).toEqual({})
    await page.context().close()
  })

  it('fits every page type in English, Arabic and Thai on a phone and a desktop, kept as screenshots', async () => {
    const artifacts = path.join(repoRoot, 'tests', '.artifacts', 'screenshots')
    await mkdir(artifacts, { recursive: true })
    const types = [
      '/',
      '/404.html',
      '/{locale}/',
      '/{locale}/search/',
      '/{locale}/about/',
      '/{locale}/hotlines/',
      '/{locale}/guides/recognising-the-signs-of-trafficking/',
      '/{locale}/screening-kits/ghost-fleet-screening-kit/',
      '/{locale}/screening-kits/ghost-fleet-screening-kit/print/',
      '/{locale}/panel-questions/ghost-fleet-panel-questions/',
      '/{locale}/donation-lists/harbor-shelter-winter-needs/',
      '/{locale}/organizations/escale-solidaire/',
      '/{locale}/topics/volunteering/',
      '/{locale}/regions/thailand/',
    ]
    const routes = [
      ...new Set(
        ['en', 'ar', 'th'].flatMap((locale) => types.map((type) => type.replace('{locale}', locale))),
      ),
    ]
    const wide: string[] = []
    for (const width of [360, 1280]) {
      const page = await phonePage(width)
      for (const route of routes) {
        expect(pages, route).toContain(route)
        await page.goto(`${site.url}${route}`)
        const name = `${width}${route.replace(/\//g, '_')}.png`
        await page.screenshot({ path: path.join(artifacts, name), fullPage: true })
        if (
          await page.evaluate(
            () => document.documentElement.scrollWidth > document.documentElement.clientWidth,
          )
        )
          wide.push(name)
      }
      await page.context().close()
    }
    expect(wide).toEqual([])
  })

  it('prints a guide and a kit’s print view without what only works on screen', async () => {
    const page = await phonePage(360)
    await page.goto(`${site.url}/en/guides/recognising-the-signs-of-trafficking/`)
    const contents = page.getByRole('navigation', { name: 'On this page' })
    await expect(contents.isVisible()).resolves.toBe(true)
    await page.emulateMedia({ media: 'print' })
    await expect(contents.isVisible()).resolves.toBe(false)
    await expect(page.getByRole('heading', { name: 'Related guides' }).isVisible()).resolves.toBe(false)
    await expect(page.getByRole('heading', { name: 'Downloads' }).isVisible()).resolves.toBe(false)
    await expect(page.locator('h1').isVisible()).resolves.toBe(true)
    await page.goto(`${site.url}/en/screening-kits/ghost-fleet-screening-kit/print/`)
    await expect(page.getByText('Print command').isVisible()).resolves.toBe(false)
    await expect(page.locator('.help').isVisible()).resolves.toBe(false)
    await page.context().close()
  })

  it('says Hide on an open content warning, in every language', async () => {
    const page = await phonePage(360)
    const hide = {
      en: 'Hide the content',
      es: 'Ocultar el contenido',
      fr: 'Masquer le contenu',
      ar: 'أخفِ المحتوى',
      th: 'ซ่อนเนื้อหา',
    }
    for (const locale of locales) {
      await page.goto(`${site.url}/${locale}/screening-kits/ghost-fleet-screening-kit/`)
      const summary = page.locator('.content-warning > summary')
      await expect(summary.innerText()).resolves.not.toContain(hide[locale])
      await summary.click()
      await expect(summary.innerText()).resolves.toContain(hide[locale])
    }
    await page.context().close()
  })

  it('gives links and buttons in the header, navigation and lists a 44 x 44 px target at 320 and 360 px', async () => {
    const small: Record<string, string[]> = {}
    for (const width of [320, 360]) {
      const page = await phonePage(width)
      for (const locale of locales) {
        for (const route of [
          `/${locale}/`,
          `/${locale}/guides/know-your-rights-at-work/`,
          `/${locale}/guides/recognising-the-signs-of-trafficking/`,
        ]) {
          await page.goto(`${site.url}${route}`)
          const found = await page.evaluate(() =>
            [
              ...document.querySelectorAll(
                'body > header a, body > aside a, body > aside summary, nav a, main li > a, .cards a',
              ),
            ]
              .filter((target) => target.checkVisibility())
              .map((target) => ({ target, box: target.getBoundingClientRect() }))
              .filter(({ box }) => box.width < 44 || box.height < 44)
              .map(
                ({ target, box }) =>
                  `${target.textContent!.trim()} ${Math.round(box.width)}x${Math.round(box.height)}`,
              ),
          )
          if (found.length > 0) small[`${width} ${route}`] = found
        }
      }
      await page.context().close()
    }
    expect(small).toEqual({})
  })
})
