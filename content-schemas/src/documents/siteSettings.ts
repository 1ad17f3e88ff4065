import { z } from 'zod'

import { httpUrl, ref } from '../fields.ts'
import { optionalLocalized } from '../localized.ts'

/**
 * Hub-wide settings editors control: where quick exit goes, the hotline
 * each language's pages show when the page names no region a hotline serves,
 * and the coalition's logo beside the hub's name (an image from the media
 * library, whose alt text it shows). A language without a hotline shows none:
 * another language's line (the US one for English) may be unreachable or
 * wrong for its readers.
 */
export const siteSettings = z.object({
  quickExitUrl: httpUrl,
  hotline: optionalLocalized(ref),
  logo: ref.nullish(),
})

export type SiteSettings = z.infer<typeof siteSettings>

export const defaultSiteSettings: SiteSettings = {
  quickExitUrl: 'https://www.bbc.com/weather',
  hotline: null,
  logo: null,
}
