/**
 * A JSON.stringify replacer that writes every rich-text value (Lexical's
 * `{ root: { type: 'root', ... } }`) with its object keys sorted. PostgreSQL
 * keeps rich text as jsonb, which stores keys in its own order, while SQLite
 * and MongoDB keep the order they were given; sorted, the snapshot of the same
 * content is the same bytes whatever database it was read from.
 */
export function canonicalRichText(_key: string, value: unknown): unknown {
  const root = (value as { root?: { type?: unknown } } | null)?.root
  return root && typeof root === 'object' && root.type === 'root' ? sortKeys(value) : value
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys)
  if (!value || typeof value !== 'object') return value
  return Object.fromEntries(
    Object.keys(value)
      .sort()
      .map((key) => [key, sortKeys((value as Record<string, unknown>)[key])]),
  )
}
