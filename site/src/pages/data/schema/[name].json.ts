import type { APIRoute } from 'astro'

import { openDataSchema, openDataSchemaNames, type OpenDataSchemaName } from '@hub/content-schemas'

/**
 * The JSON Schema of each kind of file under /data/, generated from the content contract: the
 * route's code alone decides it, which Astro's dependency hash of the route already covers.
 */
export function getStaticPaths() {
  return openDataSchemaNames.map((name) => ({ params: { name }, cacheKey: name }))
}

export const GET: APIRoute = ({ params }) => Response.json(openDataSchema(params.name as OpenDataSchemaName))
