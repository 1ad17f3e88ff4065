import type { Access, FieldAccess } from 'payload'

import { roleOf } from './roles'

export const adminOnly: Access = ({ req }) => roleOf(req.user) === 'admin'

export const adminOnlyField: FieldAccess = ({ req }) => roleOf(req.user) === 'admin'
