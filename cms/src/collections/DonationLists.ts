import { donationCategoryLabels, donationPriorityLabels, httpUrl } from '@hub/content-schemas'

import { lastVerifiedField } from '../fields/lastVerifiedField'
import { markVerifiedField } from '../fields/markVerifiedField'
import { selectFromLabels } from '../fields/selectFromLabels'
import { zodValidate } from '../fields/zodValidate'
import { markVerifiedEndpoint } from '../verification/markVerifiedEndpoint'
import { resourceCollection } from './resourceCollection'

export const DonationLists = resourceCollection(
  'donation-lists',
  [
    lastVerifiedField('When someone last confirmed with the provider that these items are still needed.', {
      required: true,
    }),
    markVerifiedField,
    {
      name: 'items',
      type: 'array',
      minRows: 1,
      required: true,
      fields: [
        { name: 'name', type: 'text', localized: true, required: true },
        {
          type: 'row',
          fields: [
            selectFromLabels('category', donationCategoryLabels, { required: true }),
            selectFromLabels('priority', donationPriorityLabels, { required: true, defaultValue: 'normal' }),
          ],
        },
        { name: 'notes', type: 'textarea', localized: true },
      ],
    },
    { name: 'howToDonate', type: 'textarea', localized: true, required: true },
    {
      name: 'dropOff',
      type: 'textarea',
      localized: true,
      admin: { description: 'Drop-off address and hours, if goods can be dropped off.' },
    },
    {
      name: 'monetaryFunds',
      type: 'array',
      fields: [
        { name: 'label', type: 'text', localized: true, required: true },
        { name: 'url', type: 'text', required: true, validate: zodValidate(httpUrl, { required: true }) },
      ],
    },
  ],
  {
    listColumns: ['title', 'organization', 'lastVerified', '_status', 'updatedAt'],
    endpoints: [markVerifiedEndpoint('donation-lists')],
  },
)
