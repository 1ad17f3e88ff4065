import GithubSlugger from 'github-slugger'

import type { LexicalNode, RichText } from '@hub/content-schemas'

/** A top-level h2 of a rich text: its anchor and its words. */
export type Section = { node: LexicalNode; id: string; text: string }

/** A long guide lists its sections at the top; a short one reads at a glance without. */
export const minSectionsForContents = 3

/** Ids the page itself uses, which a heading's anchor must not take. */
const reserved = ['main', 'contents-title']

function plainText(node: LexicalNode): string {
  if (node.type === 'text') return String(node.text ?? '')
  return (node.children ?? []).map(plainText).join('')
}

/**
 * The h2 headings of a rich text with stable anchors: slugs of their words in
 * any script (a translated heading keeps its own), numbered when repeated,
 * the same for every build of the same text.
 */
export function sectionsOf(value: RichText): Section[] {
  const slugger = new GithubSlugger()
  for (const id of reserved) slugger.slug(id)
  return value.root.children
    .filter((node) => node.type === 'heading' && node.tag === 'h2')
    .map((node, index) => {
      const text = plainText(node).trim()
      return { node, text, id: slugger.slug(text) || `section-${index + 1}` }
    })
}
