import { z } from 'zod'

import { audience, calendarDate, contentWarning, documentId, ref, slug, timestamp } from '../fields.ts'
import { localized } from '../localized.ts'

/** Fields every published document carries in the snapshot, whatever its type. */
export const documentMeta = {
  id: documentId,
  updatedAt: timestamp,
}

/** The common shape of the four resource types a reader browses and searches. */
export const resourceFields = {
  slug,
  title: localized(z.string().min(1, 'A title is required.').max(160)),
  summary: localized(z.string().min(1, 'A one- or two-sentence summary is required.').max(400)),
  topics: z.array(ref).default([]),
  regions: z.array(ref).default([]),
  audiences: z.array(audience).default([]),
  organization: ref,
  reviewBy: calendarDate,
  contentWarnings: z.array(contentWarning).default([]),
}

/** A list of short translatable strings, stored as rows so each row can be translated. */
export const textRows = z.array(z.object({ text: localized(z.string().min(1)) }))
