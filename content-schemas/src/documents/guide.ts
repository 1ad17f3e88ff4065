import { z } from 'zod'

import { ref } from '../fields'
import { localized } from '../localized'
import { richText } from '../richText'
import { documentMeta, resourceFields } from './common'

export const guideContent = z.object({
  ...resourceFields,
  body: localized(richText),
  relatedGuides: z.array(ref).default([]),
  downloads: z.array(ref).default([]),
})

export const guide = guideContent.extend(documentMeta)
export type Guide = z.infer<typeof guide>
