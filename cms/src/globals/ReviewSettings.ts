import type { GlobalConfig } from 'payload'

import { adminOnly } from '../access/adminOnly'
import { signedIn } from '../access/signedIn'

/**
 * Which organizations' editors submit their changes for review instead of
 * publishing them. Kept apart from Site settings, which are public and
 * rebuild the site: this is the team's own workflow and changes nothing readers see.
 */
export const ReviewSettings: GlobalConfig = {
  slug: 'review-settings',
  label: {
    en: 'Review before publishing',
    es: 'Revisión antes de publicar',
    fr: 'Relecture avant publication',
    ar: 'المراجعة قبل النشر',
    th: 'การตรวจทานก่อนเผยแพร่',
  },
  admin: { group: 'Coalition' },
  access: { read: signedIn, update: adminOnly },
  fields: [
    {
      name: 'organizationsUnderReview',
      type: 'relationship',
      relationTo: 'organizations',
      hasMany: true,
      label: {
        en: 'Organizations whose editors submit for review',
        es: 'Organizaciones cuyos editores envían a revisión',
        fr: 'Organisations dont les éditeurs soumettent à relecture',
        ar: 'المنظمات التي يرسل محرروها للمراجعة',
        th: 'องค์กรที่บรรณาธิการต้องส่งตรวจทาน',
      },
      admin: {
        description: {
          en: 'Their editors cannot publish: they submit drafts, and a coordinator publishes them or returns them with a comment. Editors of other organizations publish directly. Translators always submit for review.',
          es: 'Sus editores no pueden publicar: envían borradores y un coordinador los publica o los devuelve con un comentario. Los editores de otras organizaciones publican directamente. Los traductores siempre envían a revisión.',
          fr: 'Leurs éditeurs ne peuvent pas publier : ils soumettent des brouillons, qu’un coordinateur publie ou renvoie avec un commentaire. Les éditeurs des autres organisations publient directement. Les traducteurs soumettent toujours à relecture.',
          ar: 'لا يستطيع محرروها النشر: يرسلون المسودات، فينشرها المنسّق أو يعيدها مع تعليق. محررو المنظمات الأخرى ينشرون مباشرة. المترجمون يرسلون دائماً للمراجعة.',
          th: 'บรรณาธิการขององค์กรเหล่านี้เผยแพร่เองไม่ได้ ต้องส่งฉบับร่าง แล้วผู้ประสานงานจะเผยแพร่หรือส่งกลับพร้อมความเห็น บรรณาธิการขององค์กรอื่นเผยแพร่ได้โดยตรง นักแปลต้องส่งตรวจทานเสมอ',
        },
      },
    },
  ],
}
