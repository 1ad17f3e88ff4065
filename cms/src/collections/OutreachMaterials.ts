import { outreachMaterialContent } from '@hub/content-schemas'

import { fromContract } from '../fields/fromContract'
import { resourceCollection } from './resourceCollection'

const material = fromContract(outreachMaterialContent, 'outreach-materials')

export const OutreachMaterials = resourceCollection(
  'outreach-materials',
  [
    material.select('kind'),
    material.textarea('placement', {
      admin: { description: 'Where to put it up or hand it out, and anything to ask first.' },
    }),
    material.array('files', (row) => [
      {
        type: 'row',
        fields: [
          row.text('language', { admin: { description: 'ISO 639 code of the language, e.g. en, es, th.' } }),
          row.upload('file', { admin: { description: 'The printable PDF or image in that language.' } }),
        ],
      },
    ]),
    material.relationship('screeningKit', 'screening-kits', {
      admin: { description: 'The screening kit this material announces, listed on the kit’s page.' },
    }),
  ],
  { listColumns: ['title', 'kind', 'organization', '_status', 'updatedAt'] },
)
