import type { CollectionConfig, PayloadRequest } from 'payload'

import { readSettings } from '@hub/content-schemas/settings'

import { adminOnly, adminOnlyField } from '../access/adminOnly'
import { roles } from '../access/roles'
import { adminOrSelf } from '../access/userAccess'
import { rejectUnknownLocale } from '../hooks/rejectUnknownLocale'
import { auditAccountChanges, auditUnlock } from '../hooks/auditTrail'
import { forgetLoginAttempts, throttleLogins } from '../hooks/throttleLogins'

/**
 * Staff accounts. Never readable anonymously. Failed logins are throttled per
 * client address (hooks/throttleLogins) rather than locking the account, which
 * anyone who knows an e-mail could do; a password change ends the account's
 * other sessions (Payload's sessions).
 */
export const Users: CollectionConfig = {
  slug: 'users',
  admin: { useAsTitle: 'email', defaultColumns: ['email', 'name', 'role', 'organization'], group: 'Team' },
  auth: {
    maxLoginAttempts: 0,
    useSessions: true,
    tokenExpiration: 8 * 60 * 60,
    cookies: { sameSite: 'Strict', secure: readSettings().SERVER_URL.startsWith('https://') },
  },
  access: {
    read: adminOrSelf,
    create: adminOnly,
    update: adminOrSelf,
    delete: adminOnly,
    // Payload's unlock clears an account's failed-login lock, for admins only (this hub throttles instead of locking).
    unlock: adminOnly,
    admin: ({ req }) => Boolean(req.user),
  },
  hooks: {
    beforeOperation: [rejectUnknownLocale, throttleLogins],
    afterLogin: [forgetLoginAttempts],
    afterChange: [auditAccountChanges],
    afterOperation: [auditUnlock],
  },
  fields: [
    { name: 'name', type: 'text' },
    {
      name: 'role',
      type: 'select',
      required: true,
      // The account made on the admin's "create first user" screen must be able to run the hub.
      defaultValue: async ({ req }: { req: PayloadRequest }) =>
        (await req.payload.count({ collection: 'users', overrideAccess: true, req })).totalDocs === 0
          ? 'admin'
          : 'editor',
      options: roles.map((role) => ({ value: role, label: role[0]!.toUpperCase() + role.slice(1) })),
      saveToJWT: true,
      access: { create: adminOnlyField, update: adminOnlyField },
      admin: {
        description:
          'Admin: everything. Coordinator: reviews and publishes any organization’s documents, without managing accounts. Editor: documents of their organization. Translator: translations of any document, without publishing.',
      },
    },
    {
      name: 'organization',
      type: 'relationship',
      relationTo: 'organizations',
      saveToJWT: true,
      access: { create: adminOnlyField, update: adminOnlyField },
      validate: (value: unknown, { siblingData }: { siblingData: { role?: string } }) =>
        siblingData?.role !== 'editor' ||
        value != null ||
        'An editor belongs to an organization: choose one.',
    },
  ],
}
