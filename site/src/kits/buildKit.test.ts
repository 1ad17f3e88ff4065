import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { lexical, textDirection, type Locale } from '@hub/content-schemas'
import { PDFDocument } from 'pdf-lib'
import { AnnotationMode, getDocument, OPS } from 'pdfjs-dist/legacy/build/pdf.mjs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { zipEntries } from '../../../tests/support/zipEntries'
import { kitText } from '../i18n/kit'
import { hubFromSnapshot, type Hub } from '../lib/hubData'
import { text } from '../lib/localize'
import { readSnapshot } from '../loaders/readSnapshot'
import { buildKit, type KitBuildOptions } from './buildKit'
import { kitLocales } from './kitFiles'
import { loadFieldFace } from './pdf/fonts'

const fixture = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../tests/fixtures/snapshot')
const options: KitBuildOptions = {
  mediaDir: path.join(fixture, 'media-files'),
  pageUrl: 'http://localhost:4321/kit/',
}
const scratch = mkdtempSync(path.join(tmpdir(), 'hub-kits-'))
let hub: Hub

beforeAll(async () => {
  hub = hubFromSnapshot(await readSnapshot(fixture))
})
afterAll(() => rmSync(scratch, { recursive: true, force: true }))

/** Runs a Debian tool (poppler-utils, qpdf) on the PDF: independent checks of what pdfkit wrote. */
function tool(command: string, args: string[], pdf: Buffer): string {
  const file = path.join(scratch, `${command}-${Math.random().toString(36).slice(2)}.pdf`)
  writeFileSync(file, pdf)
  return execFileSync(command, [...args, file, ...(command === 'pdftotext' ? ['-'] : [])], {
    encoding: 'utf8',
  })
}

/**
 * Extracted text laid out on a page has line breaks and spaces where the
 * words were, poppler wraps right-to-left runs in bidi controls, and it puts
 * stacked Thai marks on their own line: compare base letters only.
 */
