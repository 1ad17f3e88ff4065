import type { CollectionConfig } from 'payload'

import { collectionLabels } from '@hub/content-schemas'

import { publishedOrSignedIn } from '../access/publishedOrSignedIn'
import { createOwnResource, deleteOwnResource, updateOwnResource } from '../access/resourceAccess'
import { signedIn } from '../access/signedIn'
import { translatorsLocalizedOnly } from '../access/translatorsLocalizedOnly'
import { resourceFields } from '../fields/resourceFields'
import { textRowsField } from '../fields/textRowsField'
import { contractHooks } from '../hooks/contractHooks'
import { contentVersions } from './versions'

export const PanelQuestionSets: CollectionConfig = {
  slug: 'panel-question-sets',
  labels: collectionLabels['panel-question-sets'],
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'organization', 'reviewBy', '_status', 'updatedAt'],
    group: 'Resources',
  },
  access: {
    read: publishedOrSignedIn,
    readVersions: signedIn,
    create: createOwnResource,
    update: updateOwnResource,
    delete: deleteOwnResource,
  },
  versions: contentVersions,
  hooks: contractHooks('panel-question-sets', { ownedByOrganization: true }),
  fields: translatorsLocalizedOnly([
    ...resourceFields,
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
  ]),
}
