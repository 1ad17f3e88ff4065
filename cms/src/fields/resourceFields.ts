import type { Field } from 'payload'
import { z } from 'zod'

import { resourceFields as contractResourceFields } from '@hub/content-schemas'

import { coOwnersChosenByOwner, ownerChangedByAdminsOnly } from '../access/ownerAccess'
import { fromContract } from './fromContract'
import { reviewByField } from './reviewByField'
import { slugField } from './slugField'

const resource = fromContract(z.object(contractResourceFields), 'resources')

/** Fields shared by guides, screening kits, panel question sets and donation lists. */
export const resourceFields: Field[] = [
  resource.text('title'),
  resource.textarea('summary', {
    admin: { description: 'One or two sentences shown in search results and lists.' },
  }),
  slugField(resource),
  resource.relationship('organization', 'organizations', {
    index: true,
    access: { update: ownerChangedByAdminsOnly },
    admin: { position: 'sidebar', description: 'The member organization that owns this document.' },
  }),
  // Not in the contract (see cmsOnlyFields): who may edit is no part of what readers see.
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
  reviewByField(resource),
  resource.relationship('topics', 'topics', { admin: { position: 'sidebar' } }),
  resource.relationship('regions', 'regions', { admin: { position: 'sidebar' } }),
  resource.select('audiences', { admin: { position: 'sidebar' } }),
  resource.select('contentWarnings', {
    admin: {
      position: 'sidebar',
      description: 'Shown to readers before the content, so they can choose whether to continue.',
    },
  }),
]
