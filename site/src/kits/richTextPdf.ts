import type { GuideBlock, LexicalNode, Locale, RichText } from '@hub/content-schemas'

import { calloutToneLabels } from '@hub/content-schemas'

import type { Hub } from '../lib/hubData'
import { text } from '../lib/localize'
import { linkHref } from '../lib/links'
import { writeHotlineBox } from './hotlineLines'
import type { KitDocument } from './pdf/KitDocument'
import type { PrintImage } from './printImage'
import type { Span } from './pdf/textLayout'

/**
 * What the text refers to: the published documents, the reader's language,
 * the kit page's address (links resolve against it) and the images of its
 * image blocks, made ready for print beforehand.
 */
export type RichTextContext = { hub: Hub; locale: Locale; pageUrl: string; images: Map<string, PrintImage> }

type Context = RichTextContext & { doc: KitDocument }

/**
 * Writes Lexical rich text into a kit PDF, one case per node and block type,
 * as the site's Astro components render it. On paper a link cannot be
 * followed, so its address is printed after its text.
 */
export function writeRichText(doc: KitDocument, value: RichText, links: RichTextContext): void {
  const context = { ...links, doc }
  for (const node of value.root.children) writeBlock(node, context, 0)
}

function writeBlock(node: LexicalNode, context: Context, depth: number): void {
  const { doc } = context
  const children = node.children ?? []
  switch (node.type) {
    case 'paragraph':
      doc.paragraph(inline(children, context), { indent: depth * 18 })
      return
    case 'heading':
      // The section the rich text sits in is the level-2 heading.
      doc.heading(plain(children), 3)
      return
    case 'quote':
      doc.paragraph(inline(children, context, 'italic'), { indent: 18 })
      return
    case 'horizontalrule':
      doc.rule()
      return
    case 'list':
      writeList(node, context, depth)
      return
    case 'block':
      writeGuideBlock(node.fields as GuideBlock, context)
      return
    default:
      doc.paragraph(inline([node], context))
  }
}

function writeList(node: LexicalNode, context: Context, depth: number): void {
  const marker = node.listType === 'number' ? 'number' : node.listType === 'check' ? 'checkbox' : 'bullet'
  let pending: Span[][] = []
  let start = 0
  const flush = () => {
    context.doc.list(pending, marker, { indent: depth * 18, start })
    start += pending.length
    pending = []
  }
  for (const item of node.children ?? []) {
    const nested = (item.children ?? []).filter((child) => child.type === 'list')
    pending.push(
      inline(
        (item.children ?? []).filter((child) => child.type !== 'list'),
        context,
      ),
    )
    if (nested.length > 0) {
      flush()
      for (const list of nested) writeList(list, context, depth + 1)
    }
  }
  if (pending.length > 0) flush()
}

function writeGuideBlock(block: GuideBlock, { doc, hub, locale, images }: Context): void {
  switch (block.blockType) {
    case 'callout':
      doc.boxed(() => {
        doc.paragraph(block.title ?? calloutToneLabels[block.tone][locale], { style: 'bold' })
        doc.paragraph(block.text)
      })
      return
    case 'hotline': {
      const hotline = hub.byId(hub.hotlines, block.hotline)
      if (hotline) writeHotlineBox(doc, hotline, locale)
      return
    }
    case 'steps':
      doc.list(
        block.steps.map((step) => [{ text: `${step.title}: `, style: 'bold' }, { text: step.text }]),
        'number',
      )
      return
    case 'checklist':
      if (block.title) doc.paragraph(block.title, { style: 'bold' })
      doc.list(
        block.items.map((item) => item.text),
        'checkbox',
      )
      return
    case 'resourceLink':
      doc.paragraph([
        { text: block.label, style: 'bold', link: block.url },
        { text: block.description ? ` · ${block.description}` : '' },
        { text: ` (${block.url})` },
      ])
      return
    case 'consentedQuote':
      doc.paragraph(`“${block.quote}”`, { style: 'italic', indent: 18 })
      doc.paragraph(`— ${block.attribution}`, { indent: 18 })
      return
    case 'image': {
      const image = images.get(String(block.image))
      if (!image) return
      const width = doc.contentWidth
      const height = Math.min((width * image.height) / image.width, doc.pageHeight * 0.4)
      doc.ensureSpace(height + 40)
      doc.image(image.jpeg, text(image.media.alt, locale) ?? '', {
        x: doc.margin,
        y: doc.cursor,
        width,
        height,
      })
      doc.moveDown(height + 6)
      if (block.caption) doc.muted(block.caption)
      return
    }
  }
}

function inline(
  nodes: LexicalNode[],
  context: Context,
  base: 'regular' | 'italic' = 'regular',
  link?: string,
): Span[] {
  const spans: Span[] = []
  for (const node of nodes) {
    if (node.type === 'text') {
      const format = typeof node.format === 'number' ? node.format : 0
      const style =
        (format & 1) !== 0 ? 'bold' : (format & 2) !== 0 || base === 'italic' ? 'italic' : 'regular'
      spans.push({ text: String(node.text ?? ''), style, link })
    } else if (node.type === 'linebreak') {
      spans.push({ text: '\n' })
    } else if (node.type === 'link' || node.type === 'autolink') {
      // A path (an internal link's page) becomes a full address on the site; an anchor means nothing on paper.
      const target = linkHref(node.fields, context.hub, context.locale)
      const url = target && !target.startsWith('#') ? new URL(target, context.pageUrl).href : undefined
      const href = url && /^(https?:|mailto:|tel:)/.test(url) ? url : undefined
      const label = inline(node.children ?? [], context, base, href)
      spans.push(...label)
      if (href && plain(node.children ?? []) !== href.replace(/^(mailto:|tel:)/, ''))
        spans.push({ text: ` (${href.replace(/^(mailto:|tel:)/, '')})` })
    } else if (node.children) {
      spans.push(...inline(node.children, context, base, link))
    }
  }
  return spans
}

function plain(nodes: LexicalNode[]): string {
  return nodes
    .map((node) => (node.type === 'text' ? String(node.text ?? '') : plain(node.children ?? [])))
    .join('')
}
