import { createLocalReq, type Payload } from 'payload'

import { contentHealth, type ContentHealth, type HealthRow } from '../health/contentHealth'

const weekMs = 7 * 24 * 60 * 60 * 1000

export type FailedBuild = { reason: string; error: string; startedAt: string; triggeredBy: string }

/** What one organization's editors should act on this week. */
export type Digest = {
  organization: string
  recipients: string[]
  overdue: HealthRow[]
  dueSoon: HealthRow[]
  staleVerification: HealthRow[]
  brokenLinks: ContentHealth['brokenLinks']
  /** Site builds started by the organization's editors in the past week that failed. */
  failedBuilds: FailedBuild[]
}

export function isEmpty(digest: Digest): boolean {
  return (
    digest.overdue.length +
      digest.dueSoon.length +
      digest.staleVerification.length +
      digest.brokenLinks.length +
      digest.failedBuilds.length ===
    0
  )
}

/**
 * The digest of one organization, computed as its editors' dashboard is:
 * the documents it owns or co-owns. Coalition-wide documents (hotlines) have
 * no organization to write to and stay on every editor's dashboard instead.
 * Null when the organization has no editor to send it to.
 */
export async function weeklyDigest(
  payload: Payload,
  organizationId: number | string,
  now = new Date(),
): Promise<Digest | null> {
  const { docs: editors } = await payload.find({
    collection: 'users',
    where: { and: [{ role: { equals: 'editor' } }, { organization: { equals: organizationId } }] },
    sort: 'email',
    depth: 0,
    pagination: false,
    overrideAccess: true,
  })
  if (editors.length === 0) return null
  const organization = await payload.findByID({
    collection: 'organizations',
    id: organizationId,
    draft: true,
    depth: 0,
    overrideAccess: true,
  })
  // Every editor of an organization may edit the same documents; any one stands for all.
  const req = await createLocalReq({ user: { ...editors[0]!, collection: 'users' } }, payload)
  const health = await contentHealth(req, now)
  const owned = (row: HealthRow) => row.organization !== null
  const names = new Set(editors.flatMap((editor) => [editor.email, editor.name ?? ''].filter(Boolean)))
  const { docs: builds } = await payload.find({
    collection: 'site-builds',
    where: {
      and: [
        { status: { equals: 'failed' } },
        { startedAt: { greater_than_equal: new Date(now.getTime() - weekMs).toISOString() } },
      ],
    },
    sort: '-startedAt',
    depth: 0,
    pagination: false,
    overrideAccess: true,
  })
  return {
    organization: organization.name,
    recipients: editors.map((editor) => editor.email),
    overdue: health.overdue.filter(owned),
    dueSoon: health.dueSoon.filter(owned),
    staleVerification: health.staleVerification.filter(owned),
    brokenLinks: health.brokenLinks.flatMap((link) => {
      const appearsIn = link.appearsIn.filter(owned)
      return appearsIn.length ? [{ ...link, appearsIn }] : []
    }),
    failedBuilds: builds
      .filter((build) => build.triggeredBy && names.has(build.triggeredBy))
      .map((build) => ({
        reason: build.reason ?? '',
        error: build.error ?? '',
        startedAt: build.startedAt,
        triggeredBy: build.triggeredBy ?? '',
      })),
  }
}
