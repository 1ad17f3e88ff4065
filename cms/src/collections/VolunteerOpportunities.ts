import { volunteerOpportunityContent } from '@hub/content-schemas'

import { fromContract } from '../fields/fromContract'
import { textRow } from '../fields/textRow'
import { resourceCollection } from './resourceCollection'

const opportunity = fromContract(volunteerOpportunityContent, 'volunteer-opportunities')

export const VolunteerOpportunities = resourceCollection(
  'volunteer-opportunities',
  [
    opportunity.date('closingDate', {
      admin: {
        position: 'sidebar',
        date: { pickerAppearance: 'dayOnly', displayFormat: 'yyyy-MM-dd' },
        description:
          'The last day to apply. The next site build after it takes the role off the site; leave empty for a role open until unpublished.',
      },
    }),
    opportunity.text('commitment', {
      admin: { description: 'How much time the role takes, e.g. "3 hours a week for at least 6 months".' },
    }),
    {
      type: 'row',
      fields: [
        opportunity.select('workplace'),
        opportunity.text('place', {
          admin: { description: 'Where, for in-person work: a town or address.' },
        }),
      ],
    },
    opportunity.array('skills', textRow, { admin: { description: 'Skills or languages the role needs.' } }),
    opportunity.checkbox('trainingRequired', { label: 'Training required' }),
    opportunity.textarea('training', {
      admin: { description: 'What training volunteers get or need, when, and who gives it.' },
    }),
    opportunity.textarea('howToApply', {
      admin: { description: 'Whom to contact and what to send; shown with the link and e-mail below.' },
    }),
    {
      type: 'row',
      fields: [opportunity.text('applyUrl'), opportunity.email('applyEmail')],
    },
  ],
  { listColumns: ['title', 'organization', 'closingDate', '_status', 'updatedAt'] },
)
