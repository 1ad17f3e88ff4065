import { z } from 'zod'

import { ref } from '../fields.ts'
import { localized } from '../localized.ts'
import { richText } from '../richText.ts'
import { documentMeta, resourceFields } from './common.ts'

export const guideContent = z.object({
  ...resourceFields,
  body: localized(richText),
  relatedGuides: z.array(ref).default([]),
  downloads: z.array(ref).default([]),
})

export const guide = guideContent.extend(documentMeta)
export type Guide = z.infer<typeof guide>
