import { z } from 'zod'

import { positiveMinutes } from '../fields.ts'
import { localized, optionalLocalized } from '../localized.ts'
import { documentMeta, resourceFields, textRows } from './common.ts'

export const panelQuestion = z.object({
  question: localized(z.string().min(1, 'Write the question.')),
  moderatorNotes: optionalLocalized(z.string()),
  followUps: textRows.default([]),
})

export const panelQuestionSetContent = z.object({
  ...resourceFields,
  intro: localized(z.string().min(1, 'Introduce the panel in a sentence or two.')),
  questions: z.array(panelQuestion).min(1, 'A question set needs at least one question.'),
  recommendedLengthMinutes: positiveMinutes,
})

export const panelQuestionSet = panelQuestionSetContent.extend(documentMeta)
export type PanelQuestionSet = z.infer<typeof panelQuestionSet>
