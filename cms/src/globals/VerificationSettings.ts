import type { GlobalConfig } from 'payload'

import { adminOnly } from '../access/adminOnly'
import { signedIn } from '../access/signedIn'
import { defaultVerificationDays } from '../verification/verificationIntervals'

const days = (name: keyof typeof defaultVerificationDays, description: string) =>
  ({
    name,
    type: 'number',
    required: true,
    min: 1,
    max: 3660,
    defaultValue: defaultVerificationDays[name],
    admin: { description, step: 1 },
  }) as const

/**
 * How often each kind of fact-heavy document must be re-confirmed with its
 * provider. Kept apart from Site settings: those are public and rebuild the
 * site when changed, these are for the admin only and change nothing readers see.
 */
export const VerificationSettings: GlobalConfig = {
  slug: 'verification-settings',
  label: {
    en: 'Verification intervals',
    es: 'Intervalos de verificación',
    fr: 'Intervalles de vérification',
    ar: 'فترات التحقق',
    th: 'รอบการตรวจสอบ',
  },
  admin: { group: 'Coalition' },
  access: { read: signedIn, update: adminOnly },
  fields: [
    days(
      'donationListsDays',
      'Days after which a donation list must be verified again: its needs change with the seasons.',
    ),
    days('hotlinesDays', 'Days after which a hotline (number, hours) must be verified again.'),
  ],
}
