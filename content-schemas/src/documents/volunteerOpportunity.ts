import { z } from 'zod'

import { calendarDate, email, httpUrl, workplace } from '../fields.ts'
import { localized, optionalLocalized } from '../localized.ts'
import { documentMeta, resourceFields, textRows } from './common.ts'

/**
 * A volunteer role a member organization offers. The title names the role and
 * the owning organization offers it. After its closing date the site leaves it
 * out by itself (see the site's `openOpportunities`).
 */
export const volunteerOpportunityContent = z.object({
  ...resourceFields,
  commitment: localized(
    z
      .string()
      .min(1, 'Say how much time the role takes, for example "3 hours a week for at least 6 months".')
      .max(200),
  ),
  skills: textRows.default([]),
  trainingRequired: z.boolean().default(false),
  training: optionalLocalized(z.string().max(600)),
  workplace,
  place: optionalLocalized(z.string().max(200)),
  howToApply: localized(
    z.string().min(1, 'Explain how to apply: whom to write to or call, and what to send.').max(600),
  ),
  applyUrl: httpUrl.nullish(),
  applyEmail: email.nullish(),
  /** The last day applications are taken; none for a role that stays open until it is unpublished. */
  closingDate: calendarDate.nullish(),
})

export const volunteerOpportunity = volunteerOpportunityContent.extend(documentMeta)
export type VolunteerOpportunity = z.infer<typeof volunteerOpportunity>
