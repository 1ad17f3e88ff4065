import { z } from 'zod'

import {
  calendarDate,
  countryCode,
  email,
  httpUrl,
  languageCode,
  phoneNumber,
  ref,
  slug,
  year,
} from '../fields.ts'
import { localized, optionalLocalized } from '../localized.ts'
import { documentMeta, textRows } from './common.ts'

export const organizationContent = z.object({
  slug,
  name: localized(z.string().min(1, 'Give the organization name.')),
  country: countryCode,
  founded: year.nullish(),
  mission: localized(z.string().min(1, 'Describe the mission in a sentence or two.')),
  /** The topics the organization works on: the directory filters by them. */
  focusAreas: z.array(ref).default([]),
  services: textRows.default([]),
  projects: z
    .array(z.object({ name: localized(z.string().min(1)), description: optionalLocalized(z.string()) }))
    .default([]),
  languagesServed: z.array(z.object({ code: languageCode })).default([]),
  website: httpUrl.nullish(),
  publicContact: z.object({ email: email.nullish(), phone: phoneNumber.nullish() }).default({}),
  logo: ref.nullish(),
  reviewBy: calendarDate,
})

export const organization = organizationContent.extend(documentMeta)
export type Organization = z.infer<typeof organization>
