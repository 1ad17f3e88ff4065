import { createHash } from 'node:crypto'
import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'

/**
 * The site's code a kit runs: its own layouts, the strings, the helpers that
 * localize and link, the snapshot readers, and the contract (option labels).
 */
const sourceDirs = ['src/kits', 'src/i18n', 'src/lib', 'src/loaders', 'node_modules/@hub/content-schemas/src']

/**
 * The packages whose output lands in a kit: the PDF writer, shaping and
 * right-to-left ordering, the fonts, image resizing and the ZIP writer.
 */
export const kitPackages = [
  'pdfkit',
  'fontkit',
  'bidi-js',
  'wawoff2',
  'sharp',
  'yazl',
  '@fontsource/noto-sans',
  '@fontsource/noto-sans-arabic',
  '@fontsource/noto-sans-thai',
  '@expo-google-fonts/noto-sans-arabic',
  '@expo-google-fonts/noto-sans-thai',
]

async function packageVersion(siteDir: string, name: string): Promise<string> {
  const file = path.join(siteDir, 'node_modules', name, 'package.json')
  try {
    return (JSON.parse(await readFile(file, 'utf8')) as { version: string }).version
  } catch {
    throw new Error(`Kits are made with ${name}, but ${file} cannot be read: run pnpm install.`)
  }
}

/** A hash of every piece of code and every package version a kit depends on, read from `siteDir`. */
export async function kitCodeVersion(siteDir: string): Promise<string> {
  const hash = createHash('sha256')
  for (const dir of sourceDirs) {
    const files = (await readdir(path.join(siteDir, dir), { recursive: true }))
      .filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts'))
      .sort()
    for (const file of files) {
      hash.update(`${dir}/${file}\u0000`).update(await readFile(path.join(siteDir, dir, file)))
    }
  }
  for (const name of kitPackages) hash.update(`${name}@${await packageVersion(siteDir, name)}\u0000`)
  return hash.digest('hex')
}
