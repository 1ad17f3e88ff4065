import type { Access } from 'payload'

/**
 * Anonymous readers (the public REST and GraphQL APIs) see published documents
 * only. Signed-in staff see drafts too, which the admin needs.
 */
export const publishedOrSignedIn: Access = ({ req }) =>
  req.user ? true : { _status: { equals: 'published' } }
