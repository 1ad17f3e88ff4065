import type { KitKey } from '../../i18n/kit'
import { kitText } from '../../i18n/kit'
import { longDate } from '../../lib/formats'
import { text } from '../../lib/localize'
import { hotlineLines } from '../hotlineLines'
import type { KitParts } from '../kitParts'
import { posterFieldsNotice } from './poster'

const descriptions: Record<string, KitKey> = {
  'facilitator-guide.pdf': 'readmeFacilitatorGuide',
  'panel-questions.pdf': 'readmePanelQuestions',
  'poster.pdf': 'readmePoster',
  'donation-drive.pdf': 'readmeDonationDrive',
}

/**
 * README.txt in the kit's language. CRLF line ends and a byte-order mark let
 * the oldest Windows editors show Arabic and Thai correctly.
 */
export function readmeText(parts: KitParts, files: string[]): Buffer {
  const { kit, locale, pageUrl } = parts
  const film = text(kit.film.title, locale) ?? ''
  const title = kitText(locale, 'readmeTitle', { film })
  const lines = [
    title,
    '='.repeat(Math.min(title.length, 60)),
    '',
    kitText(locale, 'readmeIntro', { film }),
    '',
    `${kitText(locale, 'readmeContents')}:`,
    ...files
      .filter((file) => file in descriptions)
      .map((file) => `- ${file}: ${kitText(locale, descriptions[file]!)}`),
    '',
  ]
  const notice = posterFieldsNotice(locale)
  if (notice && files.includes('poster.pdf'))
    lines.push(`${kitText(locale, 'posterFillingIn')}: ${notice}`, '')
  if (parts.hotline)
    lines.push(
      kitText(locale, 'readmeHelp', { hotline: hotlineLines(parts.hotline, locale).join(' · ') }),
      '',
    )
  lines.push(
    kitText(locale, 'readmeOnline', { url: pageUrl }),
    kitText(locale, 'readmeUpdated', { date: longDate(locale, kit.updatedAt) }),
    '',
  )
  return Buffer.from(`\uFEFF${lines.join('\r\n')}`, 'utf8')
}
