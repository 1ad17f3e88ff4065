import type { CollectionConfig } from 'payload'

import { collectionLabels, hotlineContent } from '@hub/content-schemas'

import { adminOnly } from '../access/adminOnly'
import { publishedOrSignedIn } from '../access/publishedOrSignedIn'
import { editorsCreate, editorsOrTranslatorsUpdate } from '../access/sharedAccess'
import { signedIn } from '../access/signedIn'
import { translatorsLocalizedOnly } from '../access/translatorsLocalizedOnly'
import { reviewPanelField, translationsColumnField } from '../fields/editViewFields'
import { fromContract } from '../fields/fromContract'
import { lastVerifiedField } from '../fields/lastVerifiedField'
import { markVerifiedField } from '../fields/markVerifiedField'
import { reviewByField } from '../fields/reviewByField'
import { slugField } from '../fields/slugField'
import { contractHooks } from '../hooks/contractHooks'
import { markVerifiedEndpoint } from '../verification/markVerifiedEndpoint'
import { contentVersions } from './versions'

const hotline = fromContract(hotlineContent, 'hotlines')

export const Hotlines: CollectionConfig = {
  slug: 'hotlines',
  labels: collectionLabels.hotlines,
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'phone', 'reviewBy', 'translations', '_status'],
    group: 'Coalition',
  },
  access: {
    read: publishedOrSignedIn,
    readVersions: signedIn,
    create: editorsCreate,
    update: editorsOrTranslatorsUpdate,
    delete: adminOnly,
  },
  versions: contentVersions,
  endpoints: [markVerifiedEndpoint('hotlines')],
  hooks: contractHooks('hotlines'),
  fields: translatorsLocalizedOnly([
    reviewPanelField,
    translationsColumnField,
    hotline.text('name'),
    slugField(hotline),
    reviewByField(hotline),
    lastVerifiedField(
      hotline,
      'When someone last called the line, or checked with its provider, that the number and hours are right.',
    ),
    markVerifiedField,
    hotline.checkbox('illustrative', {
      admin: {
        description: 'Tick for an example number that reaches no one (demo content): readers are told so.',
      },
    }),
    hotline.textarea('description'),
    {
      type: 'row',
      fields: [
        hotline.text('phone'),
        hotline.text('sms', { admin: { description: 'e.g. "HELP to 233733".' } }),
        hotline.text('tty', { admin: { description: 'Text telephone (TTY) number, if the line has one.' } }),
      ],
    },
    hotline.text('chat', { admin: { description: 'The page where readers chat with the line online.' } }),
    hotline.text('hours'),
    hotline.text('website'),
    hotline.relationship('regions', 'regions'),
    hotline.array('languages', (language) => [language.text('code')], {
      admin: { description: 'ISO 639 codes of the languages answered in, e.g. en, es.' },
    }),
  ]),
}
