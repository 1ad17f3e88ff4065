import type { z } from 'zod'

import type {
  actionContent,
  donationListContent,
  eventContent,
  guideContent,
  hotlineContent,
  Localized,
  organizationContent,
  outreachMaterialContent,
  panelQuestionSetContent,
  postContent,
  regionContent,
  screeningKitContent,
  topicContent,
  volunteerOpportunityContent,
} from '@hub/content-schemas'

/**
 * Demo content is written in the snapshot's shape (localized values as
 * `{ en, es, ... }`), with every relation given as the slug of the related
 * document (media by `key`) instead of a database id. The seed resolves slugs to ids.
 */
export type SeedTopic = z.input<typeof topicContent>
export type SeedRegion = z.input<typeof regionContent>
export type SeedOrganization = z.input<typeof organizationContent>
export type SeedHotline = z.input<typeof hotlineContent>
export type SeedGuide = z.input<typeof guideContent>
export type SeedPanelQuestionSet = z.input<typeof panelQuestionSetContent>
export type SeedScreeningKit = z.input<typeof screeningKitContent>
export type SeedDonationList = z.input<typeof donationListContent>
export type SeedVolunteerOpportunity = z.input<typeof volunteerOpportunityContent>
export type SeedOutreachMaterial = z.input<typeof outreachMaterialContent>
export type SeedPost = z.input<typeof postContent>
export type SeedAction = z.input<typeof actionContent>
export type SeedEvent = z.input<typeof eventContent>

/** A demo image drawn at seed time, so the repository ships no photos of people. */
export type SeedImage = {
  key: string
  /** Two hex colours for the background gradient and a short motif word drawn on it. */
  palette: [string, string]
  motif: string
  /** A poster (600 x 800, the default) or a small square mark such as the hub's logo. */
  shape?: 'poster' | 'mark'
  alt: Localized<string>
  caption?: Localized<string>
  credit: string
}

/** A demo A4 PDF drawn at seed time (a poster or flyer), in a Latin-script language. */
export type SeedPrintable = {
  key: string
  /** The heading band's colour and the footer band's. */
  palette: [string, string]
  headline: string
  lines: string[]
  alt: Localized<string>
  credit: string
}
