import type { DateField } from 'payload'
import type { z } from 'zod'

import type { ContractFieldsOf } from './fromContract'

/** Hubs go stale: numbers, links and needs change. Every document names a date by which an editor re-checks it. */
export function reviewByField(
  fields: Pick<ContractFieldsOf<z.ZodObject<{ reviewBy: z.ZodType }>>, 'date'>,
): DateField {
  return fields.date('reviewBy', {
    admin: {
      position: 'sidebar',
      date: { pickerAppearance: 'dayOnly', displayFormat: 'yyyy-MM-dd' },
      description: 'Date by which an editor must re-check this document.',
      // In lists: the date, and whether it has passed or is within the month.
      components: { Cell: '/components/ListColumns/ReviewByCell#ReviewByCell' },
    },
  })
}
