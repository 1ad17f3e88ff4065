import type { LexicalNode } from './richText.ts'

/** Block names as the editor's block menu shows them (Payload's default label for a slug). */
const blockLabels: Record<string, string> = {
  callout: 'Callout',
  hotline: 'Hotline',
  steps: 'Steps',
  checklist: 'Checklist',
  resourceLink: 'Resource Link',
  consentedQuote: 'Quote (with consent)',
}

const kindNames: Record<string, string> = {
  paragraph: 'paragraph',
  heading: 'heading',
  list: 'list',
  quote: 'quote',
  horizontalrule: 'divider',
}

const shownNodeTypes = new Set([
  'text',
  'linebreak',
  'horizontalrule',
  'block',
  'link',
  'autolink',
  'listitem',
  ...Object.keys(kindNames),
])

const isIndex = (segment: string | undefined) => segment !== undefined && /^\d+$/.test(segment)

function textOf(node: LexicalNode | undefined): string {
  if (!node) return ''
  if (typeof node.text === 'string') return node.text
  return (node.children ?? []).map(textOf).join('')
}

function excerpt(node: LexicalNode): string {
  const text = textOf(node).trim().replace(/\s+/g, ' ')
  if (!text) return ''
  return ` ("${text.length > 40 ? `${text.slice(0, 40)}…` : text}")`
}

/**
 * A top-level element as the editor sees it, counted 1-based among its own
 * kind and quoted, e.g. `paragraph 4 ("Contact the Harbor Alliance…")` or
 * `the Callout block (block 2)`.
 */
function describeTopNode(siblings: LexicalNode[], index: number): string {
  const node = siblings[index]!
  const position = siblings.slice(0, index + 1).filter((sibling) => sibling.type === node.type).length
  if (node.type === 'block') {
    const blockType = String((node.fields as { blockType?: unknown } | undefined)?.blockType ?? '')
    return `the ${blockLabels[blockType] ?? blockType} block (block ${position})`
  }
  const kind = kindNames[node.type] ?? `"${node.type}" element`
  return `${kind} ${position}${excerpt(node)}`
}

function linkMessage(url: unknown, where: string): string {
  if (typeof url !== 'string' || url.trim() === '') {
    return `A link in ${where} has no address: add one, or remove the link.`
  }
  if (/^[\w-]+(\.[\w-]+)+([/?#:]|$)/.test(url)) {
    return `The link '${url}' in ${where} needs https:// at the start: write https://${url}`
  }
  return `The link '${url}' in ${where} is not a web address: start it with https://, or use mailto:, tel:, / or #.`
}

/** A block field's path in words: `steps.0.title` becomes `steps, row 1, title`. */
function describeBlockField(path: string[]): string {
  return path.map((segment) => (isIndex(segment) ? `row ${Number(segment) + 1}` : segment)).join(', ')
}

/**
 * When `path` (a zod issue path into `document`) points inside Lexical rich
 * text, the message an editor can act on, and how many path segments name the
 * rich-text field itself (e.g. `body.es`). Otherwise nothing.
 */
export function describeRichTextIssue(
  document: unknown,
  path: string[],
  message: string,
): { fieldLength: number; message: string } | undefined {
  const rootAt = path.findIndex(
    (segment, index) => segment === 'root' && path[index + 1] === 'children' && isIndex(path[index + 2]),
  )
  if (rootAt < 0) return undefined
  let root: unknown = document
  for (const segment of path.slice(0, rootAt + 1)) {
    root = root && typeof root === 'object' ? (root as Record<string, unknown>)[segment] : undefined
  }
  const siblings = (root as { children?: LexicalNode[] } | undefined)?.children
  const topIndex = Number(path[rootAt + 2])
  if (!Array.isArray(siblings) || !siblings[topIndex]) return undefined

  let where = describeTopNode(siblings, topIndex)
  let node = siblings[topIndex]!
  let link: LexicalNode | undefined
  let at = rootAt + 3
  while (path[at] === 'children' && isIndex(path[at + 1])) {
    const child: LexicalNode | undefined = node.children?.[Number(path[at + 1])]
    if (!child) break
    if (node.type === 'list') where += `, item ${Number(path[at + 1]) + 1}`
    node = child
    if (node.type === 'link' || node.type === 'autolink') link = node
    at += 2
  }
  const rest = path.slice(at)
  const fieldLength = rootAt
  if (link && rest[0] === 'fields' && rest[1] === 'url') {
    return { fieldLength, message: linkMessage((link.fields as { url?: unknown })?.url, where) }
  }
  if (!shownNodeTypes.has(node.type)) {
    return {
      fieldLength,
      message: `In ${where}: "${node.type}" content cannot be shown on the site; remove it or write it as plain text.`,
    }
  }
  if (node.type === 'block' && rest[0] === 'fields' && rest.length > 1) {
    return { fieldLength, message: `In ${where}, ${describeBlockField(rest.slice(1))}: ${message}` }
  }
  return { fieldLength, message: `In ${where}: ${message}` }
}
