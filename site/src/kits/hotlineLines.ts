import type { Hotline, Locale } from '@hub/content-schemas'

import { kitText } from '../i18n/kit'
import { text } from '../lib/localize'
import type { KitDocument } from './pdf/KitDocument'

/** The hotline as printed in a kit: name, how to call or text, and when. */
export function hotlineLines(hotline: Hotline, locale: Locale): string[] {
  return [
    kitText(locale, 'hotlineFor', { name: text(hotline.name, locale) ?? '' }),
    [
      kitText(locale, 'hotlineCall', { phone: hotline.phone }),
      hotline.sms ? kitText(locale, 'hotlineText', { sms: hotline.sms }) : undefined,
    ]
      .filter(Boolean)
      .join(' · '),
    kitText(locale, 'hotlineHours', { hours: text(hotline.hours, locale) ?? '' }),
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
