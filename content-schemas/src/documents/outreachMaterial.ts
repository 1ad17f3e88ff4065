import { z } from 'zod'

import { languageCode, materialKind, ref } from '../fields.ts'
import { localized } from '../localized.ts'
import { documentMeta, resourceFields } from './common.ts'

/** One printable file of a material, in one language. */
export const materialFile = z.object({ language: languageCode, file: ref })

/** A poster, palm card or flyer readers download and print, in the languages it exists in. */
export const outreachMaterialContent = z.object({
  ...resourceFields,
  kind: materialKind,
  placement: localized(
    z
      .string()
      .min(
        1,
        'Say where to put it up or hand it out, for example "laundromats, bus shelters and clinic waiting rooms".',
      )
      .max(600),
  ),
  files: z
    .array(materialFile)
    .min(1, 'Upload at least one file (a PDF or an image) of the material and say which language it is in.')
    .refine(
      (files) => new Set(files.map((each) => each.language)).size === files.length,
      'Give each language one file: two files name the same language.',
    ),
  screeningKit: ref.nullish(),
})

export const outreachMaterial = outreachMaterialContent.extend(documentMeta)
export type OutreachMaterial = z.infer<typeof outreachMaterial>
