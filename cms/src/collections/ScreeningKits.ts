import { screeningKitContent } from '@hub/content-schemas'

import { richTextEditor } from '../editor/richTextEditor'
import { fromContract } from '../fields/fromContract'
import { imageUploadField } from '../fields/imageUploadField'
import { textRow } from '../fields/textRow'
import { resourceCollection } from './resourceCollection'

const kit = fromContract(screeningKitContent, 'screening-kits')

export const ScreeningKits = resourceCollection('screening-kits', [
  {
    name: 'leftOut',
    type: 'ui',
    admin: {
      position: 'sidebar',
      components: { Field: '/components/KitOmissions#KitOmissions' },
    },
  },
  {
    type: 'tabs',
    tabs: [
      {
        label: 'Film',
        fields: [
          kit.group('film', (film) => [
            film.text('title'),
            {
              type: 'row',
              fields: [film.number('year'), film.number('runtimeMinutes'), film.select('ageGuidance')],
            },
            film.textarea('synopsis'),
            film.array('themes', textRow, { label: 'Themes' }),
            film.array('whereToWatch', (link) => [link.text('label'), link.text('url')]),
            film.textarea('licenceNote', {
              admin: { description: 'How a group obtains public performance rights for a screening.' },
            }),
          ]),
          imageUploadField(
            kit,
            'poster',
            'poster',
            'An image (JPEG, PNG, WebP or AVIF), shown on the kit page and printed on the poster.',
          ),
        ],
      },
      {
        label: 'Event',
        fields: [
          kit.richText('facilitatorGuide', { editor: richTextEditor }),
          kit.relationship('panelQuestionSet', 'panel-question-sets'),
          kit.array('panelistRoles', (panelist) => [panelist.text('role'), panelist.textarea('why')]),
          kit.array('timeline', (step) => [step.select('phase'), step.text('task')], {
            admin: { description: 'The event planning checklist, from weeks before to after.' },
          }),
        ],
      },
      {
        label: 'Resources',
        fields: [
          kit.array('resourcesToShare', (resource) => [
            resource.text('label'),
            resource.text('url'),
            resource.textarea('description'),
          ]),
          kit.relationship('donationList', 'donation-lists'),
        ],
      },
    ],
  },
])
