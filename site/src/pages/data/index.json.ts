import type { APIRoute } from 'astro'

import { openDataCatalogue } from '../../lib/openData'

export const GET: APIRoute = async () => Response.json(await openDataCatalogue())
