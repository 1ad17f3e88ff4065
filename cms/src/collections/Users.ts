import type { CollectionConfig } from 'payload'

import { adminOnly, adminOnlyField } from '../access/adminOnly'
import { roles } from '../access/roles'
import { adminOrSelf } from '../access/userAccess'
import { firstUserIsAdmin } from '../hooks/firstUserIsAdmin'
import { rejectUnknownLocale } from '../hooks/rejectUnknownLocale'

/** Staff accounts. Never readable anonymously; locked for ten minutes after five failed logins. */
export const Users: CollectionConfig = {
  slug: 'users',
  admin: { useAsTitle: 'email', defaultColumns: ['email', 'name', 'role', 'organization'], group: 'Team' },
  auth: {
    maxLoginAttempts: 5,
    lockTime: 10 * 60 * 1000,
    tokenExpiration: 8 * 60 * 60,
    cookies: { sameSite: 'Strict', secure: (process.env.SERVER_URL ?? '').startsWith('https://') },
  },
  access: {
    read: adminOrSelf,
    create: adminOnly,
    update: adminOrSelf,
    delete: adminOnly,
    admin: ({ req }) => Boolean(req.user),
  },
  hooks: { beforeOperation: [rejectUnknownLocale], beforeValidate: [firstUserIsAdmin] },
  fields: [
    { name: 'name', type: 'text' },
    {
      name: 'role',
      type: 'select',
      required: true,
      defaultValue: 'editor',
      options: roles.map((role) => ({ value: role, label: role[0]!.toUpperCase() + role.slice(1) })),
      saveToJWT: true,
      access: { create: adminOnlyField, update: adminOnlyField },
      admin: {
        description:
          'Admin: everything. Editor: documents of their organization. Translator: translations of any document, without publishing.',
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
