import {
  ageGuidanceLabels,
  contentWarningLabels,
  timelinePhaseLabels,
  timelinePhases,
} from '@hub/content-schemas'

import { disclosureSteps, kitText } from '../../i18n/kit'
import { t } from '../../i18n/ui'
import type { Hub } from '../../lib/hubData'
import { pick, text } from '../../lib/localize'
import { writeHotlineBox } from '../hotlineLines'
import type { KitParts } from '../kitParts'
import type { PrintImage } from '../printImage'
import { writeRichText } from '../richTextPdf'
import { documentHeading, kitDocument } from './common'
import { posterFieldsNotice } from './poster'

/** facilitator-guide.pdf: the film, warnings, planning, notes, panelists, safety and resources. */
export async function facilitatorGuidePdf(
  parts: KitParts,
  hub: Hub,
  images: Map<string, PrintImage>,
): Promise<Buffer> {
  const { kit, locale } = parts
  const film = kit.film
  const filmTitle = text(film.title, locale) ?? ''
  const doc = await kitDocument(parts, `${t(locale, 'facilitatorGuide')}: ${filmTitle}`)
  documentHeading(doc, parts, t(locale, 'facilitatorGuide'))

  doc.heading(kitText(locale, 'aboutTheFilm'), 2)
  doc.paragraph(`${filmTitle} (${film.year})`, { style: 'bold', size: 12 })
  doc.paragraph([
    { text: `${t(locale, 'runtime')}: `, style: 'bold' },
    { text: `${film.runtimeMinutes} ${t(locale, 'minutes')}` },
  ])
  doc.paragraph([
    { text: `${t(locale, 'ageGuidance')}: `, style: 'bold' },
    { text: ageGuidanceLabels[film.ageGuidance][locale] },
  ])
  doc.paragraph(text(film.synopsis, locale) ?? '')
  if (film.themes.length > 0) {
    doc.paragraph(t(locale, 'themes'), { style: 'bold' })
    doc.list(film.themes.map((theme) => text(theme.text, locale) ?? ''))
  }
  if (film.whereToWatch.length > 0) {
    doc.paragraph(t(locale, 'whereToWatch'), { style: 'bold' })
    doc.list(
      film.whereToWatch.map((place) => [
        { text: `${text(place.label, locale) ?? ''}: `, link: place.url },
        { text: place.url },
      ]),
    )
  }
  doc.paragraph(t(locale, 'licence'), { style: 'bold' })
  doc.paragraph(text(film.licenceNote, locale) ?? '')

  doc.heading(t(locale, 'contentWarning'), 2)
  if (kit.contentWarnings.length > 0) {
    doc.paragraph(kitText(locale, 'contentWarningsIntro'))
    doc.list(kit.contentWarnings.map((code) => contentWarningLabels[code][locale]))
  } else {
    doc.paragraph(kitText(locale, 'noContentWarnings'))
  }

  if (kit.timeline.length > 0) {
    doc.heading(kitText(locale, 'planningChecklist'), 2)
    doc.paragraph(kitText(locale, 'planningIntro'))
    for (const phase of timelinePhases) {
      const tasks = kit.timeline.filter((step) => step.phase === phase)
      if (tasks.length === 0) continue
      doc.heading(timelinePhaseLabels[phase][locale], 3)
      doc.list(
        tasks.map((step) => text(step.task, locale) ?? ''),
        'checkbox',
      )
    }
  }

  const posterNotice = posterFieldsNotice(locale)
  if (posterNotice) {
    doc.heading(kitText(locale, 'posterFillingIn'), 2)
    doc.paragraph(posterNotice)
  }

  const notes = pick(kit.facilitatorGuide, locale).value
  if (notes) {
    doc.heading(kitText(locale, 'facilitationNotes'), 2)
    writeRichText(doc, notes, { hub, locale, pageUrl: parts.pageUrl, images })
  }

  if (kit.panelistRoles.length > 0) {
    doc.heading(t(locale, 'panelistRoles'), 2)
    doc.paragraph(kitText(locale, 'panelistsIntro'))
    doc.list(
      kit.panelistRoles.map((role) => [
        { text: `${text(role.role, locale) ?? ''}: `, style: 'bold' },
        { text: text(role.why, locale) ?? '' },
      ]),
    )
  }

  doc.heading(kitText(locale, 'safetyNotes'), 2)
  doc.paragraph(kitText(locale, 'safetyIntro'))
  if (parts.hotline) writeHotlineBox(doc, parts.hotline, locale)
  doc.heading(kitText(locale, 'disclosureHeading'), 3)
  doc.list(disclosureSteps(locale), 'number')

  if (kit.resourcesToShare.length > 0) {
    doc.heading(t(locale, 'resourcesToShare'), 2)
    doc.list(
      kit.resourcesToShare.map((resource) => {
        const description = text(resource.description, locale)
        return [
          { text: text(resource.label, locale) ?? '', style: 'bold' as const, link: resource.url },
          { text: description ? ` · ${description}` : '' },
          { text: `\n${resource.url}` },
        ]
      }),
    )
  }
  return doc.toBuffer()
}
