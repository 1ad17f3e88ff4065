/* Payload's generated GraphQL route, with request bodies bounded (utilities/boundedBody). */
import config from '@payload-config'
import { GRAPHQL_POST, REST_OPTIONS } from '@payloadcms/next/routes'

import { boundedBody } from '../../../../utilities/boundedBody'

export const POST = boundedBody(GRAPHQL_POST(config))

export const OPTIONS = REST_OPTIONS(config)
