import type { PayloadRequest } from 'payload'

export const roles = ['admin', 'coordinator', 'editor', 'translator'] as const
export type Role = (typeof roles)[number]

type SignedInUser = NonNullable<PayloadRequest['user']> & { role?: Role | null }

export function roleOf(user: PayloadRequest['user']): Role | null {
  return ((user as SignedInUser | null)?.role as Role | undefined) ?? null
}

/** The id of the organization an editor belongs to, whether populated or not. */
export function organizationOf(user: PayloadRequest['user']): number | string | null {
  const organization = (user as (SignedInUser & { organization?: unknown }) | null)?.organization
  if (organization && typeof organization === 'object' && 'id' in organization) {
    return (organization as { id: number | string }).id
  }
  return (organization as number | string | null | undefined) ?? null
}

export function sameId(a: unknown, b: unknown): boolean {
  const id = (value: unknown) =>
    value && typeof value === 'object' && 'id' in value ? (value as { id: unknown }).id : value
  return a != null && b != null && String(id(a)) === String(id(b))
}
