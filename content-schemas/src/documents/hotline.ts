import { z } from 'zod'

import { calendarDate, httpUrl, languageCode, phoneNumber, ref, slug, smsNumber } from '../fields.ts'
import { localized, optionalLocalized } from '../localized.ts'
import { documentMeta } from './common.ts'

export const hotlineContent = z.object({
  slug,
  name: localized(z.string().min(1, 'Give the hotline name.')),
  description: optionalLocalized(z.string()),
  phone: phoneNumber,
  sms: smsNumber.nullish(),
  /** A text telephone (TTY) number for deaf, hard-of-hearing and speech-impaired callers. */
  tty: phoneNumber.nullish(),
  /** The page where readers chat with the line online. */
  chat: httpUrl.nullish(),
  hours: localized(z.string().min(1, 'Say when the line is answered, for example "24 hours, every day".')),
  website: httpUrl.nullish(),
  regions: z.array(ref).default([]),
  languages: z.array(z.object({ code: languageCode })).default([]),
  reviewBy: calendarDate,
  /** When someone last confirmed the number and hours; unset for a hotline never verified. */
  lastVerified: calendarDate.nullish(),
  /** A number shown as an example (demo content, a line not yet live): readers are told it reaches no one. */
  illustrative: z.boolean().nullish().default(false),
})

export const hotline = hotlineContent.extend(documentMeta)
export type Hotline = z.infer<typeof hotline>
