import { z } from 'zod'

import { actionCost, actionEffort, actionKind, httpUrl, ref } from '../fields.ts'
import { optionalLocalized } from '../localized.ts'
import { documentMeta, resourceFields } from './common.ts'

/**
 * One thing a reader can do, filed by kind and effort so the "Take action"
 * page can be filtered; it always leads somewhere: a link, a guide, or both.
 */
export const actionContent = z
  .object({
    ...resourceFields,
    kind: actionKind,
    effort: actionEffort,
    cost: actionCost,
    costNote: optionalLocalized(z.string().max(200)),
    link: httpUrl.nullish(),
    guide: ref.nullish(),
  })
  .refine((action) => action.link != null || action.guide != null, {
    path: ['link'],
    message:
      'Give a link or choose a guide for the reader to follow: an action with neither leaves the reader nowhere to go.',
  })

export const action = actionContent.safeExtend(documentMeta)
export type Action = z.infer<typeof action>
