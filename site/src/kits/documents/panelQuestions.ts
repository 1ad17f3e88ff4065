import type { PanelQuestionSet } from '@hub/content-schemas'

import { kitText } from '../../i18n/kit'
import { t } from '../../i18n/ui'
import { isTranslated, text } from '../../lib/localize'
import type { KitParts } from '../kitParts'
import { documentHeading, kitDocument, prefixedTitle } from './common'

/** panel-questions.pdf: the moderator's version, then one card per question to cut out. */
export async function panelQuestionsPdf(parts: KitParts, questions: PanelQuestionSet): Promise<Buffer> {
  const { locale } = parts
  const doc = await kitDocument(
    parts,
    prefixedTitle(t(locale, 'panelQuestions'), text(questions.title, locale) ?? ''),
  )
  documentHeading(doc, parts, t(locale, 'panelQuestions'))
  if (!isTranslated(questions, locale)) doc.muted(kitText(locale, 'partInEnglish'))

  doc.heading(kitText(locale, 'moderatorVersion'), 2)
  doc.paragraph(text(questions.title, locale) ?? '', { style: 'bold' })
  doc.paragraph(text(questions.intro, locale) ?? '')
  doc.paragraph([
    { text: `${t(locale, 'recommendedLength')}: `, style: 'bold' },
    { text: `${questions.recommendedLengthMinutes} ${t(locale, 'minutes')}` },
  ])
  questions.questions.forEach((question, index) => {
    doc.heading(kitText(locale, 'questionNumber', { number: index + 1 }), 3)
    doc.paragraph(text(question.question, locale) ?? '', { style: 'bold' })
    const notes = text(question.moderatorNotes, locale)
    if (notes) doc.paragraph([{ text: `${t(locale, 'moderatorNotes')}: `, style: 'italic' }, { text: notes }])
    if (question.followUps.length > 0) {
      doc.paragraph(t(locale, 'followUps'), { style: 'italic' })
      doc.list(question.followUps.map((followUp) => text(followUp.text, locale) ?? ''))
    }
  })

  doc.newPage()
  doc.heading(kitText(locale, 'questionCards'), 2)
  doc.muted(kitText(locale, 'cardsIntro'))
  questions.questions.forEach((question, index) => {
    // A card never breaks across pages: it must survive the scissors whole.
    const lines = doc.layout(text(question.question, locale) ?? '', 15, doc.contentWidth).length
    doc.ensureSpace(30 + lines * doc.lineHeight(15) + question.followUps.length * doc.lineHeight(10.5) + 40)
    doc.rule(true)
    doc.muted(kitText(locale, 'questionNumber', { number: index + 1 }))
    doc.paragraph(text(question.question, locale) ?? '', { size: 15, style: 'bold' })
    if (question.followUps.length > 0)
      doc.list(question.followUps.map((followUp) => text(followUp.text, locale) ?? ''))
    doc.moveDown(12)
  })
  doc.rule(true)
  return doc.toBuffer()
}
