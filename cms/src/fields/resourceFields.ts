import type { Field } from 'payload'

import { audienceLabels, contentWarningLabels } from '@hub/content-schemas'

import { coOwnersChosenByOwner, ownerChangedByAdminsOnly } from '../access/ownerAccess'
import { reviewByField } from './reviewByField'
import { selectFromLabels } from './selectFromLabels'
import { slugField } from './slugField'

/** Fields shared by guides, screening kits, panel question sets and donation lists. */
export const resourceFields: Field[] = [
  { name: 'title', type: 'text', localized: true, required: true, maxLength: 160 },
  {
    name: 'summary',
    type: 'textarea',
    localized: true,
    required: true,
    maxLength: 400,
    admin: { description: 'One or two sentences shown in search results and lists.' },
  },
  slugField,
  {
    name: 'organization',
    type: 'relationship',
    relationTo: 'organizations',
    required: true,
    index: true,
    access: { update: ownerChangedByAdminsOnly },
    admin: { position: 'sidebar', description: 'The member organization that owns this document.' },
  },
  {
    name: 'coOwners',
    type: 'relationship',
    relationTo: 'organizations',
    hasMany: true,
    label: 'Co-owning organizations',
    access: { create: coOwnersChosenByOwner, update: coOwnersChosenByOwner },
    admin: {
      position: 'sidebar',
      description:
        'Member organizations that co-host this document: their editors may edit and publish it too, but not delete it.',
    },
  },
  reviewByField,
  {
    name: 'topics',
    type: 'relationship',
    relationTo: 'topics',
    hasMany: true,
    admin: { position: 'sidebar' },
  },
  {
    name: 'regions',
    type: 'relationship',
    relationTo: 'regions',
    hasMany: true,
    admin: { position: 'sidebar' },
  },
  selectFromLabels('audiences', audienceLabels, { hasMany: true, admin: { position: 'sidebar' } }),
  selectFromLabels('contentWarnings', contentWarningLabels, {
    hasMany: true,
    admin: {
      position: 'sidebar',
      description: 'Shown to readers before the content, so they can choose whether to continue.',
    },
  }),
]
