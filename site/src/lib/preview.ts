import { resourceCollections, type ResourceCollection } from '@hub/content-schemas'
import { readSettings } from '@hub/content-schemas/settings'

export type DraftResult =
  | { kind: 'found'; collection: ResourceCollection; doc: unknown }
  | { kind: 'refused' }
  | { kind: 'missing' }

/** The CMS the preview asks, read when a preview is requested (HUB_CMS_URL). */
export function cmsUrl(): string {
  return readSettings().HUB_CMS_URL
}

/**
 * The CMS credentials of the person asking, as an Authorization header. The
 * admin's login cookie (payload-token) is turned into `Authorization: JWT ...`:
 * Payload only accepts a cookie from a browser that says which site sent it
 * (its CSRF check), and this server is not that browser. A header is never
 * sent by a browser on its own, so reading it needs no CSRF check.
 */
function credentials(request: Request): Record<string, string> {
  const authorization = request.headers.get('authorization')
  if (authorization) return { authorization }
  const token = /(?:^|;\s*)payload-token=([^;]+)/.exec(request.headers.get('cookie') ?? '')?.[1]
  return token ? { authorization: `JWT ${decodeURIComponent(token)}` } : {}
}

/**
 * The latest draft of a document, in every locale, as the CMS's REST API gives
 * it to the person asking: their CMS session goes along, and without a
 * signed-in user there is no preview (the API would only show published text).
 */
export async function fetchDraft(request: Request, collection: string, id: string): Promise<DraftResult> {
  if (!(resourceCollections as readonly string[]).includes(collection) || !/^[\w-]+$/.test(id))
    return { kind: 'missing' }
  const headers = credentials(request)
  const me = await fetch(`${cmsUrl()}/api/users/me`, { headers })
  const user = me.ok ? ((await me.json()) as { user?: unknown }).user : undefined
  if (!user) return { kind: 'refused' }
  const response = await fetch(`${cmsUrl()}/api/${collection}/${id}?draft=true&locale=all&depth=0`, {
    headers,
  })
  if (response.status === 401 || response.status === 403) return { kind: 'refused' }
  if (!response.ok) return { kind: 'missing' }
  return { kind: 'found', collection: collection as ResourceCollection, doc: await response.json() }
}
