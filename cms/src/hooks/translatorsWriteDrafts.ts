import { APIError, type CollectionBeforeOperationHook } from 'payload'

import { roleOf } from '../access/roles'

/**
 * A translator's every save is a draft: whatever the request says (no
 * `?draft=true`, `_status: "draft"` on a published document, an edit while a
 * draft is pending), the published document stays as it is until an editor or
 * an admin publishes. Restoring a version rewrites every field, most of which a
 * translator may not change, so it is left to editors and admins.
 */
export const translatorsWriteDrafts: CollectionBeforeOperationHook = ({
  args,
  operation,
  overrideAccess,
  req,
}) => {
  if (overrideAccess || roleOf(req.user) !== 'translator') return args
  if (operation === 'restoreVersion') {
    throw new APIError(
      'Translators cannot restore versions: ask an editor of the owning organization to restore it.',
      403,
    )
  }
  if (operation !== 'update') return args
  if ((args.data as { _status?: unknown } | undefined)?._status === 'published') {
    throw new APIError(
      'Translators save translations as drafts: an editor of the owning organization publishes them.',
      403,
    )
  }
  return {
    ...args,
    draft: true,
    publishAllLocales: false,
    publishSpecificLocale: undefined,
    data: { ...args.data, _status: 'draft' },
  }
}
