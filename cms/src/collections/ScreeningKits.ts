import { ageGuidanceLabels, httpUrl, timelinePhaseLabels } from '@hub/content-schemas'

import { richTextEditor } from '../editor/richTextEditor'
import { selectFromLabels } from '../fields/selectFromLabels'
import { textRowsField } from '../fields/textRowsField'
import { imageUploadField } from '../fields/imageUploadField'
import { zodValidate } from '../fields/zodValidate'

const urlField = {
  name: 'url',
  type: 'text',
  required: true,
  validate: zodValidate(httpUrl, { required: true }),
} as const
import { resourceCollection } from './resourceCollection'

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
          {
            name: 'film',
            type: 'group',
            fields: [
              { name: 'title', type: 'text', localized: true, required: true },
              {
                type: 'row',
                fields: [
                  { name: 'year', type: 'number', required: true, min: 1888, max: 2100 },
                  { name: 'runtimeMinutes', type: 'number', required: true, min: 1, max: 1440 },
                  selectFromLabels('ageGuidance', ageGuidanceLabels, { required: true }),
                ],
              },
              { name: 'synopsis', type: 'textarea', localized: true, required: true },
              textRowsField('themes', 'Themes'),
              {
                name: 'whereToWatch',
                type: 'array',
                fields: [{ name: 'label', type: 'text', localized: true, required: true }, urlField],
              },
              {
                name: 'licenceNote',
                type: 'textarea',
                localized: true,
                required: true,
                admin: { description: 'How a group obtains public performance rights for a screening.' },
              },
            ],
          },
          imageUploadField(
            'poster',
            'poster',
            'An image (JPEG, PNG, WebP or AVIF), shown on the kit page and printed on the poster.',
          ),
        ],
      },
      {
        label: 'Event',
        fields: [
          {
            name: 'facilitatorGuide',
            type: 'richText',
            localized: true,
            required: true,
            editor: richTextEditor,
          },
          { name: 'panelQuestionSet', type: 'relationship', relationTo: 'panel-question-sets' },
          {
            name: 'panelistRoles',
            type: 'array',
            fields: [
              { name: 'role', type: 'text', localized: true, required: true },
              { name: 'why', type: 'textarea', localized: true, required: true },
            ],
          },
          {
            name: 'timeline',
            type: 'array',
            admin: { description: 'The event planning checklist, from weeks before to after.' },
            fields: [
              selectFromLabels('phase', timelinePhaseLabels, { required: true }),
              { name: 'task', type: 'text', localized: true, required: true },
            ],
          },
        ],
      },
      {
        label: 'Resources',
        fields: [
          {
            name: 'resourcesToShare',
            type: 'array',
            fields: [
              { name: 'label', type: 'text', localized: true, required: true },
              urlField,
              { name: 'description', type: 'textarea', localized: true },
            ],
          },
          { name: 'donationList', type: 'relationship', relationTo: 'donation-lists' },
        ],
      },
    ],
  },
])
