import type { Block, Field, Payload, PayloadRequest } from 'payload'

import { collectionSlugs } from '@hub/content-schemas'

import { guideBlocks } from '../blocks'

/** One place a published document, or a global setting, uses a medium. */
export type MediaReference = {
  /** Who uses it, as an editor finds it: `guides "know-your-rights" (id 3)` or `global site-settings`. */
  owner: string
  /** The field, dot separated, e.g. `poster` or `body.es`. */
  field: string
  media: number | string
  /** The field shows the medium as a picture, so it must be an image. */
  imagesOnly: boolean
}

type Data = Record<string, unknown>

const blocksBySlug = new Map<string, Block>(guideBlocks.map((block) => [block.slug, block]))

const pointsAtMedia = (relationTo: string | string[]) =>
  relationTo === 'media' || (Array.isArray(relationTo) && relationTo.includes('media'))

/** Whether a field, or anything inside it, can hold a medium (rich text can, through upload nodes and blocks). */
function canHoldMedia(field: Field): boolean {
  switch (field.type) {
    case 'upload':
    case 'relationship':
      return pointsAtMedia(field.relationTo)
    case 'richText':
      return true
    case 'group':
    case 'array':
    case 'row':
    case 'collapsible':
      return field.fields.some(canHoldMedia)
    case 'blocks':
      return field.blocks.some((block) => block.fields.some(canHoldMedia))
    case 'tabs':
      return field.tabs.some((tab) => tab.fields.some(canHoldMedia))
    default:
      return false
  }
}

/** The top-level data keys under which a collection's documents can hold media. */
function mediaKeys(fields: Field[]): string[] {
  return fields.flatMap((field): string[] => {
    if (!canHoldMedia(field)) return []
    if ((field.type === 'row' || field.type === 'collapsible') && 'fields' in field)
      return mediaKeys(field.fields)
    if (field.type === 'tabs')
      return field.tabs.flatMap((tab) => ('name' in tab && tab.name ? [tab.name] : mediaKeys(tab.fields)))
    return 'name' in field && field.name ? [field.name] : 'fields' in field ? mediaKeys(field.fields) : []
  })
}

/** An id from a stored relationship value: an id, a populated document, or a polymorphic `{ relationTo, value }`. */
function mediaId(value: unknown, relationTo: string | string[]): number | string | undefined {
  if (typeof value === 'number' || typeof value === 'string')
    return typeof relationTo === 'string' ? value : undefined
  if (!value || typeof value !== 'object') return undefined
  const object = value as Data
  if ('relationTo' in object)
    return object.relationTo === 'media' ? mediaId(object.value, 'media') : undefined
  return typeof object.id === 'number' || typeof object.id === 'string' ? object.id : undefined
}

type Found = { field: string; media: number | string; imagesOnly: boolean }

/** Every medium a document's data uses, following the field configuration (data read with locale "all"). */
function findMedia(fields: Field[], data: Data | undefined, prefix: string, found: Found[]): void {
  if (!data) return
  for (const field of fields) {
    if (!canHoldMedia(field)) continue
    if (field.type === 'row' || field.type === 'collapsible') {
      findMedia(field.fields, data, prefix, found)
      continue
    }
    if (field.type === 'tabs') {
      for (const tab of field.tabs) {
        if ('name' in tab && tab.name)
          findMedia(tab.fields, data[tab.name] as Data, `${prefix}${tab.name}.`, found)
        else findMedia(tab.fields, data, prefix, found)
      }
      continue
    }
    if (!('name' in field) || !field.name) {
      if ('fields' in field) findMedia(field.fields, data, prefix, found)
      continue
    }
    const path = `${prefix}${field.name}`
    const value = data[field.name]
    // Read with locale "all", a localized field is an object keyed by locale.
    const perLocale: [string, unknown][] =
      'localized' in field && field.localized && value && typeof value === 'object' && !Array.isArray(value)
        ? Object.entries(value).map(([locale, localeValue]) => [`${path}.${locale}`, localeValue])
        : [[path, value]]
    for (const [at, localeValue] of perLocale) findInValue(field, localeValue, at, found)
  }
}

