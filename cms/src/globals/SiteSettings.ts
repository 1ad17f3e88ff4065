import type { GlobalConfig } from 'payload'

import { defaultSiteSettings, siteSettings } from '@hub/content-schemas'

import { adminOnly } from '../access/adminOnly'
import { fromContract } from '../fields/fromContract'
import { imageUploadField } from '../fields/imageUploadField'
import { rejectUnknownGlobalLocale } from '../hooks/rejectUnknownLocale'
import { queueBuildAfterGlobalChange } from '../publishing/queueSiteBuild'

const settings = fromContract(siteSettings, 'global site-settings')

export const SiteSettings: GlobalConfig = {
  slug: 'site-settings',
  label: {
    en: 'Site settings',
    es: 'Ajustes del sitio',
    fr: 'Réglages du site',
    ar: 'إعدادات الموقع',
    th: 'การตั้งค่าเว็บไซต์',
  },
  admin: { group: 'Coalition' },
  access: { read: () => true, update: adminOnly },
  hooks: { beforeOperation: [rejectUnknownGlobalLocale], afterChange: [queueBuildAfterGlobalChange] },
  fields: [
    settings.text('quickExitUrl', {
      defaultValue: defaultSiteSettings.quickExitUrl,
      admin: {
        description:
          'Where the Quick exit button and the Escape key send a reader: a busy, neutral site (weather, news) that draws no attention.',
      },
    }),
    settings.relationship('hotline', 'hotlines', {
      admin: {
        description:
          'The hotline shown at the top of pages in this language, unless the page names a region another hotline serves. Leave it empty where no line fits readers of this language: their pages then link to "Find a hotline".',
      },
    }),
    imageUploadField(
      settings,
      'logo',
      'logo',
      "The coalition's logo, shown small beside the hub's name on every page: an image (PNG, JPEG, WebP or AVIF) whose alt text names the coalition. Leave it empty to show the name alone.",
    ),
  ],
}
