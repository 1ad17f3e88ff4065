import type { Payload, SanitizedCollectionConfig } from 'payload'

/**
 * Collections of the config that a backup leaves out, and why. Every other
 * collection, including any added later, is backed up without edits here.
 */
export const notBackedUp: Record<string, string> = {
  // The restored database records its own migrations when the hub starts on it.
  'payload-migrations': 'the target database records its own migrations',
  // A lock belongs to an editing session, which does not survive the server it ran on.
  'payload-locked-documents': 'document locks belong to editing sessions that end with the server',
}

export function backedUpCollections(payload: Payload): SanitizedCollectionConfig[] {
  return payload.config.collections.filter((collection) => !(collection.slug in notBackedUp))
}

/** The files an upload document stands for: the original and every generated size. */
export function uploadFilenames(doc: Record<string, unknown>): string[] {
  const names = typeof doc.filename === 'string' ? [doc.filename] : []
  const sizes = doc.sizes && typeof doc.sizes === 'object' ? Object.values(doc.sizes) : []
  for (const size of sizes) {
    const filename = (size as { filename?: unknown } | null)?.filename
    if (typeof filename === 'string' && !names.includes(filename)) names.push(filename)
  }
  return names
}

export function uploadDir(collection: SanitizedCollectionConfig): string | undefined {
  const upload = collection.upload
  if (!upload) return undefined
  return typeof upload === 'object' && upload.staticDir ? upload.staticDir : collection.slug
}
