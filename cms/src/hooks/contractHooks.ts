import type { CollectionConfig } from 'payload'

import type { CollectionSlug } from '@hub/content-schemas'

import {
  queueBuildAfterChange,
  queueBuildAfterDelete,
  rememberEditedLocale,
} from '../publishing/queueSiteBuild'
import { assignOrganization } from './assignOrganization'
import { rejectUnknownLocale } from './rejectUnknownLocale'
import { uniqueSlug } from './uniqueSlug'
import { validateWithContract } from './validateWithContract'

type Options = { hasSlug?: boolean; ownedByOrganization?: boolean }

/** The hooks that hold a collection to the content contract, and put what readers see on the site. */
export function contractHooks(
  slug: CollectionSlug,
  { hasSlug = true, ownedByOrganization = false }: Options = {},
): NonNullable<CollectionConfig['hooks']> {
  return {
    beforeOperation: [rejectUnknownLocale],
    beforeValidate: [
      ...(ownedByOrganization ? [assignOrganization] : []),
      ...(hasSlug ? [uniqueSlug(slug)] : []),
    ],
    beforeChange: [rememberEditedLocale],
    afterChange: [validateWithContract(slug), queueBuildAfterChange],
    afterDelete: [queueBuildAfterDelete],
  }
}
