import { panelQuestionSetContent } from '@hub/content-schemas'

import { fromContract } from '../fields/fromContract'
import { textRow } from '../fields/textRow'
import { resourceCollection } from './resourceCollection'

const set = fromContract(panelQuestionSetContent, 'panel-question-sets')

export const PanelQuestionSets = resourceCollection('panel-question-sets', [
  set.textarea('intro'),
  set.number('recommendedLengthMinutes', {
    admin: { step: 5, description: 'How long the panel should run, in minutes.' },
  }),
  set.array(
    'questions',
    (question) => [
      question.textarea('question'),
      question.textarea('moderatorNotes', {
        admin: { description: 'For the moderator only: why ask this, what to listen for.' },
      }),
      question.array('followUps', textRow, { label: 'Follow-up questions' }),
    ],
    { admin: { description: 'In the order the moderator asks them.' } },
  ),
])
