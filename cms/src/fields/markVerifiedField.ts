import type { UIField } from 'payload'

/** Under the last-verified date: the button that records a verification done today. */
export const markVerifiedField: UIField = {
  name: 'markVerified',
  type: 'ui',
  admin: { position: 'sidebar', components: { Field: '/components/MarkVerified#MarkVerified' } },
}
