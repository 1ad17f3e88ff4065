import path from 'node:path'

import type { FileTypeResult } from 'file-type'

/** Extensions under which a browser or static host serves each accepted type as that type. */
const extensionsByType: Record<string, string[]> = {
  'image/jpeg': ['jpg', 'jpeg'],
  'image/png': ['png'],
  'image/webp': ['webp'],
  'image/avif': ['avif'],
  'application/pdf': ['pdf'],
}

/**
 * The file name with an extension that matches its content: "poly.html"
 * holding a PDF becomes "poly.pdf", "scan" becomes "scan.pdf", "photo.JPG"
 * stays as it is. Servers pick the Content-Type from the extension, so the
 * name must never claim a type the bytes are not.
 */
export function nameForType(filename: string, detected: FileTypeResult): string {
  const extension = path.extname(filename)
  const allowed = extensionsByType[detected.mime] ?? [detected.ext]
  if (allowed.includes(extension.slice(1).toLowerCase())) return filename
  const stem = extension ? filename.slice(0, -extension.length) : filename
  return `${stem || 'upload'}.${detected.ext}`
}
