/**
 * Fields the CMS keeps that the content contract does not carry, so the export
 * leaves them out of the snapshot on purpose. Keys are `collection.field`
 * (`*` for every collection); each says why the public site does without it.
 * Any other CMS field missing from the contract is an error, not a silent drop.
 */
export const cmsOnlyFields: Record<string, string> = {
  '*.coOwners': 'Who may edit and publish a resource besides its owner: access, not content.',
  'media.url': "The file's address in the CMS; the site serves its own copy from the snapshot.",
  'media.thumbnailURL': 'The admin list thumbnail.',
  'media.focalX': 'The crop point editors set for the admin; the site does not crop to it.',
  'media.focalY': 'The crop point editors set for the admin; the site does not crop to it.',
  'media.sizes': 'The resized copies Payload makes for the admin; the site resizes the original itself.',
}

/** Payload's own fields on every document, array row and block: identity and bookkeeping, never content. */
export const payloadSystemFields = ['id', 'createdAt', 'updatedAt', '_status', 'blockName']

/**
 * Upload fields Payload fills from the file itself; the contract states what
 * it expects of them (an image type, a size), so only their presence is checked.
 */
export const uploadFileFields = [
  'media.filename',
  'media.mimeType',
  'media.filesize',
  'media.width',
  'media.height',
]
