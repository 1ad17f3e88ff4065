import { createHash } from 'node:crypto'

import { XMLBuilder, XMLParser, XMLValidator } from 'fast-xml-parser'

import { ctypeOf, type Code, type Inline } from './inlineCodes'
import type { Unit } from './units'

/**
 * XLIFF 1.2 files (OASIS, urn:oasis:names:tc:xliff:document:1.2): the version
 * OmegaT, Trados, memoQ, Weblate and Crowdin all read and write back intact.
 * One `<file>` per document, one `<trans-unit>` per text. Each unit carries
 * a hash of its English text in `extradata`, so an import can tell a
 * translation made from older English text.
 */
export const xliffNamespace = 'urn:oasis:names:tc:xliff:document:1.2'

export type XliffDocument = {
  /** "guides/12" */
  original: string
  title: string
  typeLabel: string
  updatedAt: string
  units: Unit[]
}

export type ParsedUnit = { id: string; hash?: string; target?: Inline[]; state?: string }
export type ParsedFile = { original: string; targetLanguage: string; units: ParsedUnit[] }

export class XliffError extends Error {}

type XmlNode = Record<string, unknown>

/** The hash of a unit's English text and of what its codes stand for. */
export function sourceHash(unit: Unit): string {
  const codes = [...unit.source.codes].map(([id, code]) => [id, code])
  return createHash('sha256')
    .update(JSON.stringify([unit.source.content, codes]))
    .digest('hex')
    .slice(0, 16)
}

const element = (name: string, children: XmlNode[], attributes: Record<string, string> = {}): XmlNode => ({
  [name]: children,
  ...(Object.keys(attributes).length > 0 ? { ':@': attributes } : {}),
})
const text = (value: string): XmlNode => ({ '#text': value })

/** Structural elements on lines of their own; the content of `<source>` and `<target>` exactly as it is. */
function indented(children: XmlNode[], depth: number): XmlNode[] {
  const pad = `\n${'  '.repeat(depth)}`
  return [...children.flatMap((child) => [text(pad), child]), text(`\n${'  '.repeat(depth - 1)}`)]
}

function inlineNodes(content: Inline[], codes: Map<string, Code>): XmlNode[] {
  return content.map((item) => {
    if (typeof item === 'string') return text(item)
    const code = codes.get(item.id)
    const attributes = { id: item.id, ...(code ? { ctype: ctypeOf(code) } : {}) }
    return item.tag === 'x'
      ? element('x', [], attributes)
      : element('g', inlineNodes(item.children, codes), attributes)
  })
}

function unitElement(unit: Unit): XmlNode {
  const children = [element('source', inlineNodes(unit.source.content, unit.source.codes))]
  if (unit.target) {
    children.push(
      element('target', inlineNodes(unit.target.content, unit.source.codes), { state: 'translated' }),
    )
  }
  children.push(element('note', [text(unit.note)], { from: 'hub' }))
  return element('trans-unit', indented(children, 4), {
    id: unit.id,
    extradata: sourceHash(unit),
    'xml:space': 'preserve',
    ...(unit.maxLength ? { maxwidth: String(unit.maxLength), 'size-unit': 'char' } : {}),
  })
}

export function buildXliff(targetLanguage: string, documents: XliffDocument[]): string {
  const files = documents.map((document) =>
    element(
      'file',
      indented(
        [
          element(
            'header',
            indented(
              [
                element('tool', [], { 'tool-id': 'hub', 'tool-name': 'Coalition Resource Hub' }),
                element('note', [text(`${document.typeLabel} "${document.title}" (${document.original})`)]),
              ],
              3,
            ),
          ),
          element('body', indented(document.units.map(unitElement), 3)),
        ],
        2,
      ),
      {
        original: document.original,
        'source-language': 'en',
        'target-language': targetLanguage,
        datatype: 'plaintext',
        'tool-id': 'hub',
        date: document.updatedAt,
      },
    ),
  )
  const root = [
    element('?xml', [text('')], { version: '1.0', encoding: 'UTF-8' }),
    text('\n'),
    element('xliff', indented(files, 1), { version: '1.2', xmlns: xliffNamespace }),
    text('\n'),
  ]
  return new XMLBuilder({
    preserveOrder: true,
    ignoreAttributes: false,
    attributeNamePrefix: '',
    suppressEmptyNode: true,
  }).build(root) as string
}

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  removeNSPrefix: true,
  trimValues: false,
  parseTagValue: false,
  parseAttributeValue: false,
  processEntities: true,
  htmlEntities: false,
})

const nameOf = (node: XmlNode) => Object.keys(node).find((key) => key !== ':@')!
const childrenOf = (node: XmlNode) => (node[nameOf(node)] as XmlNode[] | undefined) ?? []
const attributesOf = (node: XmlNode) => (node[':@'] as Record<string, string> | undefined) ?? {}
const childNamed = (node: XmlNode, name: string) => childrenOf(node).find((child) => nameOf(child) === name)

function parseInline(nodes: XmlNode[], unitId: string): Inline[] {
  return nodes.flatMap((node): Inline[] => {
    const name = nameOf(node)
    if (name === '#text') return [String(node['#text'])]
    // Trados and memoQ mark segments with <mrk mtype="seg">: its content is the text.
    if (name === 'mrk') return parseInline(childrenOf(node), unitId)
    const id = attributesOf(node).id
    if ((name === 'g' || name === 'x') && id) {
      return name === 'x'
        ? [{ tag: 'x', id }]
        : [{ tag: 'g', id, children: parseInline(childrenOf(node), unitId) }]
    }
    throw new XliffError(
      `Unit "${unitId}": the inline element <${name}> is not one the hub wrote; keep the <g> and <x/> codes of the source.`,
    )
  })
}

function transUnits(nodes: XmlNode[]): XmlNode[] {
  return nodes.flatMap((node) => {
    const name = nameOf(node)
    if (name === 'trans-unit') return [node]
    if (name === 'group') return transUnits(childrenOf(node))
    return []
  })
}

/** The files of an XLIFF 1.2 document; throws an XliffError saying what is wrong with it. */
export function parseXliff(xml: string): ParsedFile[] {
  if (/<!DOCTYPE/i.test(xml)) throw new XliffError('The file has a DOCTYPE; XLIFF files have none.')
  const valid = XMLValidator.validate(xml)
  if (valid !== true) {
    throw new XliffError(`The file is not well-formed XML: ${valid.err.msg} (line ${valid.err.line}).`)
  }
  const root = (parser.parse(xml) as XmlNode[]).find((node) => nameOf(node) === 'xliff')
  if (!root) throw new XliffError('The file is not XLIFF: it has no <xliff> element.')
  const version = attributesOf(root).version
  if (version !== '1.2') {
    throw new XliffError(
      `The file is XLIFF ${version ?? 'of no version'}; the hub reads XLIFF 1.2, as it exports.`,
    )
  }
  return childrenOf(root)
    .filter((node) => nameOf(node) === 'file')
    .map((file) => {
      const attributes = attributesOf(file)
      const body = childNamed(file, 'body')
      return {
        original: attributes.original ?? '',
        targetLanguage: attributes['target-language'] ?? '',
        units: transUnits(body ? childrenOf(body) : []).map((unit) => {
          const { id = '', extradata } = attributesOf(unit)
          const target = childNamed(unit, 'target')
          const state = target ? attributesOf(target).state : undefined
          return {
            id,
            ...(extradata ? { hash: extradata } : {}),
            ...(target ? { target: parseInline(childrenOf(target), id) } : {}),
            ...(state ? { state } : {}),
          }
        }),
      }
    })
}
