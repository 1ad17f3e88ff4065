import type { CollectionConfig } from 'payload'

import { adminOnly } from '../access/adminOnly'
import { signedIn } from '../access/signedIn'
import { publishStatusEndpoint } from '../publishing/publishStatus'
import { buildDuration } from '../publishing/buildDuration'

/**
 * Every build of the public site, for the admin: when it ran, how long it
 * took, whether readers got it, and why not. Written only by the publisher.
 */
export const SiteBuilds: CollectionConfig = {
  slug: 'site-builds',
  labels: {
    singular: {
      en: 'Site build',
      es: 'Publicación del sitio',
      fr: 'Publication du site',
      ar: 'نشر الموقع',
      th: 'การสร้างเว็บไซต์',
    },
    plural: {
      en: 'Site builds',
      es: 'Publicaciones del sitio',
      fr: 'Publications du site',
      ar: 'عمليات نشر الموقع',
      th: 'การสร้างเว็บไซต์',
    },
  },
  admin: {
    group: 'Coalition',
    useAsTitle: 'startedAt',
    defaultColumns: ['startedAt', 'status', 'duration', 'triggeredBy', 'changedPage', 'reason', 'error'],
    description:
      'Publishing, unpublishing or deleting content rebuilds the public site within seconds. A failed build leaves the previous site online and says here what to fix.',
  },
  defaultSort: '-startedAt',
  access: { read: signedIn, create: () => false, update: () => false, delete: adminOnly },
  endpoints: [publishStatusEndpoint],
  fields: [
    {
      name: 'status',
      type: 'select',
      required: true,
      options: [
        {
          value: 'running',
          label: { en: 'Running', es: 'En curso', fr: 'En cours', ar: 'قيد التنفيذ', th: 'กำลังทำงาน' },
        },
        {
          value: 'published',
          label: { en: 'Live', es: 'Publicado', fr: 'En ligne', ar: 'منشور', th: 'เผยแพร่แล้ว' },
        },
        { value: 'failed', label: { en: 'Failed', es: 'Fallido', fr: 'Échec', ar: 'فشل', th: 'ล้มเหลว' } },
      ],
    },
    { name: 'reason', type: 'text', admin: { description: 'The change that asked for this build.' } },
    {
      name: 'triggeredBy',
      type: 'text',
      label: { en: 'By', es: 'Por', fr: 'Par', ar: 'بواسطة', th: 'โดย' },
      admin: { description: 'Who made the change that asked for this build.' },
    },
    {
      name: 'changedPage',
      type: 'text',
      label: {
        en: 'Changed page',
        es: 'Página cambiada',
        fr: 'Page modifiée',
        ar: 'الصفحة المعدّلة',
        th: 'หน้าที่เปลี่ยน',
      },
      admin: {
        description: 'The public page the change went to.',
        components: { Cell: '/components/LinkCell#LinkCell' },
      },
    },
    { name: 'startedAt', type: 'date', required: true, admin: { date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'finishedAt', type: 'date', admin: { date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'durationMs', type: 'number', label: 'Duration (ms)', admin: { hidden: true } },
    {
      name: 'duration',
      type: 'text',
      virtual: true,
      label: { en: 'Duration', es: 'Duración', fr: 'Durée', ar: 'المدة', th: 'ระยะเวลา' },
      admin: { readOnly: true },
      hooks: {
        afterRead: [
          ({ siblingData, req }) =>
            typeof siblingData.durationMs === 'number'
              ? buildDuration(siblingData.durationMs, req.i18n?.language ?? 'en')
              : undefined,
        ],
      },
    },
    { name: 'release', type: 'text', admin: { description: 'The directory readers are served from.' } },
    {
      name: 'error',
      type: 'textarea',
      admin: { description: 'What stopped the build, naming the document or file at fault.' },
    },
  ],
}
