import type { CollectionConfig } from 'payload'

import { collectionLabels, mediaContent, mediaMimeTypes } from '@hub/content-schemas'

import { adminOnly } from '../access/adminOnly'
import { mediaInUseOrSignedIn } from '../access/mediaInUseOrSignedIn'
import { editorsCreate, editorsOrTranslatorsUpdate } from '../access/sharedAccess'
import { translatorsLocalizedOnly } from '../access/translatorsLocalizedOnly'
import { fromContract } from '../fields/fromContract'
import { auditContentChanges } from '../hooks/auditTrail'
import { checkUploadContent } from '../hooks/checkUploadContent'
import { queueBuildAfterDelete, queueBuildAfterMediaChange } from '../publishing/queueSiteBuild'
import { rejectUnknownLocale } from '../hooks/rejectUnknownLocale'
import { validateWithContract } from '../hooks/validateWithContract'

const media = fromContract(mediaContent, 'media')

/**
 * Images and PDFs. Payload keeps an upload byte for byte unless sharp processes
 * it; `resizeOptions` makes every image pass through sharp, which drops EXIF,
 * GPS and other metadata (Payload's `withMetadata` stays off). A photo's
 * location must never reach the public site. PDFs are rewritten without
 * metadata, scripts and attachments (checkUploadContent), and every stored
 * name ends in the extension of its content.
 */
export function mediaCollection(staticDir: string): CollectionConfig {
  return {
    slug: 'media',
    labels: collectionLabels.media,
    admin: { useAsTitle: 'filename', group: 'Coalition' },
    access: {
      read: mediaInUseOrSignedIn,
      create: editorsCreate,
      update: editorsOrTranslatorsUpdate,
      delete: adminOnly,
    },
    hooks: {
      beforeOperation: [rejectUnknownLocale, checkUploadContent],
      beforeChange: [validateWithContract('media')],
      afterChange: [queueBuildAfterMediaChange],
      afterDelete: [queueBuildAfterDelete],
      afterOperation: [auditContentChanges],
    },
    upload: {
      staticDir,
      mimeTypes: [...mediaMimeTypes],
      withMetadata: false,
      resizeOptions: { width: 2400, height: 2400, fit: 'inside', withoutEnlargement: true },
      imageSizes: [
        { name: 'thumbnail', width: 320, height: 320, position: 'centre' },
        { name: 'card', width: 640, withoutEnlargement: true },
        { name: 'content', width: 1280, withoutEnlargement: true },
        { name: 'poster', width: 1240, height: 1754, fit: 'inside', withoutEnlargement: true },
      ],
      adminThumbnail: 'thumbnail',
      focalPoint: true,
      // Payload sends the type it detects in the bytes; nosniff stops a browser from guessing another.
      modifyResponseHeaders: ({ headers }) => {
        headers.set('X-Content-Type-Options', 'nosniff')
        return headers
      },
    },
    fields: translatorsLocalizedOnly([
      media.text('alt', { admin: { description: 'What the image shows, for people who cannot see it.' } }),
      media.textarea('caption'),
      media.text('credit'),
      media.checkbox('showsPeople', {
        admin: { description: 'Tick if a person could be recognised in this image.' },
      }),
      media.checkbox('consentRecorded', {
        // The contract checks this against showsPeople on the whole document; here it is shown on the field.
        validate: (value: unknown, { siblingData }: { siblingData: { showsPeople?: boolean } }) =>
          !siblingData?.showsPeople ||
          value === true ||
          'This image shows people: record their consent to be shown, or replace the image.',
        admin: { description: 'The people shown agreed, in writing, to be shown publicly.' },
      }),
    ]),
  }
}
