import type { DocumentOf, Locale, RoutedCollection } from '@hub/content-schemas'

import type { Hub } from '../../lib/hubData'

/** What a view is given: the document and its type, the hub it links into, the reader's language. */
export type ViewProps<K extends RoutedCollection> = {
  collection: K
  doc: DocumentOf<K>
  hub: Hub
  locale: Locale
  /** An editor's preview of a draft, rendered on request rather than at build time. */
  preview?: boolean
}
