/**
 * How long browsers and CDNs may keep a file, by where it sits in a release:
 * the nginx configuration and a bucket upload send the same.
 */
export const cachePolicy = {
  /** Astro names these by their content: a new build gives new names. */
  hashedAssets: 'public, max-age=31536000, immutable',
  media: 'public, max-age=86400',
  /** Pages and everything else keep their names across builds, so a publish shows within minutes. */
  pages: 'public, max-age=300',
} as const

/** The policy for a file at `key`, a path relative to the release's client/ folder. */
export function cacheControlFor(key: string): string {
  if (key.startsWith('_astro/')) return cachePolicy.hashedAssets
  if (key.startsWith('media/')) return cachePolicy.media
  return cachePolicy.pages
}
