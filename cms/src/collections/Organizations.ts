import type { CollectionConfig } from 'payload'

import { collectionLabels, organizationContent } from '@hub/content-schemas'

import { adminOnly } from '../access/adminOnly'
import { updateOwnOrganization } from '../access/organizationAccess'
import { publishedOrSignedIn } from '../access/publishedOrSignedIn'
import { signedIn } from '../access/signedIn'
import { translatorsLocalizedOnly } from '../access/translatorsLocalizedOnly'
import { reviewPanelField, translationsColumnField } from '../fields/editViewFields'
import { fromContract } from '../fields/fromContract'
import { imageUploadField } from '../fields/imageUploadField'
import { reviewByField } from '../fields/reviewByField'
import { slugField } from '../fields/slugField'
import { textRow } from '../fields/textRow'
import { contractHooks } from '../hooks/contractHooks'
import { contentVersions } from './versions'

const organization = fromContract(organizationContent, 'organizations')

export const Organizations: CollectionConfig = {
  slug: 'organizations',
  labels: collectionLabels.organizations,
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'country', 'reviewBy', 'translations', '_status', 'updatedAt'],
    group: 'Coalition',
  },
  access: {
    read: publishedOrSignedIn,
    readVersions: signedIn,
    create: adminOnly,
    update: updateOwnOrganization,
    delete: adminOnly,
  },
  versions: contentVersions,
  hooks: contractHooks('organizations'),
  fields: translatorsLocalizedOnly([
    reviewPanelField,
    translationsColumnField,
    organization.text('name'),
    slugField(organization),
    reviewByField(organization),
    {
      type: 'row',
      fields: [
        organization.text('country', { admin: { description: 'ISO code, e.g. US, MX, TH, FR.' } }),
        organization.number('founded'),
      ],
    },
    organization.textarea('mission'),
    organization.relationship('focusAreas', 'topics', {
      admin: { description: 'The topics the organization works on; the public directory filters by them.' },
    }),
    organization.array('services', textRow, { label: 'Services' }),
    organization.array('projects', (project) => [project.text('name'), project.textarea('description')]),
    organization.array('languagesServed', (language) => [language.text('code')], {
      admin: { description: 'ISO 639 codes of the languages the organization works in, e.g. en, es, th.' },
    }),
    organization.text('website'),
    organization.group('publicContact', (contact) => [contact.email('email'), contact.text('phone')], {
      admin: { description: 'Public contact details only: never a personal phone or address.' },
    }),
    imageUploadField(organization, 'logo', 'logo', 'An image (JPEG, PNG, WebP or AVIF).'),
  ]),
}
