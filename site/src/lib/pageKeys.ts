import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import path from 'node:path'

import { collectionSlugs, type CollectionSlug, type Event } from '@hub/content-schemas'

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

/**
 * The cache key of every document's pages, from the dependency graph of the
 * snapshot: a page changes only when its document, a document it points at or
 * that points at it (an organization's or a topic's page lists those), a
 * document those point at (a kit's materials' files), a medium's bytes, or the
 * frame every page shares (site settings, hotlines and regions, for the
 * hotline bar) changes. Astro re-renders a page whose key changed and restores
 * the rest from the previous build.
 */
export function createPageKeys(hub: Hub, mediaDir: string, now = buildNow()) {
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
  const frame = sha256(JSON.stringify(settings), JSON.stringify(hub.hotlines), JSON.stringify(hub.regions))

  /** The key of the pages of one document (its page in every locale, its print view, kit files and calendar). */
  return function pageKey(collection: CollectionSlug, doc: { id: unknown }): string {
    const node = nodeOf(collection, doc.id)
    const near = new Set([...(outgoing.get(node) ?? []), ...(incoming.get(node) ?? [])])
    const depends = new Set([node, ...near])
    for (const neighbour of near) for (const far of outgoing.get(neighbour) ?? []) depends.add(far)
    const parts = [...depends].sort().map((dependency) => `${dependency}=${digestOf(dependency)}`)
    // An event's page shows its recap once the event is over.
    if (collection === 'events') parts.push(`ended=${eventEnd(doc as Event) <= now}`)
    return sha256(frame, ...parts)
  }
}

export type PageKey = ReturnType<typeof createPageKeys>
