import type {
  DonationList,
  Guide,
  Hotline,
  Manifest,
  Media,
  Organization,
  PanelQuestionSet,
  Region,
  ScreeningKit,
  SiteSettings,
  Topic,
} from '@hub/content-schemas'

import type { Snapshot } from '../loaders/readSnapshot'

/** Every published document of the snapshot, as the pages and the kits use them. */
export type Hub = {
  guides: Guide[]
  screeningKits: ScreeningKit[]
  panelQuestionSets: PanelQuestionSet[]
  donationLists: DonationList[]
  organizations: Organization[]
  hotlines: Hotline[]
  topics: Topic[]
  regions: Region[]
  media: Media[]
  settings: SiteSettings & { manifest: Manifest }
  byId: <T extends { id: number | string }>(docs: T[], id: unknown) => T | undefined
}

export function createHub(documents: Omit<Hub, 'byId'>): Hub {
  return {
    ...documents,
    byId: (docs, id) => (id == null ? undefined : docs.find((doc) => String(doc.id) === String(id))),
  }
}

/** The hub straight from a snapshot read from disk, for scripts and tests outside Astro. */
export function hubFromSnapshot(snapshot: Snapshot): Hub {
  const { documents } = snapshot
  return createHub({
    guides: documents.guides,
    screeningKits: documents['screening-kits'],
    panelQuestionSets: documents['panel-question-sets'],
    donationLists: documents['donation-lists'],
    organizations: documents.organizations,
    hotlines: documents.hotlines,
    topics: documents.topics,
    regions: documents.regions,
    media: documents.media,
    settings: { ...snapshot.settings, manifest: snapshot.manifest },
  })
}
