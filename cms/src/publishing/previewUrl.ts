import type { CollectionAdminOptions, LivePreviewConfig } from 'payload'

import { previewPath } from '@hub/content-schemas'
import { readSettings } from '@hub/content-schemas/settings'

/**
 * Where the admin's Preview button goes: the public site's preview of this
 * draft in the locale being edited, rendered by the site's own components.
 */
export function previewUrl(collection: string): NonNullable<CollectionAdminOptions['preview']> {
  return (doc, { locale }) => `${siteUrl()}${previewPath(collection, String(doc.id), locale)}`
}

/**
 * The admin's Live Preview: the same preview beside the form, reloaded by the
 * site after every save and autosave (the draft it reads is the saved one).
 */
export const livePreviewUrl: NonNullable<LivePreviewConfig['url']> = ({ data, collectionConfig, locale }) =>
  collectionConfig && data.id != null
    ? `${siteUrl()}${previewPath(collectionConfig.slug, String(data.id), locale.code)}`
    : undefined

/** Where the public site is (HUB_SITE_URL), without a trailing slash. */
export function siteUrl(): string {
  return readSettings().HUB_SITE_URL.replace(/\/+$/, '')
}
