import { guideContent } from '@hub/content-schemas'

import { richTextEditor } from '../editor/richTextEditor'
import { fromContract } from '../fields/fromContract'
import { resourceCollection } from './resourceCollection'

const guide = fromContract(guideContent, 'guides')

export const Guides = resourceCollection('guides', [
  guide.richText('body', { editor: richTextEditor }),
  guide.relationship('relatedGuides', 'guides'),
  guide.relationship('downloads', 'media', {
    admin: { description: 'Printable handouts (PDF) and images readers may download.' },
  }),
])
