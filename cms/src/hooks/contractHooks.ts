import type { CollectionConfig } from 'payload'

import type { CollectionSlug } from '@hub/content-schemas'

import {
  queueBuildAfterChange,
  queueBuildAfterDelete,
  rememberEditedLocale,
} from '../publishing/queueSiteBuild'
import { closeReviewsOnPublish } from '../review/closeOnPublish'
import { assignOrganization } from './assignOrganization'
import { auditContentChanges, noteLiveStatus } from './auditTrail'
import { duplicateAsDraft } from './duplicateAsDraft'
import { editsKeepStatus } from './editsKeepStatus'
import { rejectUnknownLocale } from './rejectUnknownLocale'
import { translatorsWriteDrafts } from './translatorsWriteDrafts'
import { uniqueSlug } from './uniqueSlug'
import { validateWithContract } from './validateWithContract'

type Options = { hasSlug?: boolean; ownedByOrganization?: boolean }

/**
 * The hooks that hold a drafted collection to the content contract and the
 * staff's write rules, and put what readers see on the site.
 */
export function contractHooks(
  slug: CollectionSlug,
  { hasSlug = true, ownedByOrganization = false }: Options = {},
): NonNullable<CollectionConfig['hooks']> {
  return {
    beforeOperation: [
      rejectUnknownLocale,
      translatorsWriteDrafts,
      duplicateAsDraft,
      editsKeepStatus,
      noteLiveStatus,
    ],
    afterOperation: [auditContentChanges],
    beforeValidate: [
      ...(ownedByOrganization ? [assignOrganization] : []),
      ...(hasSlug ? [uniqueSlug(slug)] : []),
    ],
    beforeChange: [rememberEditedLocale, validateWithContract(slug)],
    afterChange: [queueBuildAfterChange, closeReviewsOnPublish],
    afterDelete: [queueBuildAfterDelete],
  }
}
