import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import path from 'node:path'

import { collectionSlugs, type CollectionSlug, type Event, type ListedCollection } from '@hub/content-schemas'

import { buildNow } from './buildNow'
import { eventEnd } from './events'
import type { Hub } from './hubData'

/**
 * The relation fields of the contract (`ref` in content-schemas) and the type
 * each points at. Rich-text links and uploads name their type themselves
 * (`{ relationTo, value }`). A field missing here would leave a page stale
 * after the document it points at changes: pageKeys.test.ts checks every
 * `ref` field of the contract is listed.
 */
export const relationTargets = {
  organization: 'organizations',
  hosts: 'organizations',
  coAuthors: 'organizations',
  topics: 'topics',
  focusAreas: 'topics',
  regions: 'regions',
  guide: 'guides',
  relatedGuides: 'guides',
  screeningKit: 'screening-kits',
  relatedKits: 'screening-kits',
  relatedActions: 'actions',
  recap: 'posts',
  panelQuestionSet: 'panel-question-sets',
  donationList: 'donation-lists',
  hotline: 'hotlines',
  downloads: 'media',
  logo: 'media',
  poster: 'media',
  file: 'media',
  image: 'media',
} as const satisfies Record<string, CollectionSlug>

type Node = string

const nodeOf = (collection: string, id: unknown): Node => `${collection}:${String(id)}`

const sha256 = (...parts: (string | Buffer)[]) => {
  const hash = createHash('sha256')
  for (const part of parts) hash.update(part).update('\0')
  return hash.digest('hex')
}

/** Ids held by a relation field: one id, a list, or one per locale (the settings' hotline). */
function idsIn(value: unknown): unknown[] {
  if (value == null) return []
  if (Array.isArray(value)) return value.flatMap(idsIn)
  if (typeof value === 'object') return Object.values(value).flatMap(idsIn)
  return [value]
}

/** Every document `value` points at, through relation fields and rich-text links and uploads. */
function referencesIn(value: unknown, found: Set<Node>): Set<Node> {
  if (Array.isArray(value)) {
    for (const item of value) referencesIn(item, found)
  } else if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>
    if (typeof record.relationTo === 'string' && record.value != null) {
      const target = record.value
      const id = typeof target === 'object' ? (target as { id?: unknown }).id : target
      found.add(nodeOf(record.relationTo, id))
    }
    for (const [key, field] of Object.entries(record)) {
      const target = relationTargets[key as keyof typeof relationTargets]
      if (target && (typeof field !== 'object' || field === null || !('relationTo' in field)))
        for (const id of idsIn(field)) found.add(nodeOf(target, id))
      referencesIn(field, found)
    }
  }
  return found
}

type Graph = ReturnType<typeof buildGraph>

const graphs = new WeakMap<Hub, { mediaDir: string; graph: Graph }>()

/**
 * The dependency graph of `hub`, built once for the page keys, the listing keys and the frame key
 * alike: walking every document's fields took 0.1 s a time at 2,000 documents.
 */
function dependencyGraph(hub: Hub, mediaDir: string): Graph {
  const built = graphs.get(hub)
  if (built?.mediaDir === mediaDir) return built.graph
  const graph = buildGraph(hub, mediaDir)
  graphs.set(hub, { mediaDir, graph })
  return graph
}

/**
 * The dependency graph of the snapshot: what each document points at and is
 * pointed at by, the digest of each document (a medium's with its bytes), and
 * the digest of the frame every page shares (site settings and their logo,
 * hotlines and regions, for the header and the hotline bar).
 */
