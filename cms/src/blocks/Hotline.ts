import type { Block } from 'payload'

/** Shows a hotline's current number and hours, kept in one place and updated everywhere. */
export const Hotline: Block = {
  slug: 'hotline',
  interfaceName: 'HotlineBlock',
  fields: [{ name: 'hotline', type: 'relationship', relationTo: 'hotlines', required: true }],
}
