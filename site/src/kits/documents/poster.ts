import { ageGuidanceLabels, type Locale } from '@hub/content-schemas'

import { kitText } from '../../i18n/kit'
import { t } from '../../i18n/ui'
import { text } from '../../lib/localize'
import { hotlineLines } from '../hotlineLines'
import type { KitParts } from '../kitParts'
import { fieldScripts, joinedScripts } from '../pdf/fonts'
import type { KitDocument, PageSize } from '../pdf/KitDocument'
import { kitDocument } from './common'

const posterFields = ['date', 'time', 'venue', 'host'] as const

const fieldLabels = {
  date: 'posterDate',
  time: 'posterTime',
  venue: 'posterVenue',
  host: 'posterHost',
} as const
const fieldFontSize = 12
const paperNames: Record<PageSize, string> = { A4: 'A4', LETTER: 'US Letter' }

/**
 * What a kit says about filling in its poster where PDF readers cannot draw
 * the typed language properly: check the print preview, or write by hand in
 * the boxes the poster prints.
 */
export function posterFieldsNotice(locale: Locale): string | undefined {
  return joinedScripts.has(fieldScripts[locale]) ? kitText(locale, 'posterArabicFields') : undefined
}

/**
 * poster.pdf: one A4 page and one US Letter page, each with form fields for
 * the date, time, venue and host that any PDF reader can fill in before
 * printing (named a4.date, letter.date and so on).
 */
export async function posterPdf(parts: KitParts, image: Buffer | undefined): Promise<Buffer> {
  const { kit, locale } = parts
  const filmTitle = text(kit.film.title, locale) ?? ''
  const doc = await kitDocument(parts, `${kitText(locale, 'posterHeadline')}: ${filmTitle}`, 'A4')
  doc.pdf.initForm()
  posterPage(doc, parts, image, 'A4')
  doc.newPage('LETTER')
  posterPage(doc, parts, image, 'LETTER')
  return doc.toBuffer()
}

function posterPage(doc: KitDocument, parts: KitParts, image: Buffer | undefined, size: PageSize): void {
  const { kit, locale } = parts
  const film = kit.film
  const centered = { align: 'center' as const }
  doc.moveTo(40)
  doc.text('P', kitText(locale, 'posterHeadline'), { ...centered, size: 16, style: 'bold', color: '#6b1d1d' })
  doc.text('H1', text(film.title, locale) ?? '', { ...centered, size: 34, style: 'bold', spaceAfter: 4 })
  doc.text(
    'P',
    `${film.year} · ${film.runtimeMinutes} ${t(locale, 'minutes')} · ${ageGuidanceLabels[film.ageGuidance][locale]}`,
    { ...centered, size: 12 },
  )
  if (image && parts.poster) {
    const height = doc.pageHeight * 0.33
    const alt = text(parts.poster.alt, locale) ?? ''
    doc.image(image, alt, { x: doc.margin, y: doc.cursor + 6, width: doc.contentWidth, height })
    doc.moveDown(height + 18)
  }
  doc.text('P', kitText(locale, 'posterInvite'), { ...centered, size: 13 })
  doc.moveDown(6)
  posterFieldRows(doc, size)
  doc.moveDown(10)
  if (parts.hotline) {
    const [name, contact] = hotlineLines(parts.hotline, locale)
    doc.text('P', `${t(locale, 'hotlineLabel')} ${name}`, {
      ...centered,
      size: 11,
      style: 'bold',
      spaceAfter: 0,
    })
    doc.text('P', contact ?? '', { ...centered, size: 11 })
  }
  doc.text('P', kitText(locale, 'posterFromHub', { hub: t(locale, 'siteName') }), { ...centered, size: 10 })
  doc.text('P', kitText(locale, 'posterPaper', { size: paperNames[size] }), {
    ...centered,
    size: 8,
    color: '#444444',
  })
}

/** A label and a fillable box per field; the box also gives a line to write on when printed blank. */
function posterFieldRows(doc: KitDocument, size: PageSize): void {
  const pdf = doc.pdf
  // The fields inherit their font from this parent: the field font, never one subset to the printed text.
  doc.useFieldFont(fieldFontSize)
  const parent = pdf.formField(size === 'A4' ? 'a4' : 'letter', { fontSize: fieldFontSize })
  const labelWidth = 110
  const rowHeight = 30
  const left = doc.margin
  const rtl = doc.direction === 'rtl'
  const fieldWidth = doc.contentWidth - labelWidth - 10
  const fieldX = rtl ? left : left + labelWidth + 10
  const labelBox = { left: rtl ? left + fieldWidth + 10 : left, width: labelWidth }
  for (const field of posterFields) {
    const top = doc.cursor
    doc.text(
      'P',
      kitText(doc.locale, fieldLabels[field]),
      { size: 12, style: 'bold', spaceAfter: 0 },
      labelBox,
    )
    doc.artifact(() =>
      pdf
        .lineWidth(0.8)
        .strokeColor('#444444')
        .rect(fieldX, top + 2, fieldWidth, rowHeight - 6)
        .stroke(),
    )
    doc.useFieldFont(fieldFontSize)
    pdf.formText(field, fieldX, top + 2, fieldWidth, rowHeight - 6, {
      parent,
      align: rtl ? 'right' : 'left',
      fontSize: fieldFontSize,
    })
    doc.moveTo(top + rowHeight)
  }
}
