import type { PayloadRequest } from 'payload'

/** Donation needs change with the seasons; a hotline's number and hours change less often. */
export const defaultVerificationDays = { donationListsDays: 90, hotlinesDays: 180 } as const

export const verifiedCollections = ['donation-lists', 'hotlines'] as const
export type VerifiedCollection = (typeof verifiedCollections)[number]

export function isVerifiedCollection(value: string): value is VerifiedCollection {
  return (verifiedCollections as readonly string[]).includes(value)
}

/** The number of days after which each verified type is stale, as an admin set them. */
export async function verificationIntervals(
  req: PayloadRequest,
): Promise<Record<VerifiedCollection, number>> {
  const settings = await req.payload.findGlobal({
    slug: 'verification-settings',
    depth: 0,
    overrideAccess: true,
    req,
  })
  return {
    'donation-lists': settings.donationListsDays ?? defaultVerificationDays.donationListsDays,
    hotlines: settings.hotlinesDays ?? defaultVerificationDays.hotlinesDays,
  }
}
