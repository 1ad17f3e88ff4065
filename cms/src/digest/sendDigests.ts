import type { Payload } from 'payload'

import { defaultLocale } from '@hub/content-schemas'

import { renderDigest } from './renderDigest'
import { isEmpty, weeklyDigest } from './weeklyDigest'

/** The admin's address, for links in mail read outside the admin. */
export function adminUrlOf(payload: Payload): string {
  return `${payload.config.serverURL || 'http://localhost:3000'}${payload.config.routes.admin}`
}

/**
 * Sends each organization's editors its weekly digest, one message addressed
 * to all of them (they share the work). An organization with nothing to
 * report, or no editor, gets no mail.
 */
export async function sendDigests(
  payload: Payload,
  now = new Date(),
): Promise<{ sent: number; skipped: number }> {
  const { docs: organizations } = await payload.find({
    collection: 'organizations',
    draft: true,
    depth: 0,
    pagination: false,
    overrideAccess: true,
    select: { name: true },
  })
  let sent = 0
  for (const organization of organizations) {
    const digest = await weeklyDigest(payload, organization.id, now)
    if (!digest || isEmpty(digest)) continue
    // Accounts carry no language; the digest is written in the hub's default one.
    const { subject, text } = renderDigest(digest, { language: defaultLocale, adminUrl: adminUrlOf(payload) })
    await payload.sendEmail({ to: digest.recipients, subject, text })
    sent += 1
  }
  return { sent, skipped: organizations.length - sent }
}
