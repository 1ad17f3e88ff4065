import { z } from 'zod'

import { slug } from '../fields.ts'
import { localized, optionalLocalized } from '../localized.ts'
import { documentMeta } from './common.ts'

export const taxonomyContent = z.object({
  slug,
  name: localized(z.string().min(1, 'Give the name.').max(80)),
  description: optionalLocalized(z.string().max(400)),
})

export const topicContent = taxonomyContent
export const topic = topicContent.extend(documentMeta)
export type Topic = z.infer<typeof topic>

export const regionContent = taxonomyContent
export const region = regionContent.extend(documentMeta)
export type Region = z.infer<typeof region>
