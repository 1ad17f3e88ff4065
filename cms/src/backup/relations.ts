import type { FlattenedBlock, FlattenedField, Payload } from 'payload'

export type Id = number | string

/**
 * Where a reference to `relationTo` `id` points in the restored database:
 * `{ id }` once its target is written, `'later'` while the target is still to
 * be written, `'missing'` when the backup does not hold it (a deleted document).
 */
export type Resolve = (relationTo: string, id: Id) => { id: Id } | 'later' | 'missing'

const isId = (value: unknown): value is Id => typeof value === 'number' || typeof value === 'string'

/**
 * A copy of `data` whose relationship and upload values point to the restored
 * documents. A reference to a target not yet written is left out and reported
 * in `deferred`, so the caller writes the document again once its targets
 * exist (foreign keys refuse a row that points nowhere); a reference to a
 * document the backup does not hold is dropped, as the SQL adapters do when a
 * target is deleted. In rich text and JSON, `{ relationTo, value }` pairs are
 * rewritten once their target exists and otherwise kept as they are.
 */
export function mapRelations(
  payload: Payload,
  fields: FlattenedField[],
  data: Record<string, unknown>,
  resolve: Resolve,
): { data: Record<string, unknown>; deferred: boolean } {
  let deferred = false
  const collectionSlugs = new Set<string>(payload.config.collections.map((collection) => collection.slug))
  const blocksBySlug = new Map(payload.config.blocks?.map((block) => [block.slug, block]) ?? [])

  const reference = (relationTo: string, id: Id): Id | undefined => {
    const target = resolve(relationTo, id)
    if (target === 'later') deferred = true
    return typeof target === 'object' ? target.id : undefined
  }

  const relationValue = (
    field: FlattenedField & { relationTo: string | string[] },
    value: unknown,
  ): unknown => {
    if (value == null) return value
    if (Array.isArray(value)) {
      return value.map((item) => relationValue(field, item)).filter((item) => item !== undefined)
    }
    if (typeof field.relationTo === 'string') {
      const id = isId(value) ? value : (value as { id?: unknown }).id
      return isId(id) ? reference(field.relationTo, id) : undefined
    }
    const { relationTo, value: target } = value as { relationTo?: unknown; value?: unknown }
    const id = isId(target) ? target : (target as { id?: unknown } | null)?.id
    if (typeof relationTo !== 'string' || !isId(id)) return undefined
    const mapped = reference(relationTo, id)
    return mapped === undefined ? undefined : { relationTo, value: mapped }
  }

  const embedded = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(embedded)
    if (!value || typeof value !== 'object') return value
    const copy = Object.fromEntries(Object.entries(value).map(([key, item]) => [key, embedded(item)]))
    if (typeof copy.relationTo === 'string' && collectionSlugs.has(copy.relationTo) && isId(copy.value)) {
      const target = resolve(copy.relationTo, copy.value)
      if (target === 'later') deferred = true
      if (typeof target === 'object') copy.value = target.id
    }
    return copy
  }

  const fieldValue = (field: FlattenedField, value: unknown, localized: boolean): unknown => {
    switch (field.type) {
      case 'relationship':
      case 'upload':
        return relationValue(field, value)
      case 'richText':
      case 'json':
        return embedded(value)
      case 'group':
      case 'tab':
        return value && typeof value === 'object' ? walk(field.flattenedFields, value, localized) : value
      case 'array':
        return Array.isArray(value) ? value.map((row) => walk(field.flattenedFields, row, localized)) : value
      case 'blocks':
        return Array.isArray(value)
          ? value.map((row: { blockType?: string }) => {
              const block = blockFor(field, row.blockType)
              return block ? walk(block.flattenedFields, row, localized) : row
            })
          : value
      default:
        return value
    }
  }

  const blockFor = (
    field: FlattenedField & { type: 'blocks' },
    slug: string | undefined,
  ): FlattenedBlock | undefined => {
    const inline = field.blocks.find((block) => block.slug === slug)
    if (inline) return inline
    const referenced = field.blockReferences?.find(
      (block) => (typeof block === 'string' ? block : block.slug) === slug,
    )
    return typeof referenced === 'string' ? blocksBySlug.get(referenced) : referenced
  }

  const walk = (fields: FlattenedField[], value: unknown, parentIsLocalized = false): unknown => {
    if (!value || typeof value !== 'object') return value
    const copy: Record<string, unknown> = { ...(value as Record<string, unknown>) }
    for (const field of fields) {
      if (!(field.name in copy)) continue
      const current = copy[field.name]
      const localized = parentIsLocalized || Boolean(field.localized)
      // With every locale read, a localized field holds one value per locale.
      copy[field.name] =
        field.localized &&
        !parentIsLocalized &&
        current &&
        typeof current === 'object' &&
        !Array.isArray(current)
          ? Object.fromEntries(
              Object.entries(current).map(([locale, item]) => [locale, fieldValue(field, item, localized)]),
            )
          : fieldValue(field, current, localized)
    }
    return copy
  }

  return { data: walk(fields, data) as Record<string, unknown>, deferred }
}
