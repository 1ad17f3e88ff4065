import type { PayloadRequest, Where } from 'payload'

import { defaultLocale, locales, type CollectionSlug, type Locale } from '@hub/content-schemas'

import { roleOf } from '../access/roles'
import { isVerifiedCollection, verificationIntervals } from '../verification/verificationIntervals'
import { localizedGaps } from './localizedGaps'
import { editableBy } from './editableBy'
import { reviewDue } from './reviewDue'
import { withUnpublishedChanges } from './unpublishedChanges'

/**
 * The document types an editor keeps true, with the field that names each document:
 * every type but media, so a new type cannot be left off the dashboard, the link check
 * or the review queue.
 */
export const healthCollections = {
  guides: { title: 'title', reviewed: true },
  'screening-kits': { title: 'title', reviewed: true },
  'panel-question-sets': { title: 'title', reviewed: true },
  'donation-lists': { title: 'title', reviewed: true },
  'volunteer-opportunities': { title: 'title', reviewed: true },
  'outreach-materials': { title: 'title', reviewed: true },
  posts: { title: 'title', reviewed: true },
  actions: { title: 'title', reviewed: true },
  events: { title: 'title', reviewed: true },
  organizations: { title: 'name', reviewed: true },
  hotlines: { title: 'name', reviewed: true },
  topics: { title: 'name', reviewed: false },
  regions: { title: 'name', reviewed: false },
} as const satisfies Record<Exclude<CollectionSlug, 'media'>, { title: string; reviewed: boolean }>

export type HealthCollection = keyof typeof healthCollections

export type HealthRow = {
  collection: HealthCollection
  id: number | string
  title: string
  /** The owning organization's name; null for coalition-wide documents (hotlines, taxonomies). */
  organization: string | null
  /** The review-by date, for review rows. */
  date?: string
  /** For stale-verification rows: when it was last verified, null if never. */
  lastVerified?: string | null
}

export type ContentHealth = {
  overdue: HealthRow[]
  dueSoon: HealthRow[]
  unpublishedChanges: HealthRow[]
  /** Hotlines and donation lists last verified longer ago than their type's interval (or never). */
  staleVerification: HealthRow[]
  translations: { locale: Locale; missing: HealthRow[]; fallingBack: HealthRow[] }[]
  /** Links in published documents the last nightly check found broken or unreachable. */
  brokenLinks: {
    url: string
    reason: string
    checkedAt: string
    appearsIn: (HealthRow & { locale?: Locale })[]
  }[]
  /** Per organization (admins only): how many rows of each kind are its documents. */
  byOrganization: {
    organization: string | null
    overdue: number
    dueSoon: number
    unpublishedChanges: number
    staleVerification: number
    translations: number
  }[]
}

const dayMs = 24 * 60 * 60 * 1000

type Doc = Record<string, unknown> & { id: number | string; _status?: string }

function textIn(value: unknown, locale: Locale): string {
  if (typeof value === 'string') return value
  if (value && typeof value === 'object') {
    const text = (value as Record<string, unknown>)[locale]
    return typeof text === 'string' ? text : ''
  }
  return ''
}

async function organizationNames(req: PayloadRequest): Promise<Map<string, string>> {
  const { docs } = await req.payload.find({
    collection: 'organizations',
    depth: 0,
    draft: true,
    locale: defaultLocale,
    pagination: false,
    overrideAccess: true,
    select: { name: true },
    req,
  })
  return new Map(docs.map((doc) => [String(doc.id), doc.name]))
}

/**
 * What needs an editor's attention among the documents they may edit: review
 * dates passed or near, hotlines and donation lists not verified for longer
 * than their type's interval, published documents with unpublished changes, and
 * per language the documents missing a translation or partly falling back to
 * English. Admins see the whole coalition with counts per organization;
 * translators see the translations only, since reviewing is not theirs.
 */
