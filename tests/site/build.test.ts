import { cp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import type { AddressInfo } from 'node:net'
import path from 'node:path'

import { Ajv2020 } from 'ajv/dist/2020'
import addFormats from 'ajv-formats'
import ICAL from 'ical.js'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { serveStatic } from '@hub/scripts/static-server'

import { buildSite, fixtureSnapshot, siteBuildDir } from '../support/siteBuild'
import { zipEntries } from '../support/zipEntries'

const signs = 'guides/recognising-the-signs-of-trafficking'
const rights = 'guides/know-your-rights-at-work'
const volunteer = 'guides/how-to-volunteer-safely'
const disclosure = 'guides/supporting-a-survivor-who-discloses'
// Where the hub says the public site is; kits print it.
const siteUrl = 'https://hub.example.org'
// The day the build counts as today (not the real one): the fixture has one event after it and two before.
const buildDay = '2026-12-05T12:00:00Z'

describe('the site built from the fixture snapshot', () => {
  let work: string
  let dist: string
  let client: string
  const page = (route: string) => readFile(path.join(client, route, 'index.html'), 'utf8')

  beforeAll(async () => {
    work = await siteBuildDir('site')
    dist = path.join(work, 'dist')
    client = path.join(dist, 'client')
    const { code, output } = await buildSite({
      snapshotDir: fixtureSnapshot,
      outDir: dist,
      env: { HUB_SITE_URL: siteUrl, HUB_NOW: buildDay },
    })
    expect(code, output).toBe(0)
  })
  afterAll(async () => rm(work, { recursive: true, force: true }))

  it('sets lang and dir on every locale, right to left for Arabic', async () => {
    for (const [locale, dir] of [
      ['en', 'ltr'],
      ['es', 'ltr'],
      ['fr', 'ltr'],
      ['ar', 'rtl'],
      ['th', 'ltr'],
    ]) {
      expect(await page(`${locale}/${signs}`)).toContain(`<html lang="${locale}" dir="${dir}">`)
    }
  })

  it('renders the rich text of each translation from Lexical JSON', async () => {
    expect(await page(`th/${signs}`)).toContain('การค้ามนุษย์แทบไม่เคยเหมือนในภาพยนตร์')
    expect(await page(`ar/${signs}`)).toContain('نادرًا ما يشبه الاتجار بالبشر')
    expect(await page(`ar/${signs}`)).toContain('<p class="hotline-name">خط العمال المهاجرين في الخليج')
  })

  it('says so, in the reader’s language, when a page falls back to English', async () => {
    const french = await page(`fr/${rights}`)
    expect(french).toContain('Cette page n’est pas encore traduite en français.')
    expect(french).toContain('Know your rights at work')
    expect(await page(`fr/${signs}`)).not.toContain('pas encore traduite')
    expect(await page(`th/${rights}`)).toContain('หน้านี้ยังไม่ได้แปลเป็นภาษาไทย')
  })

  it('marks a page whose title is translated but whose body is not', async () => {
    const french = await page(`fr/${disclosure}`)
    expect(french).toContain('Quand quelqu’un vous raconte ce qui lui est arrivé')
    expect(french).toContain('Certaines parties de cette page ne sont pas encore traduites en français.')
    expect(await page(`es/${disclosure}`)).not.toContain('class="fallback-notice"')
  })

  it('links an internal link to its document’s page in the reader’s language', async () => {
    expect(await page(`en/${volunteer}`)).toContain(
      '<a href="/en/guides/recognising-the-signs-of-trafficking/">Recognising the signs of trafficking</a>',
    )
    expect(await page(`es/${volunteer}`)).toContain(
      '<a href="/es/guides/recognising-the-signs-of-trafficking/">Cómo reconocer las señales de la trata</a>',
    )
  })

  it('shows an image block as a responsive picture with the media’s alt text and the caption', async () => {
    const html = await page(`es/${volunteer}`)
    const figure = /<figure class="guide-image">[\s\S]*?<\/figure>/.exec(html)?.[0] ?? ''
    expect(figure).toContain('type="image/avif"')
    expect(figure).toMatch(/<img[^>]+width="\d+"[^>]+height="\d+"/)
    expect(figure).toContain('alt="Ilustración verde')
    expect(figure).toContain('<figcaption>Observar, preguntar, llamar')
  })

  it('lists only real translations as hreflang alternates', async () => {
    const alternates = (html: string) =>
      [...html.matchAll(/hreflang="([a-z-]+)" href=/g)].map((match) => match[1])
    expect(alternates(await page(`en/${signs}`))).toEqual(['en', 'es', 'fr', 'ar', 'th', 'x-default'])
    expect(alternates(await page(`fr/${rights}`))).toEqual(['en', 'es', 'x-default'])
  })

  it('lists only real translations in the sitemap', async () => {
    const sitemap = await readFile(path.join(client, 'sitemap.xml'), 'utf8')
    expect(sitemap).toContain(`/ar/${signs}/</loc>`)
    expect(sitemap).toContain(`/es/${rights}/</loc>`)
    expect(sitemap).not.toContain(`/ar/${rights}/</loc>`)
  })

  it('lists upcoming events soonest first and past ones in the archive, as of the build day', async () => {
    const listing = await page('en/events')
    const [upcoming, past] = listing.split('id="past"') as [string, string]
    const order = (html: string) => [...html.matchAll(/data-event="([^"]+)"/g)].map((match) => match[1])
    expect(order(upcoming)).toEqual(['ghost-fleet-screening-bangkok'])
    expect(order(past)).toEqual(['know-your-rights-online-workshop', 'freedom-day-awareness-weekend'])
    const sitemap = await readFile(path.join(client, 'sitemap.xml'), 'utf8')
    expect(sitemap).toContain(`${siteUrl}/th/events/ghost-fleet-screening-bangkok/</loc>`)
    expect(sitemap).toContain(`${siteUrl}/es/events/</loc>`)
    expect(sitemap).toContain(`${siteUrl}/fr/events.ics</loc>`)
  })

  it('shows an event at its local time in the reader’s language, with its hosts, kit and calendar file', async () => {
    const thai = await page('th/events/ghost-fleet-screening-bangkok')
    expect(thai).toContain('datetime="2026-12-10T12:00:00.000Z"')
    expect(thai).toContain('(Asia/Bangkok)')
    expect(thai).toContain('href="/th/organizations/mekong-worker-rights/"')
    expect(thai).toContain('href="/th/organizations/harbor-alliance/"')
    expect(thai).toContain('href="/th/screening-kits/ghost-fleet-screening-kit/"')
    expect(thai).toContain('href="/th/events/ghost-fleet-screening-bangkok.ics"')
    expect(thai).toContain('data-pagefind-filter="ประเภท:กิจกรรม"')
    const english = await page('en/events/ghost-fleet-screening-bangkok')
    expect(english).toContain('7:00')
  })

  it('writes calendar files an independent iCalendar parser reads at the right instants', async () => {
    const parse = async (file: string) => {
      const calendar = new ICAL.Component(ICAL.parse(await readFile(path.join(client, file), 'utf8')))
      return calendar.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent))
    }
    const [screening] = await parse('en/events/ghost-fleet-screening-bangkok.ics')
    expect(screening!.summary).toBe('Ghost Fleet screening and discussion in Bangkok')
    // 19:00 in Bangkok (UTC+7) is 12:00 UTC.
    expect(screening!.startDate.toJSDate().toISOString()).toBe('2026-12-10T12:00:00.000Z')
    expect(screening!.endDate.toJSDate().toISOString()).toBe('2026-12-10T14:30:00.000Z')
    expect(screening!.location).toContain('88 Rama IV Road')
    const [thai] = await parse('th/events/ghost-fleet-screening-bangkok.ics')
    expect(thai!.summary).toBe('ฉายภาพยนตร์ Ghost Fleet และเสวนาที่กรุงเทพฯ')
    const [weekend] = await parse('en/events/freedom-day-awareness-weekend.ics')
    expect(weekend!.startDate.isDate).toBe(true)
    expect(weekend!.startDate.toString()).toBe('2026-10-17')
    expect(weekend!.endDate.toString()).toBe('2026-10-19')
    const [workshop] = await parse('es/events/know-your-rights-online-workshop.ics')
    expect(workshop!.summary).toBe('Taller en línea: salarios, documentos y ayuda')
    // 18:00 in Mexico City (UTC-6) is 00:00 UTC the next day.
    expect(workshop!.startDate.toJSDate().toISOString()).toBe('2026-12-02T00:00:00.000Z')
    // The subscribed calendar holds what is upcoming on the build day, with the event's own UID.
    const feed = await parse('es/events.ics')
    expect(feed.map((event) => event.summary)).toEqual(['Proyección y debate de Ghost Fleet en Bangkok'])
    expect(feed[0]!.uid).toBe(screening!.uid)
  })

  it('keeps the language switcher on the same document', async () => {
    const html = await page(`es/${signs}`)
    for (const locale of ['en', 'fr', 'ar', 'th']) expect(html).toContain(`href="/${locale}/${signs}/"`)
  })

  it('shows each reader the hotline for their language, or for the region the page names', async () => {
    const bar = async (route: string) =>
      /<p class="hotline-bar">[\s\S]*?<\/p>/.exec(await page(route))?.[0] ?? ''
    const thai = await bar(`th/${signs}`)
    expect(thai).toContain('href="tel:+6625550100"')
    expect(thai).not.toContain('1-888-373-7888')
    for (const route of [`ar/${signs}`, 'ar', 'ar/regions/thailand']) {
      expect(await bar(route), route).not.toContain('1-888-373-7888')
    }
    // Arabic has no line of its own: no other language's is shown, and the directory is a click away.
    expect(await bar(`ar/${signs}`)).not.toContain('tel:')
    expect(await bar(`ar/${signs}`)).toContain('href="/ar/hotlines/"')
    // A guide naming the US region shows the US line, in Arabic or in Thai.
    expect(await bar(`ar/${rights}`)).toContain('href="tel:18883737888"')
    expect(await bar(`th/${rights}`)).toContain('href="tel:18883737888"')
    expect(await bar(`en/${signs}`)).toContain('href="tel:18883737888"')
    // A region's page shows its line, one answering in the page's language first.
    expect(await bar('ar/regions/gulf-states')).toContain('href="tel:+97145550100"')
    expect(await bar('es/regions/mexico')).toContain('href="tel:+525555501234"')
  })

  it('lists every hotline by region, with its numbers kept whole and left to right', async () => {
    const snapshotHotlines = await readdir(path.join(fixtureSnapshot, 'hotlines'))
    for (const locale of ['en', 'es', 'fr', 'ar', 'th']) {
      const html = await page(`${locale}/hotlines`)
      const listed = [...html.matchAll(/data-hotline="([a-z0-9-]+)"/g)].map((match) => `${match[1]}.json`)
      expect(new Set(listed), locale).toEqual(new Set(snapshotHotlines))
    }
    const thai = await page('th/hotlines')
    expect(thai).toContain('<h2>ประเทศไทย</h2>')
    expect(thai).toContain('<a href="tel:+6625550100" dir="ltr">+66 2 555 0100</a>')
    expect(thai).toContain('<a href="sms:233733" dir="ltr">233733</a>')
    expect(thai).toContain(
      '<a href="https://humantraffickinghotline.org/" dir="ltr">humantraffickinghotline.org</a>',
    )
    expect(thai).toContain('วันจันทร์ถึงวันเสาร์ เวลา 08.00–20.00 น.')
    // The site's stylesheet, inline or linked, keeps every phone number on one line.
    const linked = [...thai.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="\/([^"]+)"/g)].map(
      (match) => match[1]!,
    )
    const styles = [
      thai,
      ...(await Promise.all(linked.map((file) => readFile(path.join(client, file), 'utf8')))),
    ]
    expect(styles.join('')).toMatch(
      /a\[href\^=['"]?tel\\?:['"]?\],\s*a\[href\^=['"]?sms\\?:['"]?\]\s*\{\s*white-space:\s*nowrap/,
    )
    const sitemap = await readFile(path.join(client, 'sitemap.xml'), 'utf8')
    for (const locale of ['en', 'es', 'fr', 'ar', 'th'])
      expect(sitemap).toContain(`/${locale}/hotlines/</loc>`)
  })

  it('offers quick exit and the way to a hotline on every page, and loads nothing from another host', async () => {
    const files: string[] = []
    const walk = async (dir: string) => {
      for (const entry of await readdir(dir, { withFileTypes: true })) {
        const full = path.join(dir, entry.name)
        if (entry.isDirectory() && entry.name !== 'pagefind') await walk(full)
        else if (entry.name.endsWith('.html')) files.push(full)
      }
    }
    await walk(client)
    expect(files.length).toBeGreaterThan(100)
    for (const file of files) {
      const html = await readFile(file, 'utf8')
      const name = path.relative(client, file)
      if (name !== 'index.html') {
        expect(html, name).toContain('data-quick-exit')
        expect(html, name).toMatch(/<p class="hotline-bar">[\s\S]*?href="\/(en|es|fr|ar|th)\/hotlines\/"/)
      }
      expect(html, name).not.toMatch(/<(script|img|iframe|source)[^>]+src="(https?:)?\/\//)
      expect(html, name).not.toMatch(
        /<link[^>]+rel="(stylesheet|preload|modulepreload|icon)"[^>]+href="(https?:)?\/\//,
      )
    }
  })

  it('ships content pages with no script but the inline quick exit, under 2 KB', async () => {
    const html = await page(`en/${signs}`)
    expect(html).not.toMatch(/<script[^>]+src=/)
    const scripts = [...html.matchAll(/<script[^>]*>([\s\S]*?)<\/script>/g)].map((match) => match[1]!)
    expect(scripts).toHaveLength(1)
    expect(Buffer.byteLength(scripts[0]!)).toBeLessThan(2048)
    expect(await page('en/search')).toContain('/pagefind/pagefind-ui.js')
  })

  it('serves kit posters as responsive AVIF and WebP with size, alt text and lazy loading', async () => {
    const html = await page('ar/screening-kits/ghost-fleet-screening-kit')
    const picture = /<picture>[\s\S]*?<\/picture>/.exec(html)?.[0] ?? ''
    expect(picture).toContain('type="image/avif"')
    expect(picture).toContain('type="image/webp"')
    expect(picture).toMatch(/<img[^>]+width="\d+"[^>]+height="\d+"/)
    expect(picture).toContain('loading="lazy"')
    expect(picture).toContain('alt="ملصق أزرق داكن')
  })

  it('indexes each language separately for search', async () => {
    const entry = JSON.parse(await readFile(path.join(client, 'pagefind', 'pagefind-entry.json'), 'utf8'))
    expect(Object.keys(entry.languages).sort()).toEqual(['ar', 'en', 'es', 'fr', 'th'])
  })

  it('offers each screening kit as a ZIP per translated language, with its size, language and a print view', async () => {
    const kits = (await readdir(path.join(client, 'kits'))).sort()
    expect(kits).toEqual([
      'ghost-fleet-screening-kit-ar.zip',
      'ghost-fleet-screening-kit-en.zip',
      'ghost-fleet-screening-kit-es.zip',
      'ghost-fleet-screening-kit-fr.zip',
      'ghost-fleet-screening-kit-th.zip',
      'i-am-jane-doe-screening-kit-en.zip',
      'i-am-jane-doe-screening-kit-es.zip',
    ])
    const thai = await page('th/screening-kits/ghost-fleet-screening-kit')
    expect(thai).toContain('href="/kits/ghost-fleet-screening-kit-th.zip"')
    expect(thai).toMatch(/ไฟล์ ZIP ขนาด [\d.,]+ (KB|กิโลไบต์|kB)/)
    expect(thai).toContain('/th/screening-kits/ghost-fleet-screening-kit/print/')
    // Not translated into French: the French page offers the English kit and says so.
    const french = await page('fr/screening-kits/i-am-jane-doe-screening-kit')
    expect(french).toContain('href="/kits/i-am-jane-doe-screening-kit-en.zip"')
    expect(french).toMatch(/Fichier ZIP, [\d,]+\s*ko, en anglais/)
    const print = await page('ar/screening-kits/ghost-fleet-screening-kit/print')
    expect(print).toContain('<html lang="ar" dir="rtl">')
    expect(print).toContain('ما اللحظة في الفيلم التي بقيت في ذهنك، ولماذا؟')
    expect(print).toContain('إذا أخبرك شخص بتجربته الخاصة')
    expect(print).not.toContain('data-pagefind-body')
  })

  it('names the site’s configured address in the kit’s README', async () => {
    const zip = await readFile(path.join(client, 'kits', 'ghost-fleet-screening-kit-es.zip'))
    const readme = (await zipEntries(zip)).get('ghost-fleet-screening-kit-es/README.txt')!.toString('utf8')
    expect(readme).toContain(`${siteUrl}/es/screening-kits/ghost-fleet-screening-kit/`)
    expect(readme).not.toContain('localhost')
  })

  it('serves the snapshot at /data/ with JSON Schemas an independent validator accepts it by', async () => {
    const server = await serveStatic(dist, { host: '127.0.0.1', port: 0 })
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/data/`
    try {
      const get = async (file: string) => {
        const reply = await fetch(new URL(file, base))
        expect(reply.status, file).toBe(200)
        expect(reply.headers.get('content-type'), file).toMatch(/^application\/json/)
        return reply.json()
      }
      const ajv = new Ajv2020({ allErrors: true, strict: false })
      addFormats(ajv)
      const check = async (file: string, schemaFile: string) => {
        const validate = ajv.compile(await get(schemaFile))
        expect(validate(await get(file)), `${file}: ${ajv.errorsText(validate.errors)}`).toBe(true)
      }
      const catalogue = await get('index.json')
      await check('index.json', 'schema/index.json')
      await check(catalogue.manifest.file, catalogue.manifest.schema)
      await check(catalogue.settings.file, catalogue.settings.schema)
      const served: string[] = []
      for (const { schema, files } of Object.values(catalogue.collections) as {
        schema: string
        files: string[]
      }[]) {
        const validate = ajv.compile(await get(schema))
        for (const file of files) {
          expect(validate(await get(file)), `${file}: ${ajv.errorsText(validate.errors)}`).toBe(true)
          served.push(file)
        }
      }
      expect(served).toContain('guides/know-your-rights-at-work.json')
      expect(served).toHaveLength(39)
      // Unchanged bytes: what the CMS exported is what a reuser reads.
      const exported = await readFile(path.join(fixtureSnapshot, 'guides', 'know-your-rights-at-work.json'))
      const reply = await fetch(new URL('guides/know-your-rights-at-work.json', base))
      expect(Buffer.from(await reply.arrayBuffer()).equals(exported)).toBe(true)

      // The schemas are not a formality: a guide without its title fails them.
      const validateGuide = ajv.compile(await get('schema/guides.json'))
      const { title: _title, ...untitled } = await get('guides/know-your-rights-at-work.json')
      expect(validateGuide(untitled)).toBe(false)
      expect(ajv.errorsText(validateGuide.errors)).toContain("must have required property 'title'")
    } finally {
      await new Promise((resolve) => server.close(resolve))
    }
  })
})

describe('a malformed snapshot', () => {
  it('fails the build with a message naming the file and field', async () => {
    const work = await siteBuildDir('bad-snapshot')
    try {
      const snapshot = path.join(work, 'snapshot')
      await cp(fixtureSnapshot, snapshot, { recursive: true })
      const file = path.join(snapshot, `${signs}.json`)
      const guide = JSON.parse(await readFile(file, 'utf8'))
      delete guide.title.en
      await writeFile(file, JSON.stringify(guide))
      const { code, output } = await buildSite({ snapshotDir: snapshot, outDir: path.join(work, 'dist') })
      expect(code).not.toBe(0)
      expect(output).toContain(`Snapshot ${signs}.json: title (en):`)
    } finally {
      await rm(work, { recursive: true, force: true })
    }
  })
})
