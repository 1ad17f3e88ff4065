import type { Payload } from 'payload'

import {
  defaultLocale,
  type CollectionSlug,
  type InternalLinkTarget,
  type LexicalNode,
  type Locale,
} from '@hub/content-schemas'

import {
  actions,
  donationLists,
  events,
  guides,
  hotlineByLocale,
  hubLogo,
  hotlines,
  images,
  organizations,
  outreachMaterials,
  panelQuestionSets,
  printables,
  posts,
  regions,
  screeningKits,
  topics,
  volunteerOpportunities,
} from './data'
import { drawSeedImage } from './images'
import { drawSeedPdf } from './printables'
import { isComplete, projectLocale, translatedLocales, withRowIds } from './localize'
import { seedRelations } from './relations'
import { demoUsers } from './users'
import { seedWorkflow } from './workflow'

type Doc = Record<string, unknown>
type Log = (message: string) => void

/**
 * The seed writes every collection through one code path. Payload's generated
 * types are per collection and cannot follow a slug chosen at run time, so the
 * seed talks to the Local API through this deliberately loose view of it.
 */
type LocalApi = {
  create(args: Doc): Promise<Doc & { id: number | string }>
  update(args: Doc): Promise<Doc>
  find(args: Doc): Promise<{ docs: (Doc & { id: number | string })[] }>
  findByID(args: Doc): Promise<Doc>
}

/** slug (or image key) → database id, per collection. */
type Ids = Map<CollectionSlug, Map<string, number | string>>

function lookup(ids: Ids, collection: CollectionSlug, key: unknown, documentLabel: string) {
  const id = ids.get(collection)?.get(String(key))
  if (id === undefined) {
    throw new Error(
      `Seed data: ${documentLabel} refers to "${String(key)}" in ${collection}, which the seed does not define.`,
    )
  }
  return id
}

/** Replaces the slugs at `path` (dot separated, `*` for every row) with ids. */
function resolvePath(
  value: unknown,
  path: string[],
  target: CollectionSlug,
  ids: Ids,
  label: string,
): unknown {
  if (value == null) return value
  const [step, ...rest] = path
  if (step === undefined) {
    return Array.isArray(value)
      ? value.map((key) => lookup(ids, target, key, label))
      : lookup(ids, target, value, label)
  }
  if (step === '*') {
    return (value as unknown[]).map((row) => resolvePath(row, rest, target, ids, label))
  }
  const object = value as Doc
  if (!(step in object)) return object
  return { ...object, [step]: resolvePath(object[step], rest, target, ids, label) }
}

function resolveRelations(collection: CollectionSlug, doc: Doc, ids: Ids, label: string): Doc {
  let resolved: Doc = { ...doc }
  for (const [path, target] of Object.entries(seedRelations[collection] ?? {})) {
    resolved = resolvePath(resolved, path.split('.'), target, ids, label) as Doc
  }
  return resolveBlockRelations(resolved, ids, label) as Doc
}

/** Rich text names its hotlines, images and internal link targets by slug (images by key) too. */
function resolveBlockRelations(value: unknown, ids: Ids, label: string): unknown {
  if (Array.isArray(value)) return value.map((item) => resolveBlockRelations(item, ids, label))
  if (!value || typeof value !== 'object') return value
  const node = value as LexicalNode & { fields?: Doc }
  if (node.type === 'block' && node.fields?.blockType === 'hotline') {
    return {
      ...node,
      fields: { ...node.fields, hotline: lookup(ids, 'hotlines', node.fields.hotline, label) },
    }
  }
  if (node.type === 'block' && node.fields?.blockType === 'image') {
    return { ...node, fields: { ...node.fields, image: lookup(ids, 'media', node.fields.image, label) } }
  }
  const target = node.type === 'link' ? (node.fields?.doc as InternalLinkTarget | undefined) : undefined
  if (target) {
    const doc = { ...target, value: lookup(ids, target.relationTo, target.value, label) }
    return {
      ...node,
      fields: { ...node.fields, doc },
      children: resolveBlockRelations(node.children, ids, label),
    }
  }
  return Object.fromEntries(
    Object.entries(value).map(([key, item]) => [key, resolveBlockRelations(item, ids, label)]),
  )
}

async function findIdBy(payload: LocalApi, collection: string, field: string, value: string) {
  const found = await payload.find({
    collection,
    where: { [field]: { equals: value } },
    limit: 1,
    depth: 0,
    draft: true,
    pagination: false,
    overrideAccess: true,
  })
  return found.docs[0]?.id
}

/** Creates the English version, then adds each translation on the same rows. */
async function upsertLocalized(
  payload: LocalApi,
  collection: CollectionSlug,
  source: Doc,
  extra: Doc,
  file?: { data: Buffer; mimetype: string; name: string; size: number },
) {
  const published = collection === 'media' ? {} : { _status: 'published' }
  const created = await payload.create({
    collection,
    locale: defaultLocale,
    data: { ...(projectLocale(source, defaultLocale) as Doc), ...extra, ...published },
    overrideAccess: true,
    depth: 0,
    ...(file ? { file } : {}),
  })
  let unfinished = false
  for (const locale of translatedLocales(source)) {
    const stored = await payload.findByID({
      collection,
      id: created.id,
      locale,
      depth: 0,
      overrideAccess: true,
      draft: true,
    })
    // An unfinished translation is saved the way a translator saves it, as a draft.
    const finished = collection === 'media' || isComplete(source, locale)
    unfinished ||= !finished
    await payload.update({
      collection,
      id: created.id,
      locale,
      data: {
        ...(withRowIds(projectLocale(source, locale), stored) as Doc),
        ...(finished ? published : { _status: 'draft' }),
      },
      draft: !finished,
      overrideAccess: true,
      depth: 0,
    })
  }
  // Publishing the English text then publishes the unfinished translation with it, as the admin does.
  if (unfinished) {
    await payload.update({
      collection,
      id: created.id,
      locale: defaultLocale,
      data: published,
      overrideAccess: true,
      depth: 0,
    })
  }
  return created.id
}

