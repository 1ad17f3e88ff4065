import type { DateField } from 'payload'

import { calendarDate } from '@hub/content-schemas'

import { zodValidate } from './zodValidate'

/** When someone last confirmed the facts with the provider; "Mark as verified" sets it to today. */
export function lastVerifiedField(description: string, { required }: { required: boolean }): DateField {
  return {
    name: 'lastVerified',
    type: 'date',
    required,
    validate: zodValidate(calendarDate, { required }),
    admin: {
      position: 'sidebar',
      date: { pickerAppearance: 'dayOnly', displayFormat: 'yyyy-MM-dd' },
      description,
    },
  }
}
