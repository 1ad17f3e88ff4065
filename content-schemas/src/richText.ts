import { z } from 'zod'

import { guideBlock } from './blocks.ts'
import { resourceCollections, type ResourceCollection } from './documentTypes.ts'
import { httpUrl, ref } from './fields.ts'

/**
 * Lexical editor state, exactly as Payload stores it. The site renders each
 * node type with its own component, so only the node types below may appear;
 * anything else would be silently dropped from the public page.
 */
const nodeBase = {
  version: z.number(),
  direction: z.enum(['ltr', 'rtl']).nullish(),
  format: z.union([z.string(), z.number()]).optional(),
  indent: z.number().optional(),
}

const textNode = z.looseObject({
  type: z.literal('text'),
  text: z.string(),
  format: z.number().int().optional(),
  version: z.number(),
})

const lineBreakNode = z.looseObject({ type: z.literal('linebreak'), version: z.number() })
const horizontalRuleNode = z.looseObject({ type: z.literal('horizontalrule'), version: z.number() })

const blockNode = z.looseObject({
  type: z.literal('block'),
  version: z.number(),
  fields: guideBlock,
})

/** Collections an editor's "Internal link" may point at: the resources, each with a public page per locale. */
export const linkableCollections = resourceCollections

export type LinkableCollection = ResourceCollection

/**
 * An internal link's target: the collection and the document id, as Payload
 * stores it. A target the admin sends populated is reduced to its id.
 */
export const internalLinkTarget = z.object({
  relationTo: z.enum(linkableCollections),
  value: z.union([ref, z.looseObject({ id: ref }).transform((doc) => doc.id)]),
})

export type InternalLinkTarget = z.infer<typeof internalLinkTarget>

const linkFields = z
  .looseObject({
    linkType: z.enum(['custom', 'internal']).optional(),
    url: z
      .string()
      .refine((url) => httpUrl.safeParse(url).success || /^(mailto:|tel:|\/|#)/.test(url), {
        message: 'A link needs a full web address starting with https://, or mailto:, tel:, / or #.',
      })
      .optional(),
    newTab: z.boolean().optional(),
    doc: internalLinkTarget.nullish(),
  })
  .refine((fields) => fields.linkType !== 'internal' || fields.doc != null, {
    message: 'Choose the page this internal link points to, or make it a custom link.',
    path: ['doc'],
  })

export type LexicalNode = {
  type: string
  version: number
  children?: LexicalNode[]
  [key: string]: unknown
}

// A discriminated union reports a problem at the node that has it (a link's address), not at its paragraph.
export const lexicalNode: z.ZodType<LexicalNode> = z.lazy(() =>
  z.discriminatedUnion('type', [
    textNode,
    lineBreakNode,
    horizontalRuleNode,
    blockNode,
    z.looseObject({ ...nodeBase, type: z.literal('paragraph'), children: z.array(lexicalNode) }),
    z.looseObject({
      ...nodeBase,
      type: z.literal('heading'),
      tag: z.enum(['h2', 'h3', 'h4']),
      children: z.array(lexicalNode),
    }),
    z.looseObject({
      ...nodeBase,
      type: z.literal('list'),
      listType: z.enum(['bullet', 'number', 'check']),
      children: z.array(lexicalNode),
    }),
    z.looseObject({ ...nodeBase, type: z.literal('listitem'), children: z.array(lexicalNode) }),
    z.looseObject({ ...nodeBase, type: z.literal('quote'), children: z.array(lexicalNode) }),
    z.looseObject({
      ...nodeBase,
      type: z.enum(['link', 'autolink']),
      fields: linkFields,
      children: z.array(lexicalNode),
    }),
  ]),
) as z.ZodType<LexicalNode>

export const richText = z.object({
  root: z.looseObject({
    ...nodeBase,
    type: z.literal('root'),
    children: z.array(lexicalNode).min(1, 'Write at least one paragraph.'),
  }),
})

export type RichText = z.infer<typeof richText>
