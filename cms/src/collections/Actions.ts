import { actionContent } from '@hub/content-schemas'

import { fromContract } from '../fields/fromContract'
import { resourceCollection } from './resourceCollection'

const action = fromContract(actionContent, 'actions')

export const Actions = resourceCollection(
  'actions',
  [
    {
      type: 'row',
      fields: [action.select('kind'), action.select('effort'), action.select('cost')],
    },
    action.text('costNote', {
      admin: {
        description: 'What it costs, if anything, in words readers understand ("the price of a coffee").',
      },
    }),
    action.text('link', {
      admin: { description: 'Where the reader goes to do it. Give this, a guide, or both.' },
    }),
    action.relationship('guide', 'guides', {
      admin: { description: 'A guide that walks the reader through it. Give this, a link, or both.' },
    }),
  ],
  { listColumns: ['title', 'kind', 'effort', '_status', 'updatedAt'] },
)
