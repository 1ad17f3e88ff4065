import type { GlobalConfig } from 'payload'

import { defaultSiteSettings, httpUrl } from '@hub/content-schemas'

import { adminOnly } from '../access/adminOnly'
import { zodValidate } from '../fields/zodValidate'
import { rejectUnknownGlobalLocale } from '../hooks/rejectUnknownLocale'
import { queueBuildAfterGlobalChange } from '../publishing/queueSiteBuild'

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
    {
      name: 'quickExitUrl',
      type: 'text',
      required: true,
      defaultValue: defaultSiteSettings.quickExitUrl,
      validate: zodValidate(httpUrl, { required: true }),
      admin: {
        description:
          'Where the Quick exit button and the Escape key send a reader: a busy, neutral site (weather, news) that draws no attention.',
      },
    },
    {
      name: 'hotline',
      type: 'relationship',
      relationTo: 'hotlines',
      admin: { description: 'The hotline shown at the top of every page.' },
    },
  ],
}