function buildGraph(hub: Hub, mediaDir: string) {
  const docs = new Map<Node, unknown>()
  for (const collection of collectionSlugs)
    for (const doc of hub[collection] as { id: unknown }[]) docs.set(nodeOf(collection, doc.id), doc)

  const outgoing = new Map<Node, Set<Node>>()
  const incoming = new Map<Node, Set<Node>>()
  for (const [node, doc] of docs) {
    const targets = referencesIn(doc, new Set())
    targets.delete(node)
    outgoing.set(node, targets)
    for (const target of targets) {
      if (!incoming.has(target)) incoming.set(target, new Set())
      incoming.get(target)!.add(node)
    }
  }

  const digests = new Map<Node, string>()
  const digestOf = (node: Node): string => {
    let digest = digests.get(node)
    if (digest === undefined) {
      const doc = docs.get(node)
      if (doc === undefined) digest = 'missing'
      else if (node.startsWith('media:')) {
        // A medium replaced under the same name changes pages, kits and resized images: its bytes count.
        const file = path.join(mediaDir, (doc as { filename: string }).filename)
        let bytes: Buffer | string
        try {
          bytes = readFileSync(file)
        } catch {
          bytes = 'no file'
        }
        digest = sha256(JSON.stringify(doc), sha256(bytes))
      } else digest = sha256(JSON.stringify(doc))
      digests.set(node, digest)
    }
    return digest
  }

  const { manifest: _manifest, ...settings } = hub.settings
  const frame = sha256(
    JSON.stringify(settings),
    digestOf(nodeOf('media', settings.logo)),
    JSON.stringify(hub.hotlines),
    JSON.stringify(hub.regions),
  )
  /** `nodes`, what they point at, and what those point at (a card's organization and its logo). */
  const twoHops = (nodes: Node[]) => {
    const depends = new Set(nodes)
    for (const node of nodes)
      for (const near of outgoing.get(node) ?? []) {
        depends.add(near)
        for (const far of outgoing.get(near) ?? []) depends.add(far)
      }
    return depends
  }
  const digestsOf = (nodes: Set<Node>) => [...nodes].sort().map((node) => `${node}=${digestOf(node)}`)
  return { outgoing, incoming, frame, twoHops, digestsOf }
}

/**
 * The cache key of every document's pages: a page changes only when its
 * document, a document it points at or that points at it (an organization's or
 * a topic's page lists those), a document those point at (a kit's materials'
 * files), a medium's bytes, or the frame every page shares changes. Astro
 * re-renders a page whose key changed and restores the rest from the previous
 * build.
 */
export function createPageKeys(hub: Hub, mediaDir: string, now = buildNow()) {
  const { outgoing, incoming, frame, digestsOf } = dependencyGraph(hub, mediaDir)

  /** The key of the pages of one document (its page in every locale, its print view, kit files and calendar). */
  return function pageKey(collection: CollectionSlug, doc: { id: unknown }): string {
    const node = nodeOf(collection, doc.id)
    const near = new Set([...(outgoing.get(node) ?? []), ...(incoming.get(node) ?? [])])
    const depends = new Set([node, ...near])
    for (const neighbour of near) for (const far of outgoing.get(neighbour) ?? []) depends.add(far)
    const parts = digestsOf(depends)
    // An event's page shows its recap once the event is over.
    if (collection === 'events') parts.push(`ended=${eventEnd(doc as Event) <= now}`)
    return sha256(frame, ...parts)
  }
}

/**
 * The cache key of the pages listing every document of one type (its listing
 * in each locale, the organization directory by country, the events calendar):
 * which documents there are, their fields, what each points at and what that
 * points at (a card's organization and its logo), the frame, and for events
 * which are over. A change to a document of another type that none of them
 * points at leaves the listing as it was.
 */
export function createListingKeys(hub: Hub, mediaDir: string, now = buildNow()) {
  const { frame, twoHops, digestsOf } = dependencyGraph(hub, mediaDir)

  return function listingKey(collection: ListedCollection): string {
    const listed = hub[collection] as { id: unknown }[]
    const parts = digestsOf(twoHops(listed.map((doc) => nodeOf(collection, doc.id))))
    // Events are listed as upcoming or past, and the calendar holds the upcoming ones.
    if (collection === 'events')
      for (const event of hub.events) parts.push(`${event.id}:ended=${eventEnd(event) <= now}`)
    return sha256(frame, collection, ...parts)
  }
}

/** The cache key of pages that show nothing of the hub but the frame every page shares (the about pages). */
export function createFrameKey(hub: Hub, mediaDir: string): string {
  return dependencyGraph(hub, mediaDir).frame
}

/** The cache key of a file copied into the site as it is (open data, media): its bytes. */
export async function fileKey(file: string): Promise<string> {
  return sha256(await readFile(file))
}

export type PageKey = ReturnType<typeof createPageKeys>
export type ListingKey = ReturnType<typeof createListingKeys>
