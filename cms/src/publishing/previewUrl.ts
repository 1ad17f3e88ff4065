import type { CollectionAdminOptions } from 'payload'

/**
 * Where the admin's Preview button goes: the public site's preview of this
 * draft in the locale being edited, rendered by the site's own components.
 */
export function previewUrl(collection: string): NonNullable<CollectionAdminOptions['preview']> {
  return (doc, { locale }) => `${siteUrl()}/preview/${collection}/${String(doc.id)}/${locale}/`
}

/** Where the public site is (HUB_SITE_URL), without a trailing slash. */
export function siteUrl(): string {
  return (process.env.HUB_SITE_URL ?? 'http://localhost:4321').replace(/\/+$/, '')
}