export async function contentHealth(req: PayloadRequest, now = new Date()): Promise<ContentHealth> {
  const role = roleOf(req.user)
  const health: ContentHealth = {
    overdue: [],
    dueSoon: [],
    unpublishedChanges: [],
    staleVerification: [],
    translations: locales
      .filter((locale) => locale !== defaultLocale)
      .map((locale) => ({ locale, missing: [], fallingBack: [] })),
    brokenLinks: [],
    byOrganization: [],
  }
  if (!role) return health
  const names = await organizationNames(req)
  const intervals = await verificationIntervals(req)
  const editable = new Map<string, HealthRow>()
  const ownerName = (collection: HealthCollection, doc: Doc): string | null =>
    names.get(String(collection === 'organizations' ? doc.id : doc.organization)) ?? null

  for (const [collection, { title, reviewed }] of Object.entries(healthCollections) as [
    HealthCollection,
    (typeof healthCollections)[HealthCollection],
  ][]) {
    const scope = await editableBy(req, collection)
    if (scope === false) continue
    const where: Where = scope === true ? {} : scope
    // Latest versions, drafts included, in every language: what an editor would open.
    const { docs } = (await req.payload.find({
      collection,
      where,
      draft: true,
      locale: 'all',
      depth: 0,
      pagination: false,
      overrideAccess: true,
      req,
    })) as unknown as { docs: Doc[] }
    const row = (doc: Doc, date?: string): HealthRow => ({
      collection,
      id: doc.id,
      title: textIn(doc[title], defaultLocale) || String(doc.id),
      organization: ownerName(collection, doc),
      ...(date ? { date } : {}),
    })

    for (const doc of docs) {
      editable.set(`${collection}:${doc.id}`, row(doc))
      for (const entry of health.translations) {
        const gap = localizedGaps(doc, title, entry.locale)
        if (gap === 'missing') entry.missing.push(row(doc))
        else if (gap === 'fallingBack') entry.fallingBack.push(row(doc))
      }
      if (role === 'translator') continue
      const reviewBy = typeof doc.reviewBy === 'string' ? doc.reviewBy : undefined
      if (reviewed && reviewBy) {
        const due = reviewDue(reviewBy, now)
        if (due === 'overdue') health.overdue.push(row(doc, reviewBy))
        else if (due === 'dueSoon') health.dueSoon.push(row(doc, reviewBy))
      }
      if (isVerifiedCollection(collection)) {
        const lastVerified = typeof doc.lastVerified === 'string' ? doc.lastVerified : null
        const staleBefore = now.getTime() - intervals[collection] * dayMs
        if (!lastVerified || Date.parse(lastVerified) < staleBefore)
          health.staleVerification.push({ ...row(doc), lastVerified })
      }
    }
    if (role !== 'translator')
      health.unpublishedChanges.push(
        ...(await withUnpublishedChanges(req, collection, docs)).map((doc) => row(doc)),
      )
  }

  if (role !== 'translator') health.brokenLinks = await brokenLinksIn(req, editable)
  health.overdue.sort((a, b) => a.date!.localeCompare(b.date!))
  health.dueSoon.sort((a, b) => a.date!.localeCompare(b.date!))
  // Never verified first, then the longest ago.
  health.staleVerification.sort((a, b) => (a.lastVerified ?? '').localeCompare(b.lastVerified ?? ''))
  if (role === 'admin') health.byOrganization = countByOrganization(health)
  return health
}

type Appearance = { collection: HealthCollection; id: number | string; locale?: Locale }

/** The broken links found in documents the user may edit, each with where it appears. */
async function brokenLinksIn(
  req: PayloadRequest,
  editable: Map<string, HealthRow>,
): Promise<ContentHealth['brokenLinks']> {
  const { docs } = await req.payload.find({
    collection: 'link-checks',
    where: { state: { in: ['broken', 'unreachable'] } },
    sort: 'url',
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  return docs.flatMap((check) => {
    const appearsIn = ((check.appearsIn ?? []) as Appearance[]).flatMap((place) => {
      const row = editable.get(`${place.collection}:${place.id}`)
      return row ? [{ ...row, ...(place.locale ? { locale: place.locale } : {}) }] : []
    })
    return appearsIn.length
      ? [{ url: check.url, reason: check.reason ?? '', checkedAt: check.checkedAt, appearsIn }]
      : []
  })
}

function countByOrganization(health: ContentHealth): ContentHealth['byOrganization'] {
  const counts = new Map<string | null, ContentHealth['byOrganization'][number]>()
  const add = (
    rows: HealthRow[],
    key: 'overdue' | 'dueSoon' | 'unpublishedChanges' | 'staleVerification' | 'translations',
  ) => {
    for (const { organization } of rows) {
      const entry = counts.get(organization) ?? {
        organization,
        overdue: 0,
        dueSoon: 0,
        unpublishedChanges: 0,
        staleVerification: 0,
        translations: 0,
      }
      entry[key] += 1
      counts.set(organization, entry)
    }
  }
  add(health.overdue, 'overdue')
  add(health.dueSoon, 'dueSoon')
  add(health.unpublishedChanges, 'unpublishedChanges')
  add(health.staleVerification, 'staleVerification')
  for (const { missing, fallingBack } of health.translations)
    add([...missing, ...fallingBack], 'translations')
  return [...counts.values()].sort((a, b) =>
    (a.organization ?? '\uffff').localeCompare(b.organization ?? '\uffff'),
  )
}