const normalise = (value: string) =>
  value.normalize('NFC').replace(/[\s\p{M}\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu, '')

/**
 * The text, word by word. poppler cuts an Arabic line apart at a word whose
 * marks (tanwin, shadda) are positioned above its letters, so such words are
 * left out of the comparison; every other word must be there, in order within
 * itself, letter for letter.
 */
function expectText(pdfText: string, expected: string | undefined, what: string) {
  expect(expected, what).toBeTruthy()
  const extracted = normalise(pdfText)
  const words = expected!
    .split(/\s+/)
    .filter((word) => !(/\p{Script=Arabic}/u.test(word) && /\p{M}/u.test(word)))
  for (const word of words)
    expect(extracted, `${what}: "${word}" in "${expected}"`).toContain(normalise(word))
}

const usPhone = '1-888-373-7888'
/** The line each kit prints in every language: the one serving the region it names (Thailand, the United States). */
const kitHotlines: Record<string, string> = {
  'ghost-fleet-screening-kit': 'mekong-worker-helpline',
  'i-am-jane-doe-screening-kit': 'us-national-human-trafficking-hotline',
}

describe('event kits from the demo snapshot', () => {
  it('hold the expected files, the text in the kit language and a fillable poster, for every kit and language', async () => {
    let checked = 0
    for (const kit of hub['screening-kits']) {
      for (const locale of kitLocales(kit)) {
        const label = `${kit.slug} (${locale})`
        const archive = await buildKit(kit, locale, hub, options)
        expect(archive.zip.length, label).toBeLessThan(1.5 * 1024 * 1024)
        const entries = await zipEntries(archive.zip)
        const folder = `${kit.slug}-${locale}`
        expect([...entries.keys()].sort(), label).toEqual(
          [
            'README.txt',
            'donation-drive.pdf',
            'facilitator-guide.pdf',
            'panel-questions.pdf',
            'poster.pdf',
          ].map((name) => `${folder}/${name}`),
        )
        const questions = hub.byId(hub['panel-question-sets'], kit.panelQuestionSet)!
        const hotline = hub.hotlines.find((line) => line.slug === kitHotlines[kit.slug])!
        const filmTitle = text(kit.film.title, locale)
        const texts = new Map<string, string>()
        for (const [name, bytes] of entries) {
          if (!name.endsWith('.pdf')) continue
          tool('qpdf', ['--check'], bytes)
          const info = tool('pdfinfo', [], bytes)
          expect(info, `${label} ${name}`).toMatch(/Tagged:\s+yes/)
          // The question set's title already says what it is: no "Panel questions: Panel questions: ...".
          if (name.endsWith('panel-questions.pdf'))
            expect(/^Title:\s+(.*)$/m.exec(info)?.[1], label).toBe(text(questions.title, locale))
          const fonts = tool('pdffonts', [], bytes).split('\n').slice(2).filter(Boolean)
          for (const font of fonts)
            expect(font, `${label} ${name}: every font embedded and subset`).toMatch(/\byes\s+yes\s+yes\b/)
          // Left-to-right text is compared in content order (-raw); Arabic, drawn right to left, as poppler reads it back.
          const order = textDirection(locale) === 'rtl' ? [] : ['-raw']
          const pdfText = tool('pdftotext', ['-enc', 'UTF-8', ...order], bytes)
          texts.set(name.slice(folder.length + 1), pdfText)
          expectText(pdfText, hotline.phone, `${label} ${name}: hotline`)
          if (hotline.phone !== usPhone)
            expect(normalise(pdfText), `${label} ${name}: no US number`).not.toContain(normalise(usPhone))
        }
        expectText(texts.get('facilitator-guide.pdf')!, filmTitle, `${label}: film title`)
        expectText(texts.get('facilitator-guide.pdf')!, text(hotline.name, locale), `${label}: hotline name`)
        // Every way to reach the line, when it was last checked, and whether the number is only an example.
        if (hotline.tty) expectText(texts.get('facilitator-guide.pdf')!, hotline.tty, `${label}: hotline TTY`)
        if (hotline.chat)
          expect(texts.get('facilitator-guide.pdf')!, `${label}: hotline chat`).toContain(hotline.chat)
        if (hotline.illustrative)
          expectText(
            texts.get('facilitator-guide.pdf')!,
            kitText(locale, 'hotlineIllustrative'),
            `${label}: illustrative note`,
          )
        expectText(
          texts.get('facilitator-guide.pdf')!,
          kitText(locale, 'disclosureHeading'),
          `${label}: safety notes`,
        )
        expectText(texts.get('poster.pdf')!, filmTitle, `${label}: poster title`)
        for (const question of questions.questions) {
          expectText(texts.get('panel-questions.pdf')!, text(question.question, locale), `${label}: question`)
        }
        const donations = hub.byId(hub['donation-lists'], kit.donationList)!
        expectText(
          texts.get('donation-drive.pdf')!,
          text(donations.items[0]!.name, locale),
          `${label}: donation item`,
        )

        const poster = entries.get(`${folder}/poster.pdf`)!
        const pages = tool('pdfinfo', ['-f', '1', '-l', '2'], poster)
        expect(pages).toMatch(/Page\s+1 size:\s+595\.\d+ x 841\.\d+ pts \(A4\)/)
        expect(pages).toMatch(/Page\s+2 size:\s+612 x 792 pts \(letter\)/)
        const form = JSON.parse(tool('qpdf', ['--json', '--json-key=acroform'], poster)) as {
          acroform: { fields: { fullname: string; fieldtype: string }[] }
        }
        expect(form.acroform.fields.map((field) => field.fullname).sort()).toEqual(
          ['a4', 'letter'].flatMap((paper) =>
            ['date', 'host', 'time', 'venue'].map((field) => `${paper}.${field}`),
          ),
        )
        expect(new Set(form.acroform.fields.map((field) => field.fieldtype))).toEqual(new Set(['/Tx']))

        const readme = entries.get(`${folder}/README.txt`)!.toString('utf8')
        expect(readme.startsWith('\uFEFF')).toBe(true)
        expect(readme).toContain(kitText(locale, 'readmeTitle', { film: filmTitle! }))
        expect(readme).toContain(hotline.phone)
        checked++
      }
    }
    // Ghost Fleet in five languages, I Am Jane Doe in English and Spanish.
    expect(checked).toBe(7)
  }, 240_000)

  it('prints no other language’s hotline where no line serves the kit’s regions or language', async () => {
    const kit = hub['screening-kits'].find((each) => each.slug === 'ghost-fleet-screening-kit')!
    const noMekong = {
      ...hub,
      hotlines: hub.hotlines.filter((line) => line.slug !== 'mekong-worker-helpline'),
    }
    const entries = await zipEntries((await buildKit(kit, 'ar', noMekong, options)).zip)
    const readme = entries.get(`${kit.slug}-ar/README.txt`)!.toString('utf8')
    expect(readme).not.toContain(usPhone)
    expect(readme).not.toContain('+66 2 555 0100')
    for (const [name, bytes] of entries) {
      if (!name.endsWith('.pdf')) continue
      const pdfText = normalise(tool('pdftotext', ['-enc', 'UTF-8'], bytes))
      expect(pdfText, name).not.toContain(normalise(usPhone))
      expect(pdfText, name).not.toContain(normalise('+66 2 555 0100'))
    }
  })

  it('leaves out a question set or donation list that is not published, says so, and still builds', async () => {
    const kit = hub['screening-kits'].find((candidate) => candidate.slug === 'ghost-fleet-screening-kit')!
    const unpublished = {
      ...hub,
      'panel-question-sets': hub['panel-question-sets'].filter(
        (set) => String(set.id) !== String(kit.panelQuestionSet),
      ),
      'donation-lists': hub['donation-lists'].filter((list) => String(list.id) !== String(kit.donationList)),
    }
    const archive = await buildKit(kit, 'th', unpublished, options)
    const entries = await zipEntries(archive.zip)
    expect([...entries.keys()].sort()).toEqual(
      ['README.txt', 'facilitator-guide.pdf', 'poster.pdf'].map((name) => `${kit.slug}-th/${name}`),
    )
    expect(archive.omissions).toEqual([
      expect.stringMatching(
        /ghost-fleet-screening-kit" \(th\): its panel question set \(id \d+\) is not published.*panel-questions\.pdf is left out/,
      ),
      expect.stringMatching(
        /ghost-fleet-screening-kit" \(th\): its donation list \(id \d+\) is not published.*donation-drive\.pdf is left out/,
      ),
    ])
    const readme = entries.get(`${kit.slug}-th/README.txt`)!.toString('utf8')
    expect(readme).not.toContain('panel-questions.pdf')
    expect(readme).not.toContain('donation-drive.pdf')
  }, 60_000)

  it('prints an internal link as the full address of the linked page in the kit’s language', async () => {
    const kit = hub['screening-kits'].find((candidate) => candidate.slug === 'ghost-fleet-screening-kit')!
    for (const locale of ['en', 'th'] as const) {
      const entries = await zipEntries((await buildKit(kit, locale, hub, options)).zip)
      const pdf = entries.get(`${kit.slug}-${locale}/facilitator-guide.pdf`)!
      const address = `http://localhost:4321/${locale}/guides/supporting-a-survivor-who-discloses/`
      expect(normalise(tool('pdftotext', ['-enc', 'UTF-8', '-raw'], pdf))).toContain(
        normalise(`(${address})`),
      )
      expect(tool('pdfinfo', ['-url'], pdf)).toContain(address)
    }
  }, 60_000)

  it('draws an image block of the facilitator notes with the image’s alt text', async () => {
    const kit = hub['screening-kits'].find((candidate) => candidate.slug === 'ghost-fleet-screening-kit')!
    const image = hub.media.find((media) => media.filename.startsWith('guide-header'))!
    const notes = kit.facilitatorGuide.en
    const withImage = {
      ...kit,
      facilitatorGuide: {
        ...kit.facilitatorGuide,
        en: {
          root: {
            ...notes.root,
            children: [
              ...notes.root.children,
              lexical.block({ blockType: 'image', image: image.id, caption: 'zqcaption4410' }),
            ],
          },
        },
      },
    }
    const images = async (value: typeof kit) => {
      const entries = await zipEntries((await buildKit(value, 'en', hub, options)).zip)
      const pdf = entries.get(`${kit.slug}-en/facilitator-guide.pdf`)!
      return { list: tool('pdfimages', ['-list'], pdf), text: tool('pdftotext', ['-enc', 'UTF-8'], pdf), pdf }
    }
    const before = await images(kit)
    const after = await images(withImage)
    const count = (list: string) => list.split('\n').slice(2).filter(Boolean).length
    expect(count(after.list)).toBe(count(before.list) + 1)
    expect(after.text).toContain('zqcaption4410')
    expect(after.pdf.toString('latin1')).toContain(`/Alt (${image.alt.en})`)
  }, 60_000)

  it('draws every character typed into the poster’s fields in the kit’s language, in poppler', async () => {
    const typed: Partial<Record<Locale, string[]>> = {
      en: [
        'Saturday 12 December 2026',
        '6:30 pm – 9 pm',
        'Église Saint-Étienne, Quai 7',
        'Harbor Alliance & friends',
      ],
      es: ['Sábado 12 de diciembre de 2026', '18:30', 'Salón Comunitario Año Nuevo', 'Red de Jornaleros'],
      ar: ['السبت ١٢ ديسمبر ٢٠٢٦', '١٨:٣٠ – 21:00', 'قاعة المدينة، شارع 5', 'تحالف الميناء'],
      th: ['วันเสาร์ที่ 12 ธันวาคม 2569', '18:30 น.', 'ศาลาประชาคม ซอย 7', 'เครือข่ายแรงงานประมง'],
    }
    const kit = hub['screening-kits'].find((candidate) => candidate.slug === 'ghost-fleet-screening-kit')!
    // Only the letters count: poppler lays typed text out in typed order, without bidi or shaping.
    const letters = (value: string) => [...normalise(value)].sort().join('')
    for (const [locale, values] of Object.entries(typed) as [Locale, string[]][]) {
      const entries = await zipEntries((await buildKit(kit, locale, hub, options)).zip)
      const poster = await PDFDocument.load(entries.get(`${kit.slug}-${locale}/poster.pdf`)!)
      const form = poster.getForm()
      const fields = ['date', 'time', 'venue', 'host'].map((name) => form.getTextField(`a4.${name}`))
      fields.forEach((field, index) => field.setText(values[index]))
      // As a reader's PDF viewer gets it: the values only, drawn by the viewer with the field's font.
      const filled = Buffer.from(await poster.save({ updateFieldAppearances: false }))
      const pageHeight = poster.getPage(0).getHeight()
      fields.forEach((field, index) => {
        const box = field.acroField.getWidgets()[0]!.getRectangle()
        const top = pageHeight - box.y - box.height
        const crop = ['-x', box.x, '-y', top, '-W', box.width, '-H', box.height].map((value) =>
          typeof value === 'number' ? String(Math.round(value)) : value,
        )
        const shown = tool('pdftotext', ['-f', '1', '-l', '1', '-enc', 'UTF-8', ...crop], filled)
        expect(letters(shown), `${locale} ${field.getName()}: "${values[index]}"`).toBe(
          letters(values[index]!),
        )
      })
      expect(tool('pdftoppm', ['-f', '1', '-l', '1', '-r', '30', '-png'], filled).length).toBeGreaterThan(0)
    }
  }, 60_000)

  it('tells Arabic kits’ users that PDF readers draw typed Arabic unjoined, and to write by hand instead', async () => {
    const kit = hub['screening-kits'].find((candidate) => candidate.slug === 'ghost-fleet-screening-kit')!
    const notice = kitText('ar', 'posterArabicFields')
    const entries = await zipEntries((await buildKit(kit, 'ar', hub, options)).zip)
    const poster = await PDFDocument.load(entries.get(`${kit.slug}-ar/poster.pdf`)!)
    poster.getForm().getTextField('a4.host').setText('تحالف الميناء')
    const filled = Buffer.from(await poster.save({ updateFieldAppearances: false }))
    // What the notice is about: poppler lays the typed words out left to right, the first word leftmost.
    const words = [
      ...tool('pdftotext', ['-f', '1', '-l', '1', '-bbox'], filled).matchAll(
        /<word xMin="([\d.]+)"[^>]*>([^<]+)<\/word>/g,
      ),
    ].map(([, x, word]) => ({ x: Number(x), word }))
    const at = (word: string) => words.find((candidate) => candidate.word === word)!.x
    expect(at('تحالف')).toBeLessThan(at('الميناء'))

    // And pdf.js, when it prints the form: its own appearance draws each typed character's own glyph, in typed order.
    const loading = getDocument({ data: new Uint8Array(filled), disableFontFace: true, verbosity: 0 })
    const pdfjsDocument = await loading.promise
    const operators = await (
      await pdfjsDocument.getPage(1)
    ).getOperatorList({ intent: 'print', annotationMode: AnnotationMode.ENABLE_STORAGE })
    const fieldFace = await loadFieldFace('arabic')
    const drawn = operators.fnArray.flatMap((operator, index) =>
      operator === OPS.showText
        ? (operators.argsArray[index]![0] as ({ unicode: string; width: number } | null)[]).filter(
            (glyph) => glyph !== null,
          )
        : [],
    )
    const host = drawn.findIndex((_, index) =>
      [...'تحالف'].every((char, offset) => drawn[index + offset]?.unicode === char),
    )
    expect(host).toBeGreaterThanOrEqual(0)
    for (const [offset, char] of [...'تحالف'].entries()) {
      const alone = fieldFace.font.glyphForCodePoint(char.codePointAt(0)!)
      expect(drawn[host + offset]!.width, `pdf.js draws ${char} as it looks alone`).toBeCloseTo(
        (alone.advanceWidth * 1000) / fieldFace.font.unitsPerEm,
        0,
      )
    }
    await loading.destroy()

    const readme = entries.get(`${kit.slug}-ar/README.txt`)!.toString('utf8')
    expect(readme).toContain(`${kitText('ar', 'posterFillingIn')}: ${notice}`)
    const guide = tool('pdftotext', ['-enc', 'UTF-8'], entries.get(`${kit.slug}-ar/facilitator-guide.pdf`)!)
    expectText(guide, kitText('ar', 'posterFillingIn'), 'ar facilitator guide: heading')
    expectText(guide, notice, 'ar facilitator guide: notice')

    // Readers draw Latin and Thai typed into the fields whole: those kits say nothing of it.
    for (const locale of ['en', 'th'] as const) {
      const other = await zipEntries((await buildKit(kit, locale, hub, options)).zip)
      const text = other.get(`${kit.slug}-${locale}/README.txt`)!.toString('utf8')
      expect(text).not.toContain(kitText(locale, 'posterFillingIn'))
      const otherGuide = tool(
        'pdftotext',
        ['-enc', 'UTF-8'],
        other.get(`${kit.slug}-${locale}/facilitator-guide.pdf`)!,
      )
      expect(normalise(otherGuide)).not.toContain(normalise(kitText(locale, 'posterFillingIn')))
    }
  }, 120_000)

  it('rebuilds an unchanged kit byte for byte', async () => {
    const kit = hub['screening-kits'][0]!
    const locale: Locale = 'ar'
    const first = await buildKit(kit, locale, hub, options)
    const second = await buildKit(kit, locale, hub, options)
    expect(second.zip.equals(first.zip)).toBe(true)
  }, 60_000)
})
