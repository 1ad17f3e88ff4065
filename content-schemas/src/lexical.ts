import { createHash } from 'node:crypto'

import type { GuideBlock } from './blocks.ts'
import type { LexicalNode, LinkableCollection, RichText } from './richText.ts'

/**
 * Builds Lexical editor state in the exact shape Payload's editor saves, for
 * seed content and test fixtures written as code rather than clicked together.
 */
type Inline = string | LexicalNode

const TEXT_FORMAT = { bold: 1, italic: 2 } as const

function inline(children: Inline[]): LexicalNode[] {
  return children.map((child) =>
    typeof child === 'string'
      ? { type: 'text', text: child, format: 0, detail: 0, mode: 'normal', style: '', version: 1 }
      : child,
  )
}

function element(type: string, children: Inline[], extra: Record<string, unknown> = {}): LexicalNode {
  return { type, children: inline(children), direction: 'ltr', format: '', indent: 0, version: 1, ...extra }
}

export const lexical = {
  doc(...children: LexicalNode[]): RichText {
    return {
      root: { type: 'root', children, direction: 'ltr', format: '', indent: 0, version: 1 },
    } as RichText
  },
  p: (...children: Inline[]) => element('paragraph', children, { textFormat: 0, textStyle: '' }),
  h2: (text: string) => element('heading', [text], { tag: 'h2' }),
  h3: (text: string) => element('heading', [text], { tag: 'h3' }),
  quote: (text: string) => element('quote', [text]),
  bold: (text: string): LexicalNode => ({ ...inline([text])[0]!, format: TEXT_FORMAT.bold }),
  italic: (text: string): LexicalNode => ({ ...inline([text])[0]!, format: TEXT_FORMAT.italic }),
  link: (text: string, url: string) =>
    element('link', [text], { fields: { linkType: 'custom', url, newTab: false } }),
  /** A link to another document of the hub, by collection and id (the seed writes a slug and resolves it). */
  internalLink: (text: string, relationTo: LinkableCollection, value: number | string) =>
    element('link', [text], { fields: { linkType: 'internal', doc: { relationTo, value }, newTab: false } }),
  ul: (...items: Inline[][]) =>
    element('list', [], {
      listType: 'bullet',
      tag: 'ul',
      start: 1,
      children: items.map((item, index) => element('listitem', item, { value: index + 1 })),
    }),
  ol: (...items: Inline[][]) =>
    element('list', [], {
      listType: 'number',
      tag: 'ol',
      start: 1,
      children: items.map((item, index) => element('listitem', item, { value: index + 1 })),
    }),
  /**
   * Payload gives a block without an id a new random one every time it is
   * read; a stable id derived from the content keeps exports reproducible.
   */
  block: (fields: GuideBlock): LexicalNode => ({
    type: 'block',
    fields: {
      id: fields.id ?? createHash('sha256').update(JSON.stringify(fields)).digest('hex').slice(0, 24),
      blockName: '',
      ...fields,
    },
    format: '',
    version: 2,
  }),
}
