import type { CollectionConfig } from 'payload'

import { signedIn } from '../access/signedIn'

const label = (en: string, es: string, fr: string, ar: string, th: string) => ({ en, es, fr, ar, th })

/**
 * The last check of each external link in published documents, written only
 * by the scheduled link checker, read by editors on the dashboard.
 */
export const LinkChecks: CollectionConfig = {
  slug: 'link-checks',
  labels: {
    singular: label(
      'Link check',
      'Comprobación de enlace',
      'Vérification de lien',
      'فحص رابط',
      'การตรวจลิงก์',
    ),
    plural: label(
      'Link checks',
      'Comprobación de enlaces',
      'Vérification des liens',
      'فحص الروابط',
      'การตรวจลิงก์',
    ),
  },
  admin: {
    group: 'Coalition',
    useAsTitle: 'url',
    defaultColumns: ['url', 'state', 'httpStatus', 'reason', 'checkedAt'],
    description:
      'Every external link in published documents, checked every night. Fix broken ones in the documents they appear in.',
  },
  defaultSort: 'url',
  access: { read: signedIn, create: () => false, update: () => false, delete: () => false },
  fields: [
    { name: 'url', type: 'text', required: true, unique: true, index: true },
    {
      name: 'state',
      type: 'select',
      required: true,
      index: true,
      options: [
        { value: 'ok', label: label('Works', 'Funciona', 'Fonctionne', 'يعمل', 'ใช้ได้') },
        {
          value: 'redirected',
          label: label('Redirects', 'Redirige', 'Redirige', 'يعيد التوجيه', 'เปลี่ยนเส้นทาง'),
        },
        { value: 'broken', label: label('Broken', 'Roto', 'Cassé', 'معطّل', 'เสีย') },
        {
          value: 'unreachable',
          label: label('Unreachable', 'Inaccesible', 'Injoignable', 'يتعذر الوصول إليه', 'เข้าถึงไม่ได้'),
        },
      ],
    },
    { name: 'httpStatus', type: 'number' },
    { name: 'finalUrl', type: 'text', admin: { description: 'Where the link’s redirects end.' } },
    { name: 'reason', type: 'text', admin: { description: 'What is wrong and what to do.' } },
    {
      name: 'appearsIn',
      type: 'json',
      admin: { description: 'The published documents (and languages) the link appears in.' },
    },
    { name: 'checkedAt', type: 'date', required: true, admin: { date: { pickerAppearance: 'dayAndTime' } } },
  ],
}
