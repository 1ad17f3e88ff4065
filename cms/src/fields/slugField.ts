import type { TextField } from 'payload'

import { slug } from '@hub/content-schemas'

import { zodValidate } from './zodValidate'

/** The same slug in every language: it is the document's stable public address. */
export const slugField: TextField = {
  name: 'slug',
  type: 'text',
  required: true,
  unique: true,
  index: true,
  validate: zodValidate(slug, { required: true }),
  admin: {
    position: 'sidebar',
    description: 'Lowercase words joined by hyphens, e.g. "know-your-rights". Shared by all translations.',
  },
}
