import type { Payload } from 'payload'

import { lexical } from '@hub/content-schemas'

import type { Guide } from '../payload-types'

/** Minimal valid documents for tests that need something to act on. */
export async function createOrganization(payload: Payload, slug: string) {
  return payload.create({
    collection: 'organizations',
    data: {
      slug,
      name: `Organization ${slug}`,
      country: 'US',
      mission: 'Supports workers and survivors.',
      reviewBy: '2027-06-01',
      _status: 'published',
    },
    overrideAccess: true,
    depth: 0,
  })
}

/** Guide data for the Local API; the Lexical builder's node type is wider than Payload's generated one. */
export function guideData(organization: number, overrides: Record<string, unknown> = {}) {
  return {
    slug: 'test-guide',
    title: 'Test guide',
    summary: 'A guide used by the tests.',
    organization,
    reviewBy: '2027-06-01',
    body: lexical.doc(lexical.p('Body text.')),
    _status: 'published' as const,
    ...overrides,
  } as unknown as Omit<Guide, 'id' | 'createdAt' | 'updatedAt'>
}

export async function createUser(
  payload: Payload,
  role: 'admin' | 'coordinator' | 'editor' | 'translator',
  email: string,
  organization?: number,
) {
  return payload.create({
    collection: 'users',
    data: { email, password: 'test-password-123', role, organization: organization ?? null },
    overrideAccess: true,
  })
}
