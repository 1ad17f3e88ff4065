import { richTextEditor } from '../editor/richTextEditor'
import { resourceCollection } from './resourceCollection'

export const Guides = resourceCollection('guides', [
  { name: 'body', type: 'richText', localized: true, required: true, editor: richTextEditor },
  { name: 'relatedGuides', type: 'relationship', relationTo: 'guides', hasMany: true },
  {
    name: 'downloads',
    type: 'relationship',
    relationTo: 'media',
    hasMany: true,
    admin: { description: 'Printable handouts (PDF) and images readers may download.' },
  },
])
