import { textRowsField } from '../fields/textRowsField'
import { resourceCollection } from './resourceCollection'

export const PanelQuestionSets = resourceCollection('panel-question-sets', [
  { name: 'intro', type: 'textarea', localized: true, required: true },
  {
    name: 'recommendedLengthMinutes',
    type: 'number',
    required: true,
    min: 1,
    max: 1440,
    admin: { step: 5, description: 'How long the panel should run, in minutes.' },
  },
  {
    name: 'questions',
    type: 'array',
    minRows: 1,
    required: true,
    admin: { description: 'In the order the moderator asks them.' },
    fields: [
      { name: 'question', type: 'textarea', localized: true, required: true },
      {
        name: 'moderatorNotes',
        type: 'textarea',
        localized: true,
        admin: { description: 'For the moderator only: why ask this, what to listen for.' },
      },
      textRowsField('followUps', 'Follow-up questions'),
    ],
  },
])
