type LexicalNode = {
  type?: string
  text?: string
  format?: number | string
  tag?: string
  listType?: string
  url?: string
  fields?: Record<string, unknown>
  children?: LexicalNode[]
}

const escapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' }

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (character) => escapes[character]!)
}

function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value]
  if (Array.isArray(value)) return value.flatMap(strings)
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings)
  return []
}

function render(node: LexicalNode): string {
  const inner = (node.children ?? []).map(render).join('')
  switch (node.type) {
    case 'text': {
      const format = typeof node.format === 'number' ? node.format : 0
      const text = escapeHtml(node.text ?? '')
      const bold = format & 1 ? `<strong>${text}</strong>` : text
      return format & 2 ? `<em>${bold}</em>` : bold
    }
    case 'paragraph':
      return `<p>${inner}</p>`
    case 'heading':
      return `<${node.tag ?? 'h2'}>${inner}</${node.tag ?? 'h2'}>`
    case 'list':
      return node.listType === 'number' ? `<ol>${inner}</ol>` : `<ul>${inner}</ul>`
    case 'listitem':
      return `<li>${inner}</li>`
    case 'quote':
      return `<blockquote>${inner}</blockquote>`
    case 'linebreak':
      return '<br>'
    case 'link':
    case 'autolink':
      return `<a href="${escapeHtml(String(node.fields?.url ?? node.url ?? '#'))}">${inner}</a>`
    case 'block':
      // The site renders each block with its own component; here its text, paragraph by paragraph.
      return `<div class="block">${strings(node.fields)
        .map((text) => `<p>${escapeHtml(text)}</p>`)
        .join('')}</div>`
    default:
      return inner
  }
}

/** Lexical rich text as plain HTML, for the Hugo side of the benchmark. */
export function lexicalHtml(value: { root: LexicalNode }): string {
  return render(value.root)
}
