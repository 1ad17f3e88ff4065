import type { UIField } from 'payload'

/** Sidebar panels of a resource's edit view; they show state and store nothing. */
export const editViewFields: UIField[] = [
  {
    name: 'publishStatus',
    type: 'ui',
    admin: { position: 'sidebar', components: { Field: '/components/PublishStatus#PublishStatus' } },
  },
  {
    name: 'discardUntouchedDraft',
    type: 'ui',
    admin: { components: { Field: '/components/DiscardUntouchedDraft#DiscardUntouchedDraft' } },
  },
]
