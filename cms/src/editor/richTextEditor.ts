import {
  BlockquoteFeature,
  BlocksFeature,
  BoldFeature,
  FixedToolbarFeature,
  HeadingFeature,
  HorizontalRuleFeature,
  InlineToolbarFeature,
  ItalicFeature,
  lexicalEditor,
  LinkFeature,
  OrderedListFeature,
  ParagraphFeature,
  UnorderedListFeature,
} from '@payloadcms/richtext-lexical'

import { guideBlocks } from '../blocks'

/**
 * Only the nodes the public site has a component for (content-schemas'
 * richText). An upload or table node would have nowhere to render.
 */
export const richTextEditor = lexicalEditor({
  features: [
    ParagraphFeature(),
    HeadingFeature({ enabledHeadingSizes: ['h2', 'h3', 'h4'] }),
    BoldFeature(),
    ItalicFeature(),
    UnorderedListFeature(),
    OrderedListFeature(),
    BlockquoteFeature(),
    HorizontalRuleFeature(),
    LinkFeature({
      enabledCollections: ['guides', 'screening-kits', 'panel-question-sets', 'donation-lists'],
    }),
    BlocksFeature({ blocks: guideBlocks }),
    FixedToolbarFeature(),
    InlineToolbarFeature(),
  ],
})
