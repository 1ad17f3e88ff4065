import { z } from 'zod'

import { calloutTone, httpUrl, ref } from './fields.ts'

/**
 * Blocks an editor can place inside a guide's rich text. They live inside the
 * Lexical JSON of one locale, so their text is already per language.
 */
const blockBase = { id: z.string().optional(), blockName: z.string().nullish() }

export const calloutBlock = z.object({
  ...blockBase,
  blockType: z.literal('callout'),
  tone: calloutTone,
  title: z.string().max(120).nullish(),
  text: z.string().min(1, 'A callout needs its text.'),
})

export const hotlineBlock = z.object({
  ...blockBase,
  blockType: z.literal('hotline'),
  hotline: ref,
})

export const stepsBlock = z.object({
  ...blockBase,
  blockType: z.literal('steps'),
  steps: z
    .array(z.object({ id: z.string().nullish(), title: z.string().min(1), text: z.string().min(1) }))
    .min(1, 'Add at least one step.'),
})

export const checklistBlock = z.object({
  ...blockBase,
  blockType: z.literal('checklist'),
  title: z.string().nullish(),
  items: z
    .array(z.object({ id: z.string().nullish(), text: z.string().min(1) }))
    .min(1, 'Add at least one checklist item.'),
})

export const resourceLinkBlock = z.object({
  ...blockBase,
  blockType: z.literal('resourceLink'),
  label: z.string().min(1),
  url: httpUrl,
  description: z.string().nullish(),
})

export const consentedQuoteBlock = z.object({
  ...blockBase,
  blockType: z.literal('consentedQuote'),
  quote: z.string().min(1),
  attribution: z.string().min(1, 'Say who is quoted, even as "a survivor from Chiang Mai".'),
  consentRecorded: z.literal(true, {
    error: 'Quoting a person needs their recorded consent: tick "Consent recorded" or remove the quote.',
  }),
})

/** An image from the media library; its alt text is the media's, in the reader's language. */
export const imageBlock = z.object({
  ...blockBase,
  blockType: z.literal('image'),
  image: ref,
  caption: z.string().max(300, 'Keep a caption under 300 characters.').nullish(),
})

export const guideBlock = z.discriminatedUnion('blockType', [
  calloutBlock,
  hotlineBlock,
  stepsBlock,
  checklistBlock,
  resourceLinkBlock,
  consentedQuoteBlock,
  imageBlock,
])

export type GuideBlock = z.infer<typeof guideBlock>
