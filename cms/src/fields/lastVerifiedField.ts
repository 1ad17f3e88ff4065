import type { DateField } from 'payload'
import type { z } from 'zod'

import type { ContractFieldsOf } from './fromContract'

/** When someone last confirmed the facts with the provider; "Mark as verified" sets it to today. */
export function lastVerifiedField(
  fields: Pick<ContractFieldsOf<z.ZodObject<{ lastVerified: z.ZodType }>>, 'date'>,
  description: string,
): DateField {
  return fields.date('lastVerified', {
    admin: {
      position: 'sidebar',
      date: { pickerAppearance: 'dayOnly', displayFormat: 'yyyy-MM-dd' },
      description,
    },
  })
}
