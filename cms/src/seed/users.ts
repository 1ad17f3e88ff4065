import type { Role } from '../access/roles'

/** Demo password, printed by `pnpm start`. Change it, or the accounts, before any real use. */
export const demoPassword = 'coalition-demo-2026'

export const demoUsers: {
  email: string
  password: string
  name: string
  role: Role
  organization?: string
}[] = [
  { email: 'admin@hub.example', password: demoPassword, name: 'Demo admin', role: 'admin' },
  {
    email: 'editor@hub.example',
    password: demoPassword,
    name: 'Demo editor',
    role: 'editor',
    organization: 'harbor-alliance',
  },
  { email: 'translator@hub.example', password: demoPassword, name: 'Demo translator', role: 'translator' },
  { email: 'coordinator@hub.example', password: demoPassword, name: 'Demo coordinator', role: 'coordinator' },
]
