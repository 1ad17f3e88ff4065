import { localeNames } from '@hub/content-schemas'

import { t } from '../../i18n/ui'
import type { KitParts } from '../kitParts'
import { hotlineLines } from '../hotlineLines'
import { KitDocument, type PageSize } from '../pdf/KitDocument'
import { text } from '../../lib/localize'

/** A kit PDF with the kit's language, fixed dates and the hotline at the foot of every page. */
export function kitDocument(parts: KitParts, title: string, pageSize?: PageSize): Promise<KitDocument> {
  const { locale, hotline, kit } = parts
  return KitDocument.create({
    locale,
    title,
    author: t(locale, 'siteName'),
    createdAt: new Date(kit.updatedAt),
    pageSize,
    footer: hotline ? hotlineLines(hotline, locale).slice(0, 2).join(' · ') : undefined,
  })
}

/** The kit's title, then what this document is. */
export function documentHeading(doc: KitDocument, parts: KitParts, subtitle: string): void {
  doc.muted(`${t(parts.locale, 'siteName')} · ${localeNames[parts.locale]}`)
  doc.heading(subtitle, 1)
  doc.paragraph(text(parts.kit.title, parts.locale) ?? parts.kit.slug, { size: 13, style: 'bold' })
}

/**
 * "What this is: title" as a PDF's title, unless the title already says what
 * it is: question sets are often named "Panel questions: ...".
 */
export function prefixedTitle(prefix: string, title: string): string {
  const comparable = (value: string) => value.normalize('NFC').toLocaleLowerCase()
  return comparable(title).startsWith(comparable(prefix)) ? title : `${prefix}: ${title}`
}
