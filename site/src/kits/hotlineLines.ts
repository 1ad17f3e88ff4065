import type { Hotline, Locale } from '@hub/content-schemas'

import { kitText } from '../i18n/kit'
import { longDate } from '../lib/formats'
import { text } from '../lib/localize'
import type { KitDocument } from './pdf/KitDocument'

/** The hotline as printed in a kit: name, how to call, text, TTY or chat, when, when last verified, and whether the number is only an example. */
export function hotlineLines(hotline: Hotline, locale: Locale): string[] {
  return [
    kitText(locale, 'hotlineFor', { name: text(hotline.name, locale) ?? '' }),
    [
      kitText(locale, 'hotlineCall', { phone: hotline.phone }),
      hotline.sms ? kitText(locale, 'hotlineText', { sms: hotline.sms }) : undefined,
    ]
      .filter(Boolean)
      .join(' · '),
    ...(hotline.tty ? [kitText(locale, 'hotlineTty', { tty: hotline.tty })] : []),
    ...(hotline.chat ? [kitText(locale, 'hotlineChat', { chat: hotline.chat })] : []),
    kitText(locale, 'hotlineHours', { hours: text(hotline.hours, locale) ?? '' }),
    ...(hotline.lastVerified
      ? [kitText(locale, 'hotlineVerified', { date: longDate(locale, hotline.lastVerified) })]
      : []),
    ...(hotline.illustrative ? [kitText(locale, 'hotlineIllustrative')] : []),
  ]
}

/** The hotline in a kit PDF: in a box, its name in bold. */
export function writeHotlineBox(doc: KitDocument, hotline: Hotline, locale: Locale): void {
  doc.boxed(() =>
    hotlineLines(hotline, locale).forEach((line, index) =>
      doc.paragraph(line, index === 0 ? { style: 'bold' } : {}),
    ),
  )
}
