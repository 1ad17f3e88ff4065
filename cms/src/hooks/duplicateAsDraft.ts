import type { CollectionBeforeOperationHook } from 'payload'

/**
 * A duplicate is a new draft, whoever makes it: it copies the source's latest
 * version, which may be an unpublished draft, so publishing it at once would put
 * text on the site that nobody published. Its organization is set like any other
 * new document's (assignOrganization).
 */
export const duplicateAsDraft: CollectionBeforeOperationHook = ({ args, operation }) => {
  if (operation !== 'create' || args.duplicateFromID == null) return args
  return {
    ...args,
    draft: true,
    publishAllLocales: false,
    data: { ...args.data, _status: 'draft' },
  }
}
