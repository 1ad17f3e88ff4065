import { z } from 'zod'

import { localized, optionalLocalized } from '../localized.ts'
import { documentMeta } from './common.ts'

export const imageMimeTypes = ['image/jpeg', 'image/png', 'image/webp', 'image/avif'] as const
export const mediaMimeTypes = [...imageMimeTypes, 'application/pdf'] as const

export const mediaContent = z
  .object({
    alt: localized(
      z
        .string()
        .min(1, 'Describe the image for people who cannot see it; alt text is required in English.')
        .max(300),
    ),
    caption: optionalLocalized(z.string()),
    credit: z.string().nullish(),
    showsPeople: z.boolean().default(false),
    consentRecorded: z.boolean().default(false),
    filename: z.string().min(1),
    mimeType: z.enum(mediaMimeTypes),
    filesize: z.number().int().positive(),
    width: z.number().int().positive().nullish(),
    height: z.number().int().positive().nullish(),
  })
  .refine((media) => !media.showsPeople || media.consentRecorded, {
    path: ['consentRecorded'],
    message:
      'This image shows people: record their consent to be shown, or replace the image. Survivors must never be identifiable without consent.',
  })

export const media = mediaContent.and(z.object(documentMeta))
export type Media = z.infer<typeof media>
