import { z } from 'zod'

import { calendarDate, donationCategory, donationPriority, httpUrl } from '../fields.ts'
import { localized, optionalLocalized } from '../localized.ts'
import { documentMeta, resourceFields } from './common.ts'

export const donationItem = z.object({
  name: localized(z.string().min(1, 'Name the item.')),
  category: donationCategory,
  priority: donationPriority,
  notes: optionalLocalized(z.string()),
})

export const donationListContent = z.object({
  ...resourceFields,
  items: z.array(donationItem).min(1, 'A donation list needs at least one item.'),
  howToDonate: localized(z.string().min(1, 'Explain how to donate.')),
  dropOff: optionalLocalized(z.string()),
  monetaryFunds: z.array(z.object({ label: localized(z.string().min(1)), url: httpUrl })).default([]),
  lastVerified: calendarDate,
})

export const donationList = donationListContent.extend(documentMeta)
export type DonationList = z.infer<typeof donationList>
