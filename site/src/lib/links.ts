import { pagePath, type InternalLinkTarget, type Locale } from '@hub/content-schemas'

import type { Hub } from './hubData'

type LinkFields = { linkType?: string; url?: string; doc?: InternalLinkTarget | null }

/**
 * The public path of an internal link's target in the reader's language, or
 * undefined when the target is not in the snapshot (a draft, unpublished or
 * deleted document): such a link is shown as plain text, never as a dead link.
 */
export function internalLinkPath(hub: Hub, locale: Locale, target: InternalLinkTarget): string | undefined {
  const docs: { id: number | string; slug: string }[] = hub[target.relationTo]
  const doc = hub.byId(docs, target.value)
  return doc && pagePath(target.relationTo, doc.slug, locale)
}

/** Where a rich-text link node goes: its target's page for an internal link, else its address. */
export function linkHref(fields: unknown, hub: Hub, locale: Locale): string | undefined {
  const link = (fields ?? {}) as LinkFields
  if (link.linkType === 'internal') return link.doc ? internalLinkPath(hub, locale, link.doc) : undefined
  return link.url || undefined
}

/** Every internal link target inside a document's rich text, in document order. */
export function internalLinkTargets(value: unknown): InternalLinkTarget[] {
  if (Array.isArray(value)) return value.flatMap(internalLinkTargets)
  if (!value || typeof value !== 'object') return []
  const node = value as { type?: unknown; fields?: LinkFields }
  const own =
    (node.type === 'link' || node.type === 'autolink') &&
    node.fields?.linkType === 'internal' &&
    node.fields.doc
      ? [node.fields.doc]
      : []
  return [...own, ...Object.values(value).flatMap(internalLinkTargets)]
}
