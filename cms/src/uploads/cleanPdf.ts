import { inflateSync } from 'node:zlib'

import {
  PDFArray,
  PDFDict,
  PDFDocument,
  PDFName,
  PDFRawStream,
  PDFRef,
  PDFStream,
  type PDFContext,
  type PDFObject,
} from 'pdf-lib'

import { jpegWithoutMetadata } from './jpegWithoutMetadata'

/** A PDF the hub cannot make safe to publish; the message says why, for the uploader. */
export class UncleanablePdfError extends Error {
  override name = 'UncleanablePdfError'
}

const name = (value: string) => PDFName.of(value)

/**
 * Keys that hold metadata, scripts, automatic actions or attached files,
 * wherever they appear: the catalog's OpenAction, the name tree's JavaScript
 * and EmbeddedFiles, a form's XFA (an XML form that can script), a
 * portfolio's Collection, PDF 2.0's associated files.
 */
const removedKeys = [
  'Metadata',
  'PieceInfo',
  'AA',
  'JS',
  'OpenAction',
  'JavaScript',
  'EmbeddedFiles',
  'XFA',
  'Collection',
  'AF',
].map(name)
/** Link actions a reader clicks, which leave the document or move within it and run nothing. */
const navigationActions = new Set(['/URI', '/GoTo'])
/** Annotations that carry files or play media. */
const removedAnnotations = new Set(['/FileAttachment', '/Sound', '/Movie', '/Screen', '/RichMedia'])

/**
 * The PDF rewritten without what could identify the person who made it or act
 * on the reader's machine: the Info dictionary (author, producer, dates), XMP
 * metadata, JavaScript, automatic and non-navigation actions, attachments,
 * and EXIF/XMP/IPTC inside embedded JPEG images. Objects left unreferenced
 * (earlier revisions, removed attachments) are not written. Throws
 * UncleanablePdfError when the file cannot be read or cleaned.
 */
export async function cleanPdf(bytes: Uint8Array): Promise<Buffer> {
  let document: PDFDocument
  try {
    document = await PDFDocument.load(bytes, { updateMetadata: false, ignoreEncryption: true })
  } catch (error) {
    throw new UncleanablePdfError(`it could not be read as a PDF (${(error as Error).message})`)
  }
  if (document.isEncrypted) throw new UncleanablePdfError('it is encrypted or password-protected')
  const { context } = document
  for (const [ref, object] of context.enumerateIndirectObjects()) {
    const cleaned = cleanObject(object)
    if (cleaned !== object) context.assign(ref, cleaned)
  }
  context.trailerInfo.Info = undefined
  dropUnreachable(context)
  return Buffer.from(await document.save({ useObjectStreams: true }))
}

function cleanObject(object: PDFObject): PDFObject {
  if (object instanceof PDFStream) {
    cleanDict(object.dict)
    return object instanceof PDFRawStream ? cleanImage(object) : object
  }
  if (object instanceof PDFDict) cleanDict(object)
  else if (object instanceof PDFArray) for (const item of object.asArray()) cleanObject(item)
  return object
}

function cleanDict(dict: PDFDict) {
  for (const key of removedKeys) dict.delete(key)
  // A link's single URI or GoTo action stays; its chained `Next` actions and every other action go.
  const action = dict.lookup(name('A'))
  if (action instanceof PDFDict && navigationActions.has(action.get(name('S'))?.toString() ?? ''))
    action.delete(name('Next'))
  else dict.delete(name('A'))
  const annotations = dict.lookup(name('Annots'))
  if (annotations instanceof PDFArray) {
    for (let index = annotations.size() - 1; index >= 0; index -= 1) {
      const annotation = annotations.lookup(index)
      const subtype = annotation instanceof PDFDict ? annotation.get(name('Subtype'))?.toString() : undefined
      if (subtype && removedAnnotations.has(subtype)) annotations.remove(index)
    }
  }
  for (const [, value] of dict.entries()) if (!(value instanceof PDFRef)) cleanObject(value)
}

/** JPEG image streams lose their metadata segments; JPEG 2000 boxes cannot be cleaned, so such a PDF is refused. */
function cleanImage(stream: PDFRawStream): PDFObject {
  const filters = filterNames(stream.dict)
  if (filters.includes('/JPXDecode')) {
    throw new UncleanablePdfError(
      'it holds JPEG 2000 images, whose metadata the hub cannot remove; export the PDF again with JPEG images',
    )
  }
  if (filters.at(-1) !== '/DCTDecode') return stream
  if (!filters.slice(0, -1).every((filter) => filter === '/FlateDecode')) {
    throw new UncleanablePdfError(
      'it holds an image compressed in a way the hub cannot clean; export the PDF again',
    )
  }
  let jpeg: Uint8Array = stream.contents
  for (let index = 0; index < filters.length - 1; index += 1) jpeg = inflateSync(jpeg)
  const cleaned = jpegWithoutMetadata(jpeg)
  if (!cleaned) throw new UncleanablePdfError('it holds a damaged JPEG image; export the PDF again')
  if (filters.length > 1) {
    // The Flate layers are undone: only the JPEG's own filter, and its parameters, stay.
    const parameters = stream.dict.get(name('DecodeParms'))
    const jpegParameters = parameters instanceof PDFArray ? parameters.get(parameters.size() - 1) : undefined
    stream.dict.set(name('Filter'), name('DCTDecode'))
    if (jpegParameters instanceof PDFDict) stream.dict.set(name('DecodeParms'), jpegParameters)
    else stream.dict.delete(name('DecodeParms'))
  }
  return PDFRawStream.of(stream.dict, cleaned)
}

function filterNames(dict: PDFDict): string[] {
  const filter = dict.get(name('Filter'))
  if (filter instanceof PDFArray) return filter.asArray().map((item) => item.toString())
  return filter ? [filter.toString()] : []
}

/** Deletes every object the trailer's Root does not lead to. */
function dropUnreachable(context: PDFContext) {
  const reached = new Set<string>()
  const queue: (PDFObject | undefined)[] = [context.trailerInfo.Root]
  while (queue.length > 0) {
    const object = queue.pop()
    if (object instanceof PDFRef) {
      if (reached.has(object.tag)) continue
      reached.add(object.tag)
      const target = context.lookup(object)
      if (target) queue.push(target)
    } else if (object instanceof PDFStream) {
      queue.push(object.dict)
    } else if (object instanceof PDFDict) {
      for (const [, value] of object.entries()) queue.push(value)
    } else if (object instanceof PDFArray) {
      queue.push(...object.asArray())
    }
  }
  for (const [ref] of context.enumerateIndirectObjects()) if (!reached.has(ref.tag)) context.delete(ref)
}
