import type { CollectionConfig } from 'payload'

import { adminOnly } from '../access/adminOnly'

export const auditActions = [
  'published',
  'unpublished',
  'deleted',
  'restored',
  'restoredAsDraft',
  'roleChanged',
  'organizationChanged',
  'accountUnlocked',
] as const
export type AuditAction = (typeof auditActions)[number]

const actionLabels: Record<AuditAction, string> = {
  published: 'Published',
  unpublished: 'Unpublished',
  deleted: 'Deleted',
  restored: 'Restored a version',
  restoredAsDraft: 'Restored a version as a draft',
  roleChanged: "Changed a user's role",
  organizationChanged: "Changed a user's organization",
  accountUnlocked: 'Unlocked an account',
}

/**
 * Who published, unpublished, deleted or restored what, and who changed an
 * account's role or organization or unlocked it: the accountability member
 * organizations owe each other. Admins read it; nobody, admins included, edits
 * or deletes it (hooks/auditTrail writes it).
 */
export const AuditLog: CollectionConfig = {
  slug: 'audit-log',
  labels: { singular: 'Audit entry', plural: 'Audit log' },
  admin: {
    group: 'Team',
    useAsTitle: 'document',
    defaultColumns: ['createdAt', 'userEmail', 'action', 'collection', 'document', 'details'],
  },
  defaultSort: '-createdAt',
  lockDocuments: false,
  access: { read: adminOnly, create: () => false, update: () => false, delete: () => false },
  fields: [
    {
      name: 'action',
      type: 'select',
      required: true,
      options: auditActions.map((value) => ({ value, label: actionLabels[value] })),
    },
    {
      name: 'user',
      type: 'relationship',
      relationTo: 'users',
      admin: { description: 'Who did it (empty: the hub itself, e.g. a scheduled publish).' },
    },
    { name: 'userEmail', type: 'text', admin: { description: 'Kept when the account is deleted.' } },
    { name: 'collection', type: 'text', required: true },
    { name: 'documentId', type: 'text' },
    { name: 'document', type: 'text', admin: { description: 'The title, name or e-mail at the time.' } },
    { name: 'details', type: 'text' },
  ],
}
