import type { CollectionConfig } from 'payload'

import { adminOnly } from '../access/adminOnly'

export const auditActions = [
  'published',
  'unpublished',
  'deleted',
  'restored',
  'restoredAsDraft',
  'roleChanged',
  'organizationChanged',
  'accountUnlocked',
] as const
export type AuditAction = (typeof auditActions)[number]

type Translations = { en: string; es: string; fr: string; ar: string; th: string }

const actionLabels: Record<AuditAction, Translations> = {
  published: { en: 'Published', es: 'Publicó', fr: 'A publié', ar: 'نشر', th: 'เผยแพร่' },
  unpublished: {
    en: 'Unpublished',
    es: 'Despublicó',
    fr: 'A dépublié',
    ar: 'ألغى النشر',
    th: 'ยกเลิกการเผยแพร่',
  },
  deleted: { en: 'Deleted', es: 'Eliminó', fr: 'A supprimé', ar: 'حذف', th: 'ลบ' },
  restored: {
    en: 'Restored a version',
    es: 'Restauró una versión',
    fr: 'A restauré une version',
    ar: 'استعاد نسخة',
    th: 'กู้คืนเวอร์ชัน',
  },
  restoredAsDraft: {
    en: 'Restored a version as a draft',
    es: 'Restauró una versión como borrador',
    fr: 'A restauré une version en brouillon',
    ar: 'استعاد نسخة كمسودة',
    th: 'กู้คืนเวอร์ชันเป็นฉบับร่าง',
  },
  roleChanged: {
    en: "Changed a user's role",
    es: 'Cambió el rol de un usuario',
    fr: "A changé le rôle d'un utilisateur",
    ar: 'غيّر دور مستخدم',
    th: 'เปลี่ยนบทบาทของผู้ใช้',
  },
  organizationChanged: {
    en: "Changed a user's organization",
    es: 'Cambió la organización de un usuario',
    fr: "A changé l'organisation d'un utilisateur",
    ar: 'غيّر منظمة مستخدم',
    th: 'เปลี่ยนองค์กรของผู้ใช้',
  },
  accountUnlocked: {
    en: 'Unlocked an account',
    es: 'Desbloqueó una cuenta',
    fr: 'A déverrouillé un compte',
    ar: 'ألغى قفل حساب',
    th: 'ปลดล็อกบัญชี',
  },
}

/**
 * Who published, unpublished, deleted or restored what, and who changed an
 * account's role or organization or unlocked it: the accountability member
 * organizations owe each other. Admins read it; nobody, admins included, edits
 * or deletes it (hooks/auditTrail writes it).
 */
export const AuditLog: CollectionConfig = {
  slug: 'audit-log',
  labels: {
    singular: {
      en: 'Audit entry',
      es: 'Registro de auditoría',
      fr: "Entrée d'audit",
      ar: 'سجل تدقيق',
      th: 'รายการตรวจสอบ',
    },
    plural: {
      en: 'Audit log',
      es: 'Registro de auditoría',
      fr: "Journal d'audit",
      ar: 'سجل التدقيق',
      th: 'บันทึกการตรวจสอบ',
    },
  },
  admin: {
    group: 'Team',
    useAsTitle: 'document',
    defaultColumns: ['createdAt', 'userEmail', 'action', 'collection', 'document', 'details'],
  },
  defaultSort: '-createdAt',
  lockDocuments: false,
  access: { read: adminOnly, create: () => false, update: () => false, delete: () => false },
  fields: [
    {
      name: 'action',
      type: 'select',
      required: true,
      options: auditActions.map((value) => ({ value, label: actionLabels[value] })),
    },
    {
      name: 'user',
      type: 'relationship',
      relationTo: 'users',
      admin: { description: 'Who did it (empty: the hub itself, e.g. a scheduled publish).' },
    },
    { name: 'userEmail', type: 'text', admin: { description: 'Kept when the account is deleted.' } },
    { name: 'collection', type: 'text', required: true },
    { name: 'documentId', type: 'text' },
    { name: 'document', type: 'text', admin: { description: 'The title, name or e-mail at the time.' } },
    { name: 'details', type: 'text' },
  ],
}
