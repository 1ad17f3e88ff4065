import type { CollectionConfig } from 'payload'

import { locales } from '@hub/content-schemas'

import { adminOnly } from '../access/adminOnly'
import { readReviewRequests } from '../access/reviewRequestAccess'
import { healthCollections } from '../health/contentHealth'
import { reviewEndpoints } from '../review/reviewEndpoints'

const label = (en: string, es: string, fr: string, ar: string, th: string) => ({ en, es, fr, ar, th })

/**
 * The review queue: one request per document and language an editor or
 * translator submitted. Written only through its endpoints (submit, return)
 * and by publishing the document, never by hand.
 */
export const ReviewRequests: CollectionConfig = {
  slug: 'review-requests',
  labels: {
    singular: label(
      'Review request',
      'Solicitud de revisión',
      'Demande de relecture',
      'طلب مراجعة',
      'คำขอตรวจทาน',
    ),
    plural: label('Review queue', 'Cola de revisión', 'File de relecture', 'قائمة المراجعة', 'คิวตรวจทาน'),
  },
  admin: {
    group: 'Coalition',
    useAsTitle: 'title',
    defaultColumns: ['title', 'collection', 'locale', 'state', 'submittedBy', 'updatedAt'],
    description:
      'Drafts submitted for review. Open one to compare it with the live version, then publish it or return it with a comment.',
  },
  defaultSort: '-updatedAt',
  access: { read: readReviewRequests, create: () => false, update: () => false, delete: adminOnly },
  endpoints: reviewEndpoints,
  fields: [
    { name: 'title', type: 'text', required: true },
    {
      name: 'collection',
      type: 'select',
      required: true,
      index: true,
      options: Object.keys(healthCollections),
    },
    { name: 'documentId', type: 'text', required: true, index: true },
    { name: 'locale', type: 'select', required: true, options: [...locales] },
    {
      name: 'organization',
      type: 'relationship',
      relationTo: 'organizations',
      index: true,
      admin: { description: 'The owning organization; empty for coalition-wide documents.' },
    },
    {
      name: 'state',
      type: 'select',
      required: true,
      index: true,
      options: [
        {
          value: 'submitted',
          label: label(
            'Awaiting review',
            'Pendiente de revisión',
            'En attente de relecture',
            'بانتظار المراجعة',
            'รอตรวจทาน',
          ),
        },
        {
          value: 'returned',
          label: label(
            'Returned with a comment',
            'Devuelto con un comentario',
            'Renvoyé avec un commentaire',
            'أُعيد مع تعليق',
            'ส่งกลับพร้อมความเห็น',
          ),
        },
        { value: 'published', label: label('Published', 'Publicado', 'Publié', 'منشور', 'เผยแพร่แล้ว') },
      ],
    },
    { name: 'comment', type: 'textarea', admin: { description: 'What the reviewer asked to change.' } },
    { name: 'submittedBy', type: 'relationship', relationTo: 'users' },
    { name: 'submittedAt', type: 'date', admin: { date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'reviewedBy', type: 'relationship', relationTo: 'users' },
    { name: 'reviewedAt', type: 'date', admin: { date: { pickerAppearance: 'dayAndTime' } } },
  ],
}
