import { resourceCollections } from '@hub/content-schemas'

type PreviewCollection = (typeof resourceCollections)[number]

export type DraftResult =
  | { kind: 'found'; collection: PreviewCollection; doc: unknown }
  | { kind: 'refused' }
  | { kind: 'missing' }

/** The CMS the preview asks, read when a preview is requested (HUB_CMS_URL). */
function cmsUrl(): string {
  return process.env.HUB_CMS_URL ?? 'http://localhost:3000'
}

/**
 * The latest draft of a document, in every locale, as the CMS's REST API gives
 * it to the person asking: their CMS session goes along, and without a
 * signed-in user there is no preview (the API would only show published text).
 */
export async function fetchDraft(request: Request, collection: string, id: string): Promise<DraftResult> {
  if (!(resourceCollections as readonly string[]).includes(collection) || !/^[\w-]+$/.test(id))
    return { kind: 'missing' }
  const headers: Record<string, string> = {}
  for (const name of ['cookie', 'authorization']) {
    const value = request.headers.get(name)
    if (value) headers[name] = value
  }
  const me = await fetch(`${cmsUrl()}/api/users/me`, { headers })
  const user = me.ok ? ((await me.json()) as { user?: unknown }).user : undefined
  if (!user) return { kind: 'refused' }
  const response = await fetch(`${cmsUrl()}/api/${collection}/${id}?draft=true&locale=all&depth=0`, {
    headers,
  })
  if (response.status === 401 || response.status === 403) return { kind: 'refused' }
  if (!response.ok) return { kind: 'missing' }
  return { kind: 'found', collection: collection as PreviewCollection, doc: await response.json() }
}
