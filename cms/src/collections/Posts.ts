import { postContent } from '@hub/content-schemas'

import { richTextEditor } from '../editor/richTextEditor'
import { fromContract } from '../fields/fromContract'
import { resourceCollection } from './resourceCollection'

const post = fromContract(postContent, 'posts')

export const Posts = resourceCollection(
  'posts',
  [
    post.date('publishedOn', {
      admin: {
        position: 'sidebar',
        date: { pickerAppearance: 'dayOnly', displayFormat: 'yyyy-MM-dd' },
        description: 'The date readers see; the news page and the feeds list posts newest first by it.',
      },
    }),
    post.relationship('coAuthors', 'organizations', {
      admin: {
        position: 'sidebar',
        description: 'Other member organizations that wrote this post with the owner, named in its byline.',
      },
    }),
    post.richText('body', { editor: richTextEditor }),
    post.relationship('relatedGuides', 'guides'),
    post.relationship('relatedKits', 'screening-kits'),
    post.relationship('relatedActions', 'actions'),
  ],
  { listColumns: ['title', 'organization', 'publishedOn', '_status', 'updatedAt'] },
)
