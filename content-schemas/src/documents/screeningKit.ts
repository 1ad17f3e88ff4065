import { z } from 'zod'

import { ageGuidance, httpUrl, positiveMinutes, ref, timelinePhase, year } from '../fields.ts'
import { localized, optionalLocalized } from '../localized.ts'
import { richText } from '../richText.ts'
import { documentMeta, resourceFields, textRows } from './common.ts'

export const film = z.object({
  title: localized(z.string().min(1, 'Give the film title.')),
  year,
  runtimeMinutes: positiveMinutes,
  synopsis: localized(z.string().min(1, 'Write a short synopsis of the film.')),
  themes: textRows.default([]),
  ageGuidance,
  whereToWatch: z.array(z.object({ label: localized(z.string().min(1)), url: httpUrl })).default([]),
  licenceNote: localized(z.string().min(1, 'Say how a group gets the right to show the film in public.')),
})

export const screeningKitContent = z.object({
  ...resourceFields,
  film,
  facilitatorGuide: localized(richText),
  panelQuestionSet: ref.nullish(),
  panelistRoles: z
    .array(z.object({ role: localized(z.string().min(1)), why: localized(z.string().min(1)) }))
    .default([]),
  timeline: z.array(z.object({ phase: timelinePhase, task: localized(z.string().min(1)) })).default([]),
  resourcesToShare: z
    .array(
      z.object({
        label: localized(z.string().min(1)),
        url: httpUrl,
        description: optionalLocalized(z.string()),
      }),
    )
    .default([]),
  donationList: ref.nullish(),
  poster: ref.nullish(),
})

export const screeningKit = screeningKitContent.extend(documentMeta)
export type ScreeningKit = z.infer<typeof screeningKit>
