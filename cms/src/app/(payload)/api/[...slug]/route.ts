/* Payload's generated REST routes, with request bodies bounded (utilities/boundedBody). */
import config from '@payload-config'
import '@payloadcms/next/css'
import { REST_DELETE, REST_GET, REST_OPTIONS, REST_PATCH, REST_POST, REST_PUT } from '@payloadcms/next/routes'

import { boundedBody } from '../../../../utilities/boundedBody'

export const GET = REST_GET(config)
export const POST = boundedBody(REST_POST(config))
export const DELETE = boundedBody(REST_DELETE(config))
export const PATCH = boundedBody(REST_PATCH(config))
export const PUT = boundedBody(REST_PUT(config))
export const OPTIONS = REST_OPTIONS(config)
