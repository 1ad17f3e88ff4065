import { execFile } from 'node:child_process'
import { cp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import type { AddressInfo } from 'node:net'
import path from 'node:path'
import { promisify } from 'node:util'

import { parseFeed } from '@rowanmanning/feed-parser'
import { Ajv2020 } from 'ajv/dist/2020'
import addFormats from 'ajv-formats'
import ICAL from 'ical.js'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { locales } from '@hub/content-schemas'
import { serveStatic } from '@hub/scripts/static-server'

import { buildSite, fixtureSnapshot, siteBuildDir } from '../support/siteBuild'
import { zipEntries } from '../support/zipEntries'

const execFileAsync = promisify(execFile)
const vnuJar = createRequire(import.meta.url).resolve('vnu-jar/build/dist/vnu.jar')

const signs = 'guides/recognising-the-signs-of-trafficking'
const rights = 'guides/know-your-rights-at-work'
const volunteer = 'guides/how-to-volunteer-safely'
const disclosure = 'guides/supporting-a-survivor-who-discloses'
// Where the hub says the public site is; kits print it.
const siteUrl = 'https://hub.example.org'
// The build's now: after the fixture's closed opportunity (2026-11-18) and before the others close;
// the fixture has one event after it and two before.
const buildNow = '2026-12-05T12:00:00Z'
const closedOpportunity = 'volunteer/thai-translation-reviewers'

describe('the site built from the fixture snapshot', () => {
  let work: string
  let dist: string
  let client: string
  let buildLog: string
  const page = (route: string) => readFile(path.join(client, route, 'index.html'), 'utf8')

  beforeAll(async () => {
    work = await siteBuildDir('site')
    dist = path.join(work, 'dist')
    client = path.join(dist, 'client')
    const { code, output } = await buildSite({
      snapshotDir: fixtureSnapshot,
      outDir: dist,
      env: { HUB_SITE_URL: siteUrl, HUB_BUILD_NOW: buildNow },
    })
    expect(code, output).toBe(0)
    buildLog = output
  })
  afterAll(async () => rm(work, { recursive: true, force: true }))

  it('keeps the snapshot it was built from in its server, packed in one file, for the drafts’ preview', async () => {
    const pack = JSON.parse(await readFile(path.join(dist, 'server', 'release-snapshot.json'), 'utf8'))
    const fixtureJson = async (relative: string) =>
      JSON.parse(await readFile(path.join(fixtureSnapshot, relative), 'utf8'))
    expect(pack['manifest.json']).toEqual(await fixtureJson('manifest.json'))
    expect(pack[`${signs}.json`]).toEqual(await fixtureJson(`${signs}.json`))
    const guides = (await readdir(path.join(fixtureSnapshot, 'guides'))).map((name) => `guides/${name}`)
    expect(
      Object.keys(pack)
        .filter((name) => name.startsWith('guides/'))
        .sort(),
    ).toEqual(guides.sort())
    // The release has its own copies of the media files.
    expect(Object.keys(pack).filter((name) => name.startsWith('media-files'))).toEqual([])
  })

  it('lists the open volunteer opportunities per locale, soonest to close first, and leaves the closed one off the site', async () => {
    const listing = await page('en/volunteer')
    const order = [...listing.matchAll(/data-opportunity="([^"]+)"/g)].map((match) => match[1])
    expect(order).toEqual(['screening-night-helpers', 'helpline-volunteer-spanish', 'shelter-welcome-desk'])
    expect(listing).toContain('Open until filled')
    const thai = await page('th/volunteer')
    expect(thai).toContain('href="/th/volunteer/helpline-volunteer-spanish/"')
    expect(thai).toContain('อาสาสมัครประจำสายช่วยเหลือ (ภาษาสเปนและอังกฤษ)')
    for (const locale of ['en', 'es', 'fr', 'ar', 'th']) {
      await expect(page(`${locale}/${closedOpportunity}`)).rejects.toThrow(/ENOENT/)
      expect(await page(`${locale}/volunteer`)).not.toContain('thai-translation-reviewers')
    }
    const sitemap = await readFile(path.join(client, 'sitemap.xml'), 'utf8')
    expect(sitemap).toContain('/en/volunteer/helpline-volunteer-spanish/</loc>')
    expect(sitemap).toContain('/en/volunteer/</loc>')
    expect(sitemap).not.toContain('thai-translation-reviewers')
  })

  it('shows an opportunity’s time, place, skills, training, closing date and how to apply', async () => {
    const html = await page('es/volunteer/helpline-volunteer-spanish')
    expect(html).toContain('Un turno de 4 horas por semana durante al menos seis meses')
    expect(html).toContain('A distancia')
    expect(html).toContain('Se requiere formación.')
    expect(html).toContain('href="https://harbor-alliance.example.org/volunteer/helpline"')
    expect(html).toContain('href="mailto:volunteer@harbor-alliance.example.org"')
    expect(html).toContain('data-closing="2027-01-12"')
    expect(html).toContain('data-pagefind-filter="type:Oportunidad de voluntariado"')
  })

  it('offers each outreach material’s file in every language it exists in, with format and size, as valid PDFs', async () => {
    const html = await page('en/outreach/ghost-fleet-screening-poster')
    expect(html).toContain('data-pagefind-filter="type:Outreach material"')
    expect(html).toContain('Community centre notice boards')
    expect(html).toMatch(
      /href="\/media\/ghost-fleet-poster-en\.pdf" download hreflang="en" type="application\/pdf"[^>]*>English<\/a>\s*<span class="meta">\s*PDF file, [\d.]+ kB\s*</,
    )
    expect(html).toMatch(/href="\/media\/ghost-fleet-poster-es\.pdf"[^>]*>Spanish<\/a>/)
    expect(await page('fr/outreach/ghost-fleet-screening-poster')).toMatch(
      />espagnol<\/a>\s*<span class="meta">\s*Fichier PDF, [\d,]+\s*ko\s*</,
    )
    for (const file of [
      'ghost-fleet-poster-en.pdf',
      'ghost-fleet-poster-es.pdf',
      'ghost-fleet-flyer-en.pdf',
    ]) {
      const { stdout } = await execFileAsync('pdfinfo', [path.join(client, 'media', file)])
      expect(stdout, file).toMatch(/Pages:\s+1/)
    }
    const card = await readFile(path.join(client, 'media', 'ghost-fleet-palm-card-es.png'))
    expect(card.subarray(1, 4).toString('latin1')).toBe('PNG')
    expect(await page('en/outreach/ghost-fleet-palm-card')).toContain('PNG file, ')
  })

  it('lists a screening kit’s outreach materials on the kit’s page', async () => {
    const thai = await page('th/screening-kits/ghost-fleet-screening-kit')
    expect(thai).toContain('โปสเตอร์ การ์ดพกพา และใบปลิว')
    for (const material of [
      'ghost-fleet-screening-poster',
      'ghost-fleet-palm-card',
      'ghost-fleet-action-flyer',
    ])
      expect(thai).toContain(`href="/th/outreach/${material}/"`)
    expect(await page('en/screening-kits/i-am-jane-doe-screening-kit')).not.toContain('/en/outreach/')
  })

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
    // A topic or region whose name is not translated says so too, its English name marked as English.
    const topic = await page('th/topics/volunteering')
    expect(topic).toContain('หน้านี้ยังไม่ได้แปลเป็นภาษาไทย')
    expect(topic).toMatch(/<h1 lang="en" dir="ltr">Volunteering<\/h1>/)
    const region = await page('ar/regions/mexico')
    expect(region).toContain('class="fallback-notice"')
    expect(region).toMatch(/<h1 lang="en" dir="ltr">Mexico<\/h1>/)
  })

  it('writes lists with Arabic and Thai punctuation on Arabic and Thai pages', async () => {
    const audiences = async (route: string) =>
      /<dd>([^<]+)<\/dd>\s*<dt>[^<]+<\/dt>\s*<dd>\s*<time/.exec(await page(route))?.[1]
    expect(await audiences(`en/${rights}`)).toBe('Workers, Survivors')
    expect(await audiences(`ar/${rights}`)).toBe('العمال والناجون')
    expect(await audiences(`th/${rights}`)).not.toContain(',')
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

  it('lists every language’s version of a page as hreflang alternates, fallbacks and translations both ways', async () => {
    const alternates = (html: string) =>
      Object.fromEntries(
        [...html.matchAll(/hreflang="([a-z-]+)" href="([^"]+)"/g)].map((match) => [match[1], match[2]]),
      )
    const everyLanguage = (route: string) => ({
      en: `${siteUrl}/en/${route}/`,
      es: `${siteUrl}/es/${route}/`,
      fr: `${siteUrl}/fr/${route}/`,
      ar: `${siteUrl}/ar/${route}/`,
      th: `${siteUrl}/th/${route}/`,
      'x-default': `${siteUrl}/en/${route}/`,
    })
    // Know your rights is not translated into French: its French page is English with a French notice.
    for (const locale of ['en', 'es', 'fr', 'ar', 'th'])
      expect(alternates(await page(`${locale}/${rights}`)), locale).toEqual(everyLanguage(rights))
    expect(alternates(await page(`fr/${signs}`))).toEqual(everyLanguage(signs))
    expect(alternates(await page('fr/search'))).toEqual(everyLanguage('search'))
    expect(alternates(await page('th/privacy'))).toEqual(everyLanguage('privacy'))
    const homes = {
      ...Object.fromEntries(
        ['en', 'es', 'fr', 'ar', 'th'].map((locale) => [locale, `${siteUrl}/${locale}/`]),
      ),
      'x-default': `${siteUrl}/`,
    }
    expect(alternates(await readFile(path.join(client, 'index.html'), 'utf8'))).toEqual(homes)
    expect(alternates(await page('ar'))).toEqual(homes)
  })

  it('holds every public page in the sitemap, with its alternates', async () => {
    const sitemap = await readFile(path.join(client, 'sitemap.xml'), 'utf8')
    const listed = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) =>
      match[1]!.slice(siteUrl.length),
    )
    const built = (await readdir(client, { recursive: true }))
      .filter((file) => file.endsWith('index.html'))
      .map((file) => `/${path.dirname(file)}/`.replace('/./', '/'))
    expect(built).toContain('/fr/search/')
    expect(built).toContain('/th/screening-kits/ghost-fleet-screening-kit/print/')
    expect(built).toContain('/ar/about/')
    expect(listed.sort()).toEqual(built.sort())
    const rightsInArabic =
      /<url>\s*<loc>[^<]*\/ar\/guides\/know-your-rights-at-work\/<\/loc>[\s\S]*?<\/url>/.exec(sitemap)?.[0]
    expect(rightsInArabic).toContain(`hreflang="en" href="${siteUrl}/en/${rights}/"`)
    expect(rightsInArabic).toContain(`hreflang="x-default" href="${siteUrl}/en/${rights}/"`)
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
    // A calendar is not a page: subscribers find it on the events page, not in the sitemap.
    expect(sitemap).not.toContain('events.ics')
  })

  it('shows an event at its local time in the reader’s language, with its hosts, kit and calendar file', async () => {
    const thai = await page('th/events/ghost-fleet-screening-bangkok')
    expect(thai).toContain('datetime="2026-12-10T12:00:00.000Z"')
    expect(thai).toContain('(เวลาอินโดจีน)')
    expect(thai).toContain('href="/th/organizations/mekong-worker-rights/"')
    expect(thai).toContain('href="/th/organizations/harbor-alliance/"')
    expect(thai).toContain('href="/th/screening-kits/ghost-fleet-screening-kit/"')
    expect(thai).toContain('href="/th/events/ghost-fleet-screening-bangkok.ics"')
    expect(thai).toContain('data-pagefind-filter="type:กิจกรรม"')
    const english = await page('en/events/ghost-fleet-screening-bangkok')
    expect(english).toContain('7:00')
  })

  it('links a past event to its recap post, and an upcoming one to none yet', async () => {
    const past = await page('en/events/freedom-day-awareness-weekend')
    expect(past).toMatch(
      /class="event-recap"><a href="\/en\/news\/recap-i-am-jane-doe-community-screening\/">/,
    )
    expect(await page('es/events/freedom-day-awareness-weekend')).toContain('Cómo fue: lea la crónica')
    // The Bangkok screening names the same recap, but it has not happened yet.
    expect(await page('en/events/ghost-fleet-screening-bangkok')).not.toContain('event-recap')
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

  it('shows every way to reach the reader’s line: text, TTY, chat, hours, last verified, and an illustrative note', async () => {
    const bar = async (route: string) =>
      /<p class="hotline-bar">[\s\S]*?<\/p>/.exec(await page(route))?.[0] ?? ''
    // A US reader: the real national line, with its relay (TTY) number and chat, and no illustrative note.
    const american = await bar(`en/${signs}`)
    expect(american).toContain('<a href="tel:711" dir="ltr">711</a>')
    expect(american).toContain(
      '<a class="hotline-chat" href="https://humantraffickinghotline.org/chat">Chat online</a>',
    )
    expect(american).toContain('<time datetime="2026-11-02">November 2, 2026</time>')
    expect(american).not.toContain('hotline-illustrative')
    // A Thai reader: the Mekong line, in Thai, marked as illustrative.
    const thai = await bar(`th/${signs}`)
    expect(thai).toContain('<a href="tel:+6625550101" dir="ltr">+66 2 555 0101</a>')
    expect(thai).toContain('href="https://mekong-workers.example.org/chat">แชทออนไลน์</a>')
    expect(thai).toMatch(
      /<time datetime="2026-10-20">[^<]*2569<\/time>|<time datetime="2026-10-20">[^<]*2026<\/time>/,
    )
    expect(thai).toContain('หมายเลขตัวอย่าง: โทรไม่ติดผู้ใด')
    // An Arabic reader on the Gulf's page: the Gulf line, in Arabic, marked as illustrative.
    const arabic = await bar('ar/regions/gulf-states')
    expect(arabic).toContain('<a href="tel:+97145550109" dir="ltr">+971 4 555 0109</a>')
    expect(arabic).toContain('href="https://desert-bridge.example.org/chat">الدردشة عبر الإنترنت</a>')
    expect(arabic).toContain('<time datetime="2026-11-10">')
    expect(arabic).toContain('رقم توضيحي: لا يصل إلى أحد.')
    // Find a hotline lists the same, line by line.
    const listing = await page('ar/hotlines')
    const gulf =
      /<article class="hotline-card" data-hotline="gulf-migrant-worker-line">[\s\S]*?<\/article>/.exec(
        listing,
      )?.[0]
    expect(gulf).toContain('<dt>الهاتف النصي (TTY)</dt>')
    expect(gulf).toContain('<dt>الدردشة</dt>')
    expect(gulf).toContain('<dt>آخر تحقق</dt>')
    expect(gulf).toContain('class="hotline-illustrative"')
  })

  it('shows, in a hotline block, the line that fits the reader rather than the one the editor picked', async () => {
    const block = async (route: string) =>
      /<aside class="hotline-card"[\s\S]*?<\/aside>/.exec(await page(route))?.[0] ?? ''
    // The guide's block names the Gulf line; a Thai reader gets the Thai line, an English reader the US one.
    expect(await block(`th/${signs}`)).toContain('data-hotline="mekong-worker-helpline"')
    expect(await block(`en/${signs}`)).toContain('data-hotline="us-national-human-trafficking-hotline"')
    // No line fits Arabic by language or region: the editor's choice answers in Arabic, so it stays.
    expect(await block(`ar/${signs}`)).toContain('data-hotline="gulf-migrant-worker-line"')
    expect(await block(`th/${signs}`)).toContain('href="/th/hotlines/"')
  })

  it('lists the member organizations per locale, filterable by country, focus area and language', async () => {
    const organizations = await readdir(path.join(fixtureSnapshot, 'organizations'))
    expect(organizations.length).toBeGreaterThanOrEqual(8)
    for (const locale of ['en', 'es', 'fr', 'ar', 'th']) {
      const html = await page(`${locale}/organizations`)
      const listed = [...html.matchAll(/data-organization="([a-z0-9-]+)"/g)].map(
        (match) => `${match[1]}.json`,
      )
      expect(new Set(listed), locale).toEqual(new Set(organizations))
      expect(html, locale).toContain(`href="/${locale}/organizations/mekong-worker-rights/"`)
    }
    const english = await page('en/organizations')
    expect(english).toContain('<legend>Country</legend>')
    expect(english).toContain('<legend>Focus areas</legend>')
    expect(english).toContain('<legend>Languages served</legend>')
    expect(english).toMatch(/id="org-country-th"\s*\/?>\s*Thailand \(1\)/)
    expect(english).toMatch(/id="org-country-us"\s*\/?>\s*United States \(2\)/)
    expect(english).toMatch(/id="org-focus-labour-exploitation"\s*\/?>\s*Labour exploitation \(4\)/)
    expect(english).toContain(
      '.org-directory:has(#org-language-th:checked) .org-card:not([data-languages~="th"]){display:none}',
    )
    expect(await page('th/organizations')).toContain('<h1>องค์กร</h1>')
    // The map's links lead to the directory with that country chosen.
    const thailand = await page('es/organizations/in/th')
    expect(thailand).toMatch(/id="org-country-th" checked/)
    expect(thailand).toContain('data-organization="mekong-worker-rights"')
    const sitemap = await readFile(path.join(client, 'sitemap.xml'), 'utf8')
    for (const locale of ['en', 'es', 'fr', 'ar', 'th'])
      expect(sitemap).toContain(`/${locale}/organizations/</loc>`)
  })

  it('draws the member countries on a map from the site’s own files, each linked, with a text list', async () => {
    const html = await page('fr/organizations')
    const map = /<svg viewBox="0 0 640 300"[\s\S]*?<\/svg>/.exec(html)?.[0] ?? ''
    const countries = new Set(
      (await Promise.all(
        (await readdir(path.join(fixtureSnapshot, 'organizations'))).map(async (file) =>
          JSON.parse(
            await readFile(path.join(fixtureSnapshot, 'organizations', file), 'utf8'),
          ).country.toLowerCase(),
        ),
      )) as string[],
    )
    expect(countries.size).toBeGreaterThanOrEqual(6)
    const marked = [...map.matchAll(/<a href="\/fr\/organizations\/in\/([a-z]{2})\/"[^>]*data-country/g)].map(
      (match) => match[1],
    )
    expect(new Set(marked)).toEqual(countries)
    expect(map).toContain('aria-label="Thaïlande (1)"')
    expect(map).toContain('class="map-land"')
    expect(map).not.toMatch(/(https?:)?\/\/[^"]*\.(png|jpg|pbf)|xlink:href="http/)
    // Simplified shapes: the whole map stays small.
    expect(Buffer.byteLength(map)).toBeLessThan(45_000)
    const list = /<ul class="member-countries">[\s\S]*?<\/ul>/.exec(html)?.[0] ?? ''
    for (const country of countries) expect(list).toContain(`href="/fr/organizations/in/${country}/"`)
  })

  it('shows what an organization stores and what it publishes', async () => {
    const html = await page('en/organizations/harbor-alliance')
    expect(html).toContain('<a href="/en/organizations/in/us/">United States</a>')
    expect(html).toContain('<dd>2009</dd>')
    expect(html).toContain('href="/en/topics/survivor-support/"')
    expect(html).toContain('<a href="tel:+15550102040" dir="ltr">+1 555 010 2040</a>')
    expect(html).toMatch(/<picture>[\s\S]*?alt="/)
    expect(html).toContain('What this organization publishes')
    const thai = await page('th/organizations/mekong-worker-rights')
    expect(thai).toContain('<h1>ศูนย์สิทธิแรงงานลุ่มน้ำโขง</h1>')
    expect(thai).not.toContain('class="fallback-notice"')
    // Nahuatl has no name in the browser's data: its code is shown, marked as no language.
    expect(await page('ar/organizations/red-de-jornaleros')).toMatch(
      /<dd>الإسبانية، و<span lang="zxx" dir="ltr">nah<\/span>، والإنجليزية<\/dd>/,
    )
  })

  it('joins lists of links as the reader’s language does: two Arabic items with “و”, never a Latin comma', async () => {
    const byline = /<p class="byline[\s\S]*?<\/p>/.exec(
      await page('ar/news/recap-i-am-jane-doe-community-screening'),
    )?.[0]
    const focusAreas = /<dd>\s*<a href="\/ar\/topics\/[\s\S]*?<\/dd>/.exec(
      await page('ar/organizations/mekong-worker-rights'),
    )?.[0]
    for (const list of [byline, focusAreas]) {
      expect(list).toMatch(/<\/a> و<a/)
      expect(list).not.toContain('</a>, ')
    }
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

  // vnu, the W3C's HTML checker, on Debian's Java. It found a srcset naming 1x twice (Astro's
  // <Picture>) and sms: addresses with spaces, which the tests before it let through.
  it('is valid HTML on every page (vnu)', async () => {
    const java = await execFileAsync('java', ['-version']).catch(() => undefined)
    if (!java)
      throw new Error('The HTML checker needs Java: install Debian’s default-jre-headless (.ci/run does).')
    const { stdout, stderr } = await execFileAsync(
      'java',
      ['-jar', vnuJar, '--errors-only', '--format', 'json', '--skip-non-html', client],
      { maxBuffer: 64 * 2 ** 20 },
    ).catch((error: { stdout: string; stderr: string }) => error)
    const { messages } = JSON.parse(stderr || stdout) as { messages: { url: string; message: string }[] }
    expect(
      messages.map(({ url, message }) => `${path.relative(client, new URL(url).pathname)}: ${message}`),
    ).toEqual([])
  }, 120_000)

  it('gives every page a description, the hub’s own icon and named landmarks', async () => {
    const pages = (await readdir(client, { recursive: true })).filter(
      (file) => file.endsWith('.html') && !file.startsWith('pagefind'),
    )
    expect(pages.length).toBeGreaterThan(100)
    for (const file of pages) {
      const html = await readFile(path.join(client, file), 'utf8')
      expect(html, file).toMatch(/<meta name="description" content="[^"]{20,}"/)
      expect(html, file).toContain('<link rel="icon" href="/favicon.svg" type="image/svg+xml">')
      expect(html, file).toMatch(/<aside class="help" aria-label="[^"]+"/)
      if (file !== 'index.html') expect(html, file).toMatch(/<footer[^>]*><nav aria-label="[^"]+"/)
    }
    expect(await readFile(path.join(client, 'favicon.svg'), 'utf8')).toMatch(
      /^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/,
    )
  })

  it('shows the logo from Site settings beside the hub’s name at a fixed size, with its alt text', async () => {
    const logoIn = async (route: string) => {
      const html = await page(route)
      return /<a class="site-name"[^>]*>\s*(<img[^>]*>)/.exec(html)?.[1] ?? ''
    }
    const english = await logoIn(`en/${signs}`)
    expect(english).toMatch(/<img[^>]+alt="Coalition Resource Hub logo"/)
    expect(english).toMatch(/<img[^>]+width="32"[^>]+height="32"/)
    expect(english).toMatch(/src="[^"]+\.webp" srcset="[^"]+\.webp 1x, [^"]+\.webp 2x"/)
    expect(english).toContain('loading="eager"')
    expect(await logoIn('ar/')).toContain('alt="شعار مركز موارد التحالف"')
    // The Thai alt text is missing: the English stands in, marked as English.
    expect(await logoIn('th/')).toMatch(/<img[^>]+alt="Coalition Resource Hub logo"[^>]+lang="en" dir="ltr"/)
  })

  it('lists a long guide’s sections under "On this page", linked to their headings, in the reader’s language', async () => {
    const contents = (html: string) =>
      /<nav class="contents web-only" aria-labelledby="contents-title"[^>]*>([\s\S]*?)<\/nav>/.exec(html)?.[1]
    const english = await page(`en/${signs}`)
    expect(contents(english)).toContain('<h2 id="contents-title">On this page</h2>')
    const links = [...(contents(english) ?? '').matchAll(/<a href="#([^"]+)">([^<]+)<\/a>/g)]
    expect(links.map((link) => [link[1], link[2]])).toEqual([
      ['signs-you-may-notice', 'Signs you may notice'],
      ['what-to-do', 'What to do'],
      ['look-after-yourself', 'Look after yourself'],
    ])
    for (const [, id, heading] of links) expect(english).toContain(`<h2 id="${id}">${heading}</h2>`)
    const thai = await page(`th/${signs}`)
    expect(contents(thai)).toContain('ในหน้านี้')
    expect(thai).toContain('<a href="#สิ่งที่ควรทำ">สิ่งที่ควรทำ</a>')
    expect(thai).toContain('<h2 id="สิ่งที่ควรทำ">สิ่งที่ควรทำ</h2>')
    // Two sections read at a glance: no list.
    expect(contents(await page(`en/${rights}`))).toBeUndefined()
  })

  it('marks what only makes sense on screen so that print leaves it out', async () => {
    expect(await page(`en/${signs}`)).toMatch(/<section class="web-only"[^>]*><h2>Related guides/)
    expect(await page(`en/${signs}`)).toMatch(/<section class="web-only"[^>]*><h2>Downloads/)
    expect(await page('en/screening-kits/ghost-fleet-screening-kit')).toContain(
      '<section class="kit-download web-only"',
    )
    expect(await page('en/screening-kits/ghost-fleet-screening-kit/print')).toMatch(
      /<p class="meta web-only">[^<]*Print command/,
    )
  })

  it('ships content pages with no script but the inline quick exit, under 2 KB', async () => {
    const html = await page(`en/${signs}`)
    expect(html).not.toMatch(/<script[^>]+src=/)
    const scripts = [...html.matchAll(/<script[^>]*>([\s\S]*?)<\/script>/g)].map((match) => match[1]!)
    expect(scripts).toHaveLength(1)
    expect(Buffer.byteLength(scripts[0]!)).toBeLessThan(2048)
  })

  it('searches with the site’s own form, its script a file of the site, Pagefind’s ready-made interface left out', async () => {
    const html = await page('en/search')
    expect(html).toMatch(/<script type="module" src="\/_astro\/[^"]+\.js"><\/script>/)
    expect(html).not.toContain('pagefind-ui')
    for (const locale of locales) {
      const bundle = await readdir(path.join(client, 'pagefind', locale))
      expect(bundle).toContain('pagefind.js')
      expect(
        bundle.filter((file) => /^pagefind-(ui|component-ui|modular-ui|highlight|worker)\./.test(file)),
      ).toEqual([])
    }
    // Filters under fixed keys the search page names in each language; what a result needs to mark English.
    const french = await page('fr/screening-kits/i-am-jane-doe-screening-kit')
    expect(french).toContain('data-pagefind-filter="type:Kit de projection"')
    expect(french).toContain('data-pagefind-meta="english:title summary"')
    expect(french).toContain('data-pagefind-meta="translation:missing"')
    expect(french).toContain('data-pagefind-meta="warning:Violences sexuelles et Exploitation d’enfants"')
  })

  it('lists the news newest first and points feed readers at the language’s feeds', async () => {
    const html = await page('en/news')
    const order = [...html.matchAll(/data-post="([a-z0-9-]+)"/g)].map((match) => match[1])
    expect(order).toEqual([
      'coalition-hub-opens-in-five-languages',
      'recap-i-am-jane-doe-community-screening',
      'returnee-kit-drive-reaches-400-families',
    ])
    for (const route of ['th/news', 'th/news/coalition-hub-opens-in-five-languages']) {
      const head = (await page(route)).split('</head>')[0]!
      expect(head).toContain(
        `<link rel="alternate" type="application/rss+xml" title="ข่าวสาร" href="${siteUrl}/th/news/rss.xml">`,
      )
      expect(head).toContain(`type="application/atom+xml" title="ข่าวสาร" href="${siteUrl}/th/news/atom.xml"`)
      expect(head).toContain(
        `type="application/feed+json" title="ข่าวสาร" href="${siteUrl}/th/news/feed.json"`,
      )
    }
    expect(await page('en/guides/know-your-rights-at-work')).not.toContain('application/rss+xml')
    const home = await page('ar')
    expect(home).toContain('<a href="/ar/news/">الأخبار</a>')
    expect(home).toContain('<a href="/ar/take-action/">تحرّك الآن</a>')
  })

  it('names a post’s authors, its date and the resources it relates to', async () => {
    const html = await page('en/news/recap-i-am-jane-doe-community-screening')
    expect(html).toMatch(
      /Written by\s*<a href="\/en\/organizations\/harbor-alliance\/">Harbor Alliance<\/a>, <a href="\/en\/organizations\/red-de-jornaleros\/">/,
    )
    expect(html).toContain('<time datetime="2026-11-05">November 5, 2026</time>')
    expect(html).toContain('href="/en/screening-kits/i-am-jane-doe-screening-kit/"')
    expect(html).toContain('href="/en/take-action/host-a-screening/"')
  })

  it('writes RSS 2.0 and Atom per language that an independent parser reads, each with only that language’s posts', async () => {
    const feed = async (locale: string, file: string) =>
      parseFeed(await readFile(path.join(client, locale, 'news', file), 'utf8'))
    for (const file of ['rss.xml', 'atom.xml']) {
      const english = await feed('en', file)
      expect(english.language).toBe('en')
      expect(english.url).toBe(`${siteUrl}/en/news/`)
      expect(english.items.map((item) => item.url)).toEqual([
        `${siteUrl}/en/news/coalition-hub-opens-in-five-languages/`,
        `${siteUrl}/en/news/recap-i-am-jane-doe-community-screening/`,
        `${siteUrl}/en/news/returnee-kit-drive-reaches-400-families/`,
      ])
      expect(english.items[1]!.title).toBe('Recap: 60 neighbours at our "I Am Jane Doe" screening')
      expect(english.items[1]!.published?.toISOString()).toBe('2026-11-05T00:00:00.000Z')

      const spanish = await feed('es', file)
      expect(spanish.language).toBe('es')
      expect(spanish.items.map((item) => item.title)).toContain(
        'Crónica: 60 vecinos en nuestra proyección de "I Am Jane Doe"',
      )
      // The recap is in English and Spanish only: the Thai and Arabic feeds carry the one Thai and Arabic post.
      for (const locale of ['th', 'ar', 'fr']) {
        const other = await feed(locale, file)
        expect(other.language).toBe(locale)
        expect(other.items.map((item) => item.url)).toEqual([
          `${siteUrl}/${locale}/news/coalition-hub-opens-in-five-languages/`,
        ])
      }
      expect((await feed('th', file)).items[0]!.title).toBe('ศูนย์ข้อมูลของเครือข่ายเปิดให้บริการห้าภาษา')
    }
    const atom = await readFile(path.join(client, 'en', 'news', 'atom.xml'), 'utf8')
    expect(atom).toContain('<name>Harbor Alliance</name>')
  })

  it('writes JSON Feed 1.1 per language with every field the specification requires', async () => {
    const json = JSON.parse(await readFile(path.join(client, 'es', 'news', 'feed.json'), 'utf8'))
    expect(json.version).toBe('https://jsonfeed.org/version/1.1')
    expect(json.title).toBe('Noticias · Centro de Recursos de la Coalición')
    expect(json.language).toBe('es')
    expect(json.feed_url).toBe(`${siteUrl}/es/news/feed.json`)
    expect(json.home_page_url).toBe(`${siteUrl}/es/news/`)
    expect(json.items).toHaveLength(3)
    for (const item of json.items) {
      expect(typeof item.id).toBe('string')
      expect(typeof item.content_text).toBe('string')
      expect(item.url).toMatch(new RegExp(`^${siteUrl}/es/news/`))
      expect(item.authors.length).toBeGreaterThan(0)
    }
    const published = json.items.map((item: { date_published: string }) => item.date_published)
    expect(published).toEqual([...published].sort().reverse())
    expect(json.items[1].authors.map((author: { name: string }) => author.name)).toEqual([
      'Alianza Harbor',
      'Red de Jornaleros',
    ])
  })

  it('lists every take-action item on a page whose filters need no script', async () => {
    const html = await page('es/take-action')
    expect([...html.matchAll(/class="action-card"/g)]).toHaveLength(7)
    expect(html).toContain('Organice una proyección con panel')
    expect(html).toContain('<input type="radio" name="effort" value="minutes"')
    expect(html).toContain('<input type="radio" name="kind" value="shop-responsibly"')
    expect(html).toContain(
      '.take-action:has(input[name="effort"][value="minutes"]:checked) .action-card:not([data-effort="minutes"])',
    )
    const scripts = [...html.matchAll(/<script[^>]*>([\s\S]*?)<\/script>/g)]
    expect(scripts).toHaveLength(1)
    expect(await page('th/take-action/read-know-your-rights-guide')).toContain(
      'href="/th/guides/know-your-rights-at-work/"',
    )
  })

  it('puts posts and take-action items in the sitemap and among search filters by type', async () => {
    const sitemap = await readFile(path.join(client, 'sitemap.xml'), 'utf8')
    expect(sitemap).toContain(`${siteUrl}/ar/news/coalition-hub-opens-in-five-languages/</loc>`)
    expect(sitemap).toContain(`${siteUrl}/ar/news/recap-i-am-jane-doe-community-screening/</loc>`)
    expect(sitemap).toContain(`${siteUrl}/fr/take-action/read-know-your-rights-guide/</loc>`)
    expect(sitemap).toContain(`${siteUrl}/fr/take-action/</loc>`)
    expect(sitemap).toContain(`${siteUrl}/es/news/</loc>`)
    expect(await page('en/news/returnee-kit-drive-reaches-400-families')).toContain(
      'data-pagefind-filter="type:News post"',
    )
    expect(await page('es/take-action/host-a-screening')).toContain('data-pagefind-filter="type:Acción"')
  })

  it('serves kit posters as responsive AVIF and WebP with size, alt text and lazy loading', async () => {
    const html = await page('ar/screening-kits/ghost-fleet-screening-kit')
    const main = html.slice(html.indexOf('<main'))
    const picture = /<picture>[\s\S]*?<\/picture>/.exec(main)?.[0] ?? ''
    expect(picture).toContain('type="image/avif"')
    expect(picture).toContain('type="image/webp"')
    expect(picture).toMatch(/<img[^>]+width="\d+"[^>]+height="\d+"/)
    expect(picture).toContain('loading="lazy"')
    expect(picture).toContain('alt="ملصق أزرق داكن')
  })

  it('indexes each language separately for search, in a bundle of its own', async () => {
    expect((await readdir(path.join(client, 'pagefind'))).sort()).toEqual([...locales].sort())
    for (const locale of locales) {
      const entry = JSON.parse(
        await readFile(path.join(client, 'pagefind', locale, 'pagefind-entry.json'), 'utf8'),
      )
      expect(Object.keys(entry.languages)).toEqual([locale])
      expect(entry.languages[locale].page_count).toBeGreaterThan(20)
    }
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

  it('makes the kits in workers while Astro starts, and the pages find every one of them made', () => {
    // A new output directory has no kit cache: the workers make all seven, the pages none.
    expect(buildLog.match(/\[kits\] \S+\.zip made in \d+ ms, before the pages/g)).toHaveLength(7)
    expect(buildLog.match(/\[kits\] \S+\.zip: \d+ files, \d+ KiB, from the kit cache/g)).toHaveLength(7)
    expect(buildLog).not.toMatch(/KiB, made in/)
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
      // Every document the fixture's manifest counts, and nothing else.
      const { counts } = JSON.parse(await readFile(path.join(fixtureSnapshot, 'manifest.json'), 'utf8')) as {
        counts: Record<string, number>
      }
      expect(served).toHaveLength(Object.values(counts).reduce((sum, count) => sum + count, 0))
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
