import type { Field } from 'payload'

type Data = Record<string, unknown>

const isData = (value: unknown): value is Data =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** Array rows are matched to their stored rows by id, so a row keeps its other translations. */
function mergeRows(fields: Field[], storedRows: unknown, rows: unknown[], locale: string): unknown[] {
  const byId = new Map(
    (Array.isArray(storedRows) ? storedRows : []).filter(isData).map((row) => [String(row.id), row]),
  )
  return rows.map((row) => {
    if (!isData(row)) return row
    const stored = row.id === undefined ? undefined : byId.get(String(row.id))
    return wouldBeDocument(fields, stored ?? {}, row, locale)
  })
}

/**
 * The document a save would write, in every locale: the stored document
 * (`locale: 'all'`) with the request's data laid over it, the data's values
 * going to the request's locale. This is what the content contract checks
 * before anything is written.
 */
export function wouldBeDocument(fields: Field[], stored: Data, data: Data, locale: string): Data {
  const merged: Data = { ...stored }
  for (const field of fields) {
    // Rows, collapsibles and unnamed tabs store their fields beside the others: they lay over what is merged so far.
    if (field.type === 'row' || field.type === 'collapsible') {
      Object.assign(merged, wouldBeDocument(field.fields, merged, data, locale))
      continue
    }
    if (field.type === 'tabs') {
      for (const tab of field.tabs) {
        if ('name' in tab && tab.name) {
          if (isData(data[tab.name])) {
            merged[tab.name] = wouldBeDocument(
              tab.fields,
              isData(stored[tab.name]) ? (stored[tab.name] as Data) : {},
              data[tab.name] as Data,
              locale,
            )
          }
        } else {
          Object.assign(merged, wouldBeDocument(tab.fields, merged, data, locale))
        }
      }
      continue
    }
    if (!('name' in field) || !(field.name in data)) continue
    const { name } = field
    const value = data[name]
    if ('localized' in field && field.localized && locale !== 'all') {
      merged[name] = { ...(isData(stored[name]) ? stored[name] : {}), [locale]: value }
    } else if (field.type === 'group' && isData(value)) {
      merged[name] = wouldBeDocument(field.fields, isData(stored[name]) ? stored[name] : {}, value, locale)
    } else if (field.type === 'array' && Array.isArray(value)) {
      merged[name] = mergeRows(field.fields, stored[name], value, locale)
    } else {
      merged[name] = value
    }
  }
  return merged
}
