import { eventFields } from '@hub/content-schemas'

import { fromContract } from '../fields/fromContract'
import { resourceCollection } from './resourceCollection'

const event = fromContract(eventFields, 'events')
/** Stored as the contract's local date-time text; the admin offers the browser's picker. */
const dateTimePicker = '/components/EventTime/DateTimeField#DateTimeField'

export const Events = resourceCollection(
  'events',
  [
    {
      type: 'row',
      fields: [event.select('kind'), event.checkbox('allDay')],
    },
    {
      type: 'row',
      fields: [
        event.text('start', {
          admin: {
            description: 'Local time where it happens, in the zone beside it; all-day: the first day.',
            components: { Field: dateTimePicker },
          },
        }),
        event.text('end', {
          admin: {
            description: 'Local time it ends; all-day: the last day.',
            components: { Field: dateTimePicker },
          },
        }),
        event.text('timeZone', {
          defaultValue: 'UTC',
          admin: {
            description: 'The zone of the place, such as Asia/Bangkok; type to search.',
            components: { Field: '/components/EventTime/TimeZoneField#TimeZoneField' },
          },
        }),
      ],
    },
    event.group(
      'venue',
      (venue) => [venue.text('name'), venue.textarea('address'), venue.textarea('accessibility')],
      { admin: { description: 'Where people come; leave empty for an online-only event.' } },
    ),
    event.text('onlineUrl', { admin: { description: 'Where people join online, if they can.' } }),
    event.relationship('hosts', 'organizations', {
      admin: { description: 'Every organization hosting it; the owner above decides who may edit.' },
    }),
    event.relationship('screeningKit', 'screening-kits', {
      admin: { condition: (_, siblings) => siblings?.kind === 'screening' },
    }),
    event.array('languages', (language) => [language.text('code')], {
      admin: { description: 'Languages spoken, as ISO 639 codes (en, es, th).' },
    }),
    event.text('cost', { admin: { description: 'For example "Free" or "10 USD, free for students".' } }),
    {
      type: 'row',
      fields: [event.text('registrationUrl'), event.text('registrationContact')],
    },
    event.textarea('capacityNotes'),
    event.relationship('recap', 'posts', {
      admin: {
        description: 'The news post about how it went: shown on the event page once the event is over.',
      },
    }),
  ],
  { listColumns: ['title', 'kind', 'start', 'organization', '_status'] },
)
