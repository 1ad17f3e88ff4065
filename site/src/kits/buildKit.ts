import { Buffer } from 'node:buffer'
import { performance } from 'node:perf_hooks'

import type { Locale, ScreeningKit } from '@hub/content-schemas'
import yazl from 'yazl'

import type { Hub } from '../lib/hubData'
import { pick } from '../lib/localize'
import { donationDrivePdf } from './documents/donationDrive'
import { facilitatorGuidePdf } from './documents/facilitatorGuide'
import { panelQuestionsPdf } from './documents/panelQuestions'
import { posterPdf } from './documents/poster'
import { readmeText } from './documents/readme'
import { kitParts } from './kitParts'
import { printImage, richTextImages } from './printImage'

export type KitBuildOptions = {
  /** Where the snapshot's media files are. */
  mediaDir: string
  /** The public address of the kit's page, printed in README.txt. */
  pageUrl: string
}

export type KitArchive = {
  slug: string
  locale: Locale
  zip: Buffer
  /** Paths inside the ZIP and their sizes in bytes. */
  files: { name: string; bytes: number }[]
  omissions: string[]
  milliseconds: number
}

/**
 * One kit in one language: its PDFs and README.txt in a ZIP whose entries sit
 * in a folder named after the kit, so unzipping never scatters files. Entry
 * dates come from the kit, so an unchanged kit rebuilds byte for byte.
 */
export async function buildKit(
  kit: ScreeningKit,
  locale: Locale,
  hub: Hub,
  options: KitBuildOptions,
): Promise<KitArchive> {
  const started = performance.now()
  const parts = kitParts(kit, locale, hub, options.pageUrl)
  const image = parts.poster ? (await printImage(options.mediaDir, parts.poster)).jpeg : undefined
  const images = await richTextImages(pick(kit.facilitatorGuide, locale).value, hub, options.mediaDir)
  const documents: [string, Buffer][] = [
    ['facilitator-guide.pdf', await facilitatorGuidePdf(parts, hub, images)],
  ]
  if (parts.questions)
    documents.push(['panel-questions.pdf', await panelQuestionsPdf(parts, parts.questions)])
  documents.push(['poster.pdf', await posterPdf(parts, image)])
  if (parts.donations)
    documents.push(['donation-drive.pdf', await donationDrivePdf(parts, parts.donations, hub)])
  documents.push([
    'README.txt',
    readmeText(
      parts,
      documents.map(([name]) => name),
    ),
  ])

  const folder = `${kit.slug}-${locale}`
  const mtime = new Date(kit.updatedAt)
  const zip = new yazl.ZipFile()
  for (const [name, bytes] of documents) {
    // PDF streams are compressed already; deflating them again only costs time.
    zip.addBuffer(bytes, `${folder}/${name}`, { mtime, compress: name.endsWith('.txt') })
  }
  zip.end()
  const chunks: Buffer[] = []
  for await (const chunk of zip.outputStream) chunks.push(chunk as Buffer)
  return {
    slug: kit.slug,
    locale,
    zip: Buffer.concat(chunks),
    files: documents.map(([name, bytes]) => ({ name: `${folder}/${name}`, bytes: bytes.length })),
    omissions: parts.omissions,
    milliseconds: performance.now() - started,
  }
}
