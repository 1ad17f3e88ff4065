import {
  donationCategories,
  donationCategoryLabels,
  donationPriorities,
  donationPriorityLabels,
  type DonationList,
} from '@hub/content-schemas'

import { kitText } from '../../i18n/kit'
import { t } from '../../i18n/ui'
import { longDate } from '../../lib/formats'
import type { Hub } from '../../lib/hubData'
import { isTranslated, text } from '../../lib/localize'
import type { KitParts } from '../kitParts'
import { documentHeading, kitDocument, prefixedTitle } from './common'

/** donation-drive.pdf: the items by category and priority, how to give, and when the list was checked. */
export async function donationDrivePdf(parts: KitParts, list: DonationList, hub: Hub): Promise<Buffer> {
  const { locale } = parts
  const doc = await kitDocument(
    parts,
    prefixedTitle(kitText(locale, 'donationDrive'), text(list.title, locale) ?? ''),
  )
  documentHeading(doc, parts, kitText(locale, 'donationDrive'))
  if (!isTranslated(list, locale)) doc.muted(kitText(locale, 'partInEnglish'))

  doc.heading(text(list.title, locale) ?? list.slug, 2)
  const provider = hub.byId(hub.organizations, list.organization)
  if (provider)
    doc.paragraph(kitText(locale, 'donationIntro', { provider: text(provider.name, locale) ?? '' }))
  doc.paragraph(kitText(locale, 'lastVerifiedOn', { date: longDate(locale, list.lastVerified) }), {
    style: 'bold',
  })

  // Most urgent first within each category, in the order the contract lists priorities.
  const rank = (priority: DonationList['items'][number]['priority']) => donationPriorities.indexOf(priority)
  for (const category of donationCategories) {
    const items = list.items
      .filter((item) => item.category === category)
      .sort((a, b) => rank(a.priority) - rank(b.priority))
    if (items.length === 0) continue
    doc.heading(donationCategoryLabels[category][locale], 3)
    doc.list(
      items.map((item) => {
        const notes = text(item.notes, locale)
        return [
          { text: text(item.name, locale) ?? '', style: 'bold' as const },
          { text: ` (${donationPriorityLabels[item.priority][locale]})` },
          { text: notes ? `: ${notes}` : '' },
        ]
      }),
      'checkbox',
    )
  }

  doc.heading(t(locale, 'howToDonate'), 2)
  doc.paragraph(text(list.howToDonate, locale) ?? '')
  const dropOff = text(list.dropOff, locale)
  if (dropOff) {
    doc.heading(t(locale, 'dropOff'), 3)
    doc.paragraph(dropOff)
  }
  if (list.monetaryFunds.length > 0) {
    doc.heading(t(locale, 'giveMoney'), 3)
    doc.list(
      list.monetaryFunds.map((fund) => [
        { text: `${text(fund.label, locale) ?? ''}: `, style: 'bold' as const, link: fund.url },
        { text: fund.url },
      ]),
    )
  }
  return doc.toBuffer()
}