/**
 * Loads the demo hub. Idempotent: documents are matched by slug (images by
 * filename, users by e-mail) and only missing ones are created.
 */
export async function seedDemoContent(
  payload: Payload,
  log: Log = (message) => payload.logger.info(message),
) {
  const api = payload as unknown as LocalApi
  const ids: Ids = new Map()
  let created = 0

  const mediaIds = new Map<string, number | string>()
  for (const image of [...images, hubLogo]) {
    const filename = `${image.key}.png`
    let id = await findIdBy(api, 'media', 'filename', filename)
    if (id === undefined) {
      const data = await drawSeedImage(image)
      const { key: _key, palette: _palette, motif: _motif, ...fields } = image
      id = await upsertLocalized(
        api,
        'media',
        fields,
        {},
        {
          data,
          mimetype: 'image/png',
          name: filename,
          size: data.length,
        },
      )
      created += 1
    }
    mediaIds.set(image.key, id)
  }
  for (const printable of printables) {
    const filename = `${printable.key}.pdf`
    let id = await findIdBy(api, 'media', 'filename', filename)
    if (id === undefined) {
      const data = await drawSeedPdf(printable)
      const { alt, credit } = printable
      id = await upsertLocalized(
        api,
        'media',
        { alt, credit },
        {},
        { data, mimetype: 'application/pdf', name: filename, size: data.length },
      )
      created += 1
    }
    mediaIds.set(printable.key, id)
  }
  ids.set('media', mediaIds)

  const steps: [CollectionSlug, Doc[]][] = [
    ['topics', topics],
    ['regions', regions],
    ['organizations', organizations],
    ['volunteer-opportunities', volunteerOpportunities],
    ['hotlines', hotlines],
    ['donation-lists', donationLists],
    ['panel-question-sets', panelQuestionSets],
    ['guides', guides],
    ['screening-kits', screeningKits],
    ['outreach-materials', outreachMaterials],
    ['actions', actions],
    ['posts', posts],
    ['events', events],
  ]
  const deferred: [CollectionSlug, Doc][] = []
  for (const [collection, docs] of steps) {
    const collectionIds = new Map<string, number | string>()
    ids.set(collection, collectionIds)
    for (const doc of docs) {
      const slug = String(doc.slug)
      const existing = await findIdBy(api, collection, 'slug', slug)
      if (existing !== undefined) {
        collectionIds.set(slug, existing)
        continue
      }
      // Related guides may point at guides created later in this loop: link them afterwards.
      const { relatedGuides, ...rest } = doc
      const label = `${collection} "${slug}"`
      collectionIds.set(
        slug,
        await upsertLocalized(api, collection, resolveRelations(collection, rest, ids, label), {}),
      )
      if (relatedGuides) deferred.push([collection, doc])
      created += 1
    }
  }
  for (const [collection, doc] of deferred) {
    const label = `${collection} "${String(doc.slug)}"`
    const resolved = resolveRelations(collection, { relatedGuides: doc.relatedGuides }, ids, label)
    await api.update({
      collection,
      id: lookup(ids, collection, doc.slug, label),
      data: { relatedGuides: resolved.relatedGuides, _status: 'published' },
      overrideAccess: true,
      depth: 0,
    })
  }

  for (const user of demoUsers) {
    if ((await findIdBy(api, 'users', 'email', user.email)) !== undefined) continue
    const organization = user.organization
      ? lookup(ids, 'organizations', user.organization, user.email)
      : null
    await api.create({ collection: 'users', data: { ...user, organization }, overrideAccess: true })
    created += 1
  }

  // Each language's choice is filled only where an editor has made none.
  const settings = await payload.findGlobal({ slug: 'site-settings', locale: 'all', depth: 0 })
  const chosen = (settings.hotline ?? {}) as Partial<Record<Locale, unknown>>
  for (const [locale, slug] of Object.entries(hotlineByLocale) as [Locale, string][]) {
    if (chosen[locale] != null) continue
    const hotline = lookup(ids, 'hotlines', slug, `site settings (${locale})`)
    await payload.updateGlobal({ slug: 'site-settings', locale, data: { hotline: hotline as number } })
  }
  if (settings.logo == null) {
    // Payload's updateGlobal does not hand overrideAccess to field validation, which would then list
    // only public media for the logo: the demo admin sets it, as an admin does in the admin.
    const { docs: admins } = await payload.find({
      collection: 'users',
      where: { role: { equals: 'admin' } },
      limit: 1,
      depth: 0,
      overrideAccess: true,
    })
    await payload.updateGlobal({
      slug: 'site-settings',
      data: { logo: lookup(ids, 'media', hubLogo.key, 'site settings (logo)') as number },
      user: admins[0],
      overrideAccess: false,
    })
  }

  created += await seedWorkflow(payload, (collection, slug) =>
    lookup(ids, collection, slug, 'the demo workflow'),
  )

  log(
    created === 0
      ? 'Demo content already present; nothing to add.'
      : `Demo content: ${created} documents created.`,
  )
  return { created }
}