function findInValue(field: Field, value: unknown, at: string, found: Found[]): void {
  if (value === null || value === undefined) return
  switch (field.type) {
    case 'upload':
    case 'relationship': {
      const imagesOnly = (field.custom as { imagesOnly?: boolean } | undefined)?.imagesOnly === true
      for (const item of Array.isArray(value) ? value : [value]) {
        const media = mediaId(item, field.relationTo)
        if (media !== undefined) found.push({ field: at, media, imagesOnly })
      }
      return
    }
    case 'group':
      return findMedia(field.fields, value as Data, `${at}.`, found)
    case 'array':
      return (value as Data[]).forEach((row, index) => findMedia(field.fields, row, `${at}.${index}.`, found))
    case 'blocks':
      return (value as Data[]).forEach((row, index) => {
        const block = field.blocks.find((candidate) => candidate.slug === row.blockType)
        if (block) findMedia(block.fields, row, `${at}.${index}.`, found)
      })
    case 'richText':
      return findInRichText(value, at, found)
  }
}

/** Lexical upload nodes, and blocks placed in the text, wherever they are nested. */
function findInRichText(node: unknown, at: string, found: Found[]): void {
  if (!node || typeof node !== 'object') return
  if (Array.isArray(node)) return node.forEach((child) => findInRichText(child, at, found))
  const object = node as Data
  if (object.type === 'upload' && object.relationTo === 'media') {
    const media = mediaId(object.value, 'media')
    if (media !== undefined) found.push({ field: at, media, imagesOnly: true })
  }
  if (object.type === 'block' && object.fields && typeof object.fields === 'object') {
    const fields = object.fields as Data
    const block = blocksBySlug.get(String(fields.blockType))
    if (block) findMedia(block.fields, fields, `${at}.${String(fields.blockType)}.`, found)
  }
  findInRichText(object.root ?? object.children, at, found)
}

/**
 * Where published documents and globals use media: the published version of
 * every document (a pending draft does not count), read as the snapshot export
 * reads it. Media that nothing published uses are not public.
 */
export async function publishedMediaReferences(
  payload: Payload,
  req?: Partial<PayloadRequest>,
): Promise<MediaReference[]> {
  // The Local API sets the locale it reads in ("all") on the request it is given: the caller's
  // request (an update in one language whose validation asks which media are public) gets its own back.
  const { locale, fallbackLocale } = req ?? {}
  try {
    return await findReferences(payload, req)
  } finally {
    if (req) Object.assign(req, { locale, fallbackLocale })
  }
}

async function findReferences(payload: Payload, req?: Partial<PayloadRequest>): Promise<MediaReference[]> {
  const references: MediaReference[] = []
  for (const collection of collectionSlugs) {
    if (collection === 'media') continue
    const config = payload.collections[collection].config
    const keys = mediaKeys(config.fields)
    if (keys.length === 0) continue
    const hasSlug = config.fields.some((field) => 'name' in field && field.name === 'slug')
    const { docs } = await payload.find({
      collection,
      locale: 'all',
      depth: 0,
      draft: false,
      pagination: false,
      overrideAccess: true,
      select: Object.fromEntries([...keys, ...(hasSlug ? ['slug'] : [])].map((key) => [key, true])),
      ...(config.versions?.drafts ? { where: { _status: { equals: 'published' } } } : {}),
      ...(req ? { req } : {}),
    })
    for (const doc of docs as unknown as (Data & { id: number | string; slug?: string })[]) {
      const found: Found[] = []
      findMedia(config.fields, doc, '', found)
      const owner = `${collection} "${doc.slug ?? doc.id}" (id ${doc.id})`
      for (const reference of found) references.push({ owner, ...reference })
    }
  }
  // Globals (the site settings' logo) are public as soon as they are saved: they have no drafts.
  for (const global of payload.config.globals) {
    if (mediaKeys(global.fields).length === 0) continue
    const data = (await payload.findGlobal({
      slug: global.slug as never,
      locale: 'all',
      depth: 0,
      overrideAccess: true,
      ...(req ? { req } : {}),
    })) as unknown as Data
    const found: Found[] = []
    findMedia(global.fields, data, '', found)
    for (const reference of found) references.push({ owner: `global ${global.slug}`, ...reference })
  }
  return references
}

/** The ids of the media published documents use: the media anonymous readers may see. */
export async function publicMediaIds(payload: Payload, req?: Partial<PayloadRequest>) {
  return [...new Set((await publishedMediaReferences(payload, req)).map((reference) => reference.media))]
}
