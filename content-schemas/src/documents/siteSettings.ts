import { z } from 'zod'

import { httpUrl, ref } from '../fields'
import { optionalLocalized } from '../localized'

/**
 * Hub-wide settings editors control: where quick exit goes, and the hotline
 * each language's pages show when the page names no region a hotline serves.
 * A language without one shows none: another language's line (the US one for
 * English) may be unreachable or wrong for its readers.
 */
export const siteSettings = z.object({
  quickExitUrl: httpUrl,
  hotline: optionalLocalized(ref),
})

export type SiteSettings = z.infer<typeof siteSettings>

export const defaultSiteSettings: SiteSettings = {
  quickExitUrl: 'https://www.bbc.com/weather',
  hotline: null,
}
