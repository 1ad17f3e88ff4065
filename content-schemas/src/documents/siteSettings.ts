import { z } from 'zod'

import { httpUrl, ref } from '../fields'

/** Hub-wide settings editors control: where quick exit goes, which hotline every page shows. */
export const siteSettings = z.object({
  quickExitUrl: httpUrl,
  hotline: ref.nullish(),
})

export type SiteSettings = z.infer<typeof siteSettings>

export const defaultSiteSettings: SiteSettings = {
  quickExitUrl: 'https://www.bbc.com/weather',
  hotline: null,
}
