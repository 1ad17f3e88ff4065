import type { ImageMetadata } from 'astro'

/** The snapshot's original images, as astro:assets sources (sizes made by the CMS are not needed here). */
const images = import.meta.glob<ImageMetadata>(
  ['@snapshot/media-files/*.{png,jpg,jpeg,webp,avif}', '!@snapshot/media-files/*-[0-9]*x[0-9]*.*'],
  {
    eager: true,
    import: 'default',
  },
)

export function snapshotImage(filename: string): ImageMetadata | undefined {
  const entry = Object.entries(images).find(([file]) => file.endsWith(`/media-files/${filename}`))
  return entry?.[1]
}
