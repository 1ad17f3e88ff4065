import { PublishStatus as PublishStatus_e61aa713f90427bc433a3057c9eea946 } from '../../../components/PublishStatus'
import { ReviewPanel as ReviewPanel_176db3e0d68114a4f1814b2462895ab6 } from '../../../components/ReviewPanel'
import { ReviewByCell as ReviewByCell_008133afab3c8b0a8c41b7ba5047787b } from '../../../components/ListColumns/ReviewByCell'
import { RscEntryLexicalCell as RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { RscEntryLexicalField as RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { LexicalDiffComponent as LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { ParagraphFeatureClient as ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HeadingFeatureClient as HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BoldFeatureClient as BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ItalicFeatureClient as ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnorderedListFeatureClient as UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { OrderedListFeatureClient as OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BlockquoteFeatureClient as BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HorizontalRuleFeatureClient as HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { LinkFeatureClient as LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BlocksFeatureClient as BlocksFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { FixedToolbarFeatureClient as FixedToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { InlineToolbarFeatureClient as InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { TranslationExchange as TranslationExchange_9b074d79918deec8ce62d4590e02eb25 } from '../../../components/TranslationExchange'
import { DiscardUntouchedDraft as DiscardUntouchedDraft_0268094511759f405eeaaad41f6e4357 } from '../../../components/DiscardUntouchedDraft'
import { TranslationsCell as TranslationsCell_838c094b7fc5218d0f67d4663cfea06d } from '../../../components/ListColumns/TranslationsCell'
import { KitOmissions as KitOmissions_135a13664a133c6c87889e4adbc150c7 } from '../../../components/KitOmissions'
import { MarkVerified as MarkVerified_79a1bcf88552ca88c4d96c07f804c088 } from '../../../components/MarkVerified'
import { DateTimeField as DateTimeField_6183fb5720132ddca102e922a47f332f } from '../../../components/EventTime/DateTimeField'
import { TimeZoneField as TimeZoneField_c9ff81a2346a8161e20894a0ff00c5ae } from '../../../components/EventTime/TimeZoneField'
import { LinkCell as LinkCell_be150c197c0c83baed734bac57c8ef0a } from '../../../components/LinkCell'
import { ContentHealth as ContentHealth_1165ce2c841cbe37b25a066c9f30cc57 } from '../../../components/ContentHealth'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
  "/components/PublishStatus#PublishStatus": PublishStatus_e61aa713f90427bc433a3057c9eea946,
  "/components/ReviewPanel#ReviewPanel": ReviewPanel_176db3e0d68114a4f1814b2462895ab6,
  "/components/ListColumns/ReviewByCell#ReviewByCell": ReviewByCell_008133afab3c8b0a8c41b7ba5047787b,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalCell": RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalField": RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#LexicalDiffComponent": LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/client#ParagraphFeatureClient": ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HeadingFeatureClient": HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BoldFeatureClient": BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ItalicFeatureClient": ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnorderedListFeatureClient": UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#OrderedListFeatureClient": OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BlockquoteFeatureClient": BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HorizontalRuleFeatureClient": HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#LinkFeatureClient": LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BlocksFeatureClient": BlocksFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#FixedToolbarFeatureClient": FixedToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#InlineToolbarFeatureClient": InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "/components/TranslationExchange#TranslationExchange": TranslationExchange_9b074d79918deec8ce62d4590e02eb25,
  "/components/DiscardUntouchedDraft#DiscardUntouchedDraft": DiscardUntouchedDraft_0268094511759f405eeaaad41f6e4357,
  "/components/ListColumns/TranslationsCell#TranslationsCell": TranslationsCell_838c094b7fc5218d0f67d4663cfea06d,
  "/components/KitOmissions#KitOmissions": KitOmissions_135a13664a133c6c87889e4adbc150c7,
  "/components/MarkVerified#MarkVerified": MarkVerified_79a1bcf88552ca88c4d96c07f804c088,
  "/components/EventTime/DateTimeField#DateTimeField": DateTimeField_6183fb5720132ddca102e922a47f332f,
  "/components/EventTime/TimeZoneField#TimeZoneField": TimeZoneField_c9ff81a2346a8161e20894a0ff00c5ae,
  "/components/LinkCell#LinkCell": LinkCell_be150c197c0c83baed734bac57c8ef0a,
  "/components/ContentHealth#ContentHealth": ContentHealth_1165ce2c841cbe37b25a066c9f30cc57,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}
