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

import { linkableCollections } from '@hub/content-schemas'

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
    // Internal links only to documents with a public page the site and the kits can link to.
    LinkFeature({ enabledCollections: [...linkableCollections] }),
    BlocksFeature({ blocks: guideBlocks }),
    FixedToolbarFeature(),
    InlineToolbarFeature(),
  ],
})
