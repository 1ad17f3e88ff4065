import { donationListContent } from '@hub/content-schemas'

import { fromContract } from '../fields/fromContract'
import { lastVerifiedField } from '../fields/lastVerifiedField'
import { markVerifiedField } from '../fields/markVerifiedField'
import { markVerifiedEndpoint } from '../verification/markVerifiedEndpoint'
import { resourceCollection } from './resourceCollection'

const list = fromContract(donationListContent, 'donation-lists')

export const DonationLists = resourceCollection(
  'donation-lists',
  [
    lastVerifiedField(
      list,
      'When someone last confirmed with the provider that these items are still needed.',
    ),
    markVerifiedField,
    list.array('items', (item) => [
      item.text('name'),
      {
        type: 'row',
        fields: [item.select('category'), item.select('priority', { defaultValue: 'normal' })],
      },
      item.textarea('notes'),
    ]),
    list.textarea('howToDonate'),
    list.textarea('dropOff', {
      admin: { description: 'Drop-off address and hours, if goods can be dropped off.' },
    }),
    list.array('monetaryFunds', (fund) => [fund.text('label'), fund.text('url')]),
  ],
  {
    listColumns: [
      'title',
      'organization',
      'reviewBy',
      'lastVerified',
      'translations',
      '_status',
      'updatedAt',
    ],
    endpoints: [markVerifiedEndpoint('donation-lists')],
  },
)
