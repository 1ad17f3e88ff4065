import type { LexicalNode } from '@hub/content-schemas'

/**
 * A paragraph's inline content as XLIFF 1.2 inline codes: formatted runs and
 * links are paired codes (`<g>`), line breaks and anything else standalone
 * codes (`<x/>`). The file carries only the code ids; what each id stands for
 * (a link's address, a format) stays here, taken from the English text, so a
 * translator can move codes but cannot change or break a link.
 */
export type Inline = string | { tag: 'g'; id: string; children: Inline[] } | { tag: 'x'; id: string }

export type Code =
  | { kind: 'format'; format: number }
  | { kind: 'link'; node: LexicalNode }
  | { kind: 'node'; node: LexicalNode }

export type Segment = { content: Inline[]; codes: Map<string, Code> }

const inlineTypes = new Set(['text', 'link', 'autolink', 'linebreak'])

export const isInlineNode = (node: LexicalNode) => inlineTypes.has(node.type)

const formatNames: Record<number, string> = { 1: 'bold', 2: 'italic', 3: 'x-bold-italic' }

/** The `ctype` a CAT tool shows for a code, so translators see what it does. */
export function ctypeOf(code: Code): string {
  if (code.kind === 'format') return formatNames[code.format] ?? `x-format-${code.format}`
  if (code.kind === 'link') return 'link'
  return code.node.type === 'linebreak' ? 'lb' : `x-${code.node.type}`
}

/** Inline Lexical nodes (text, links, line breaks) as a segment with numbered codes. */
export function segmentOf(nodes: LexicalNode[]): Segment {
  const codes = new Map<string, Code>()
  const add = (code: Code) => {
    const id = String(codes.size + 1)
    codes.set(id, code)
    return id
  }
  const convert = (list: LexicalNode[]): Inline[] =>
    list.map((node): Inline => {
      if (node.type === 'text') {
        const text = String(node.text ?? '')
        const format = typeof node.format === 'number' ? node.format : 0
        return format === 0 ? text : { tag: 'g', id: add({ kind: 'format', format }), children: [text] }
      }
      if ((node.type === 'link' || node.type === 'autolink') && Array.isArray(node.children)) {
        const { children, ...link } = node
        const id = add({ kind: 'link', node: link as LexicalNode })
        return { tag: 'g', id, children: convert(children) }
      }
      return { tag: 'x', id: add({ kind: 'node', node }) }
    })
  return { content: convert(nodes), codes }
}

function textNode(text: string, format: number): LexicalNode {
  return { type: 'text', text, format, detail: 0, mode: 'normal', style: '', version: 1 }
}

/** The code ids a content uses, in order. */
export function codeIds(content: Inline[]): string[] {
  return content.flatMap((item) =>
    typeof item === 'string' ? [] : item.tag === 'x' ? [item.id] : [item.id, ...codeIds(item.children)],
  )
}

/**
 * A translated content back as Lexical nodes, each code standing for what it
 * stands for in the English text. Throws, naming the code, when the content
 * does not carry exactly the English codes.
 */
export function nodesOf(content: Inline[], codes: Map<string, Code>): LexicalNode[] {
  const used = codeIds(content)
  const unknown = used.filter((id) => !codes.has(id))
  if (unknown.length > 0) throw new Error(`inline code ${unknown.join(', ')} is not in the English text`)
  const missing = [...codes.keys()].filter((id) => !used.includes(id))
  if (missing.length > 0) throw new Error(`inline code ${missing.join(', ')} of the English text is missing`)
  const twice = used.filter((id, index) => used.indexOf(id) !== index)
  if (twice.length > 0) throw new Error(`inline code ${twice.join(', ')} appears more than once`)
  const convert = (list: Inline[], format: number): LexicalNode[] =>
    list.flatMap((item): LexicalNode[] => {
      if (typeof item === 'string') return item === '' ? [] : [textNode(item, format)]
      const code = codes.get(item.id)!
      if (item.tag === 'x' || code.kind === 'node') {
        if (item.tag === 'g' || code.kind !== 'node') {
          throw new Error(`inline code ${item.id} must be <${code.kind === 'node' ? 'x' : 'g'}>`)
        }
        return [structuredClone(code.node)]
      }
      if (code.kind === 'format') return convert(item.children, format | code.format)
      return [{ ...structuredClone(code.node), children: convert(item.children, format) }]
    })
  return convert(content, 0)
}

/** The plain text of a content, for word counts and plain fields. */
export function plainText(content: Inline[]): string {
  return content
    .map((item) => (typeof item === 'string' ? item : item.tag === 'g' ? plainText(item.children) : ''))
    .join('')
}
