import type { Locale } from '@hub/content-schemas'

/** A download's size in the reader's language ("12 kB", "1,2 Mo"): many readers pay for every megabyte. */
export function fileSize(bytes: number, locale: Locale): string {
  const megabytes = bytes >= 1024 * 1024
  return new Intl.NumberFormat(locale, {
    style: 'unit',
    unit: megabytes ? 'megabyte' : 'kilobyte',
    maximumFractionDigits: 1,
  }).format(bytes / (megabytes ? 1024 * 1024 : 1024))
}

const formats: Record<string, string> = {
  'application/pdf': 'PDF',
  'image/jpeg': 'JPEG',
  'image/png': 'PNG',
  'image/webp': 'WebP',
  'image/avif': 'AVIF',
}

/** The file format's common name, the same in every language. */
export function fileFormat(mimeType: string): string {
  return formats[mimeType] ?? mimeType
}
