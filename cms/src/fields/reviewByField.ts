import type { DateField } from 'payload'

import { calendarDate } from '@hub/content-schemas'

import { zodValidate } from './zodValidate'

/** Hubs go stale: numbers, links and needs change. Every document names a date by which an editor re-checks it. */
export const reviewByField: DateField = {
  name: 'reviewBy',
  type: 'date',
  required: true,
  validate: zodValidate(calendarDate, { required: true }),
  admin: {
    position: 'sidebar',
    date: { pickerAppearance: 'dayOnly', displayFormat: 'yyyy-MM-dd' },
    description: 'Date by which an editor must re-check this document.',
  },
}
