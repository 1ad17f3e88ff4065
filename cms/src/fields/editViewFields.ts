import type { UIField } from 'payload'

import { translationsLabel } from '../components/ListColumns/words'

/** At the top of the sidebar, where an editor looks after Publish: whether the change is live yet. */
export const publishStatusField: UIField = {
  name: 'publishStatus',
  type: 'ui',
  admin: { position: 'sidebar', components: { Field: '/components/PublishStatus#PublishStatus' } },
}

/** Renders nothing; removes the draft Payload made for a "Create new" form left untouched. */
export const discardUntouchedDraftField: UIField = {
  name: 'discardUntouchedDraft',
  type: 'ui',
  admin: { components: { Field: '/components/DiscardUntouchedDraft#DiscardUntouchedDraft' } },
}

/** In the sidebar: the document's text out to a CAT tool as XLIFF, and the translation back as a draft. */
export const translationExchangeField: UIField = {
  name: 'translationExchange',
  type: 'ui',
  admin: {
    position: 'sidebar',
    components: { Field: '/components/TranslationExchange#TranslationExchange' },
  },
}

/** In the sidebar: submit the draft for review, or (coordinators) return it with a comment. */
export const reviewPanelField: UIField = {
  name: 'reviewPanel',
  type: 'ui',
  admin: {
    position: 'sidebar',
    disableListColumn: true,
    components: { Field: '/components/ReviewPanel#ReviewPanel' },
  },
}

/** In list views: which languages are complete. Nothing in the edit view. */
export const translationsColumnField: UIField = {
  name: 'translations',
  type: 'ui',
  label: translationsLabel,
  admin: { components: { Cell: '/components/ListColumns/TranslationsCell#TranslationsCell' } },
}
