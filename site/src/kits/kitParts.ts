import type {
  DonationList,
  Hotline,
  Locale,
  Media,
  PanelQuestionSet,
  ScreeningKit,
} from '@hub/content-schemas'

import { hotlineFor } from '../lib/hotlines'
import type { Hub } from '../lib/hubData'

/** What one kit is made of, resolved from the published documents. */
export type KitParts = {
  kit: ScreeningKit
  locale: Locale
  questions: PanelQuestionSet | undefined
  donations: DonationList | undefined
  hotline: Hotline | undefined
  poster: Media | undefined
  /** The public address of the kit's page; links in the kit's text are made absolute against it. */
  pageUrl: string
  /** Parts the kit links but cannot include, said in the build log. */
  omissions: string[]
}

/**
 * Resolves a kit's linked documents. The snapshot holds published documents
 * only, so a link to a draft, unpublished or deleted document finds nothing:
 * that part is left out and the reason noted, and the rest still builds.
 */
export function kitParts(kit: ScreeningKit, locale: Locale, hub: Hub, pageUrl: string): KitParts {
  const label = `Screening kit "${kit.slug}" (${locale})`
  const omissions: string[] = []
  const questions = hub.byId(hub['panel-question-sets'], kit.panelQuestionSet)
  if (kit.panelQuestionSet == null) {
    omissions.push(`${label}: no panel question set is linked, so panel-questions.pdf is left out.`)
  } else if (!questions) {
    omissions.push(
      `${label}: its panel question set (id ${kit.panelQuestionSet}) is not published, so panel-questions.pdf is left out. Publish the question set or link another one.`,
    )
  }
  const donations = hub.byId(hub['donation-lists'], kit.donationList)
  if (kit.donationList != null && !donations) {
    omissions.push(
      `${label}: its donation list (id ${kit.donationList}) is not published, so donation-drive.pdf is left out. Publish the list or remove the link.`,
    )
  }
  const poster = hub.byId(hub.media, kit.poster)
  if (kit.poster != null && !poster) {
    omissions.push(
      `${label}: its poster image (id ${kit.poster}) is not published; the poster is made without it.`,
    )
  }
  return {
    kit,
    locale,
    questions,
    donations,
    hotline: hotlineFor(hub, locale, kit.regions),
    poster,
    pageUrl,
    omissions,
  }
}
