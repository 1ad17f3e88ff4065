import { defineCollection } from 'astro:content'

import { snapshotLoader } from './loaders/snapshotLoader'

export const collections = {
  guides: defineCollection({ loader: snapshotLoader('guides') }),
  screeningKits: defineCollection({ loader: snapshotLoader('screening-kits') }),
  panelQuestionSets: defineCollection({ loader: snapshotLoader('panel-question-sets') }),
  donationLists: defineCollection({ loader: snapshotLoader('donation-lists') }),
  organizations: defineCollection({ loader: snapshotLoader('organizations') }),
  hotlines: defineCollection({ loader: snapshotLoader('hotlines') }),
  topics: defineCollection({ loader: snapshotLoader('topics') }),
  regions: defineCollection({ loader: snapshotLoader('regions') }),
  media: defineCollection({ loader: snapshotLoader('media') }),
  settings: defineCollection({ loader: snapshotLoader('settings') }),
}
