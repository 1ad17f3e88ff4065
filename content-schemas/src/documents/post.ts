import { z } from 'zod'

import { calendarDate, ref } from '../fields.ts'
import { localized } from '../localized.ts'
import { richText } from '../richText.ts'
import { documentMeta, resourceFields } from './common.ts'

/**
 * Coalition news or an event recap. Its owning organization wrote it, with
 * `coAuthors` when several members did; the feeds order posts by `publishedOn`.
 */
export const postContent = z.object({
  ...resourceFields,
  publishedOn: calendarDate,
  coAuthors: z.array(ref).default([]),
  body: localized(richText),
  relatedGuides: z.array(ref).default([]),
  relatedKits: z.array(ref).default([]),
  relatedActions: z.array(ref).default([]),
})

export const post = postContent.extend(documentMeta)
export type Post = z.infer<typeof post>
