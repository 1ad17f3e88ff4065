import { isLocale, type Locale } from '@hub/content-schemas'

type Words = {
  heading: string
  intro: string
  overdue: string
  dueSoon: string
  unpublishedChanges: string
  staleVerification: string
  lastVerified: string
  neverVerified: string
  translations: string
  brokenLinks: string
  appearsIn: string
  missing: string
  fallingBack: string
  nothing: string
  reviewBy: string
  coalition: string
  byOrganization: string
  organization: string
  more: (count: number) => string
  digest: string
  digestNotMailed: string
}

/** The dashboard in the editor's admin language. */
const words: Record<Locale, Words> = {
  en: {
    heading: 'Content health',
    intro: 'What needs your attention in the documents you may edit.',
    overdue: 'Past their review date',
    dueSoon: 'Review due in the next 30 days',
    unpublishedChanges: 'Saved changes not yet published',
    staleVerification: 'Not verified for too long',
    lastVerified: 'last verified',
    neverVerified: 'never verified',
    translations: 'Translations',
    brokenLinks: 'Broken links',
    appearsIn: 'in',
    missing: 'not translated',
    fallingBack: 'partly in English',
    nothing: 'Nothing here.',
    reviewBy: 'review by',
    coalition: 'Coalition-wide',
    byOrganization: 'Per organization',
    organization: 'Organization',
    more: (count) => `and ${count} more`,
    digest: "This week's digest",
    digestNotMailed:
      'No mail server is set up (SMTP_URL), so the weekly digest is not e-mailed; this is what editors would receive.',
  },
  es: {
    heading: 'Estado del contenido',
    intro: 'Lo que necesita su atención en los documentos que puede editar.',
    overdue: 'Con la fecha de revisión vencida',
    dueSoon: 'Revisión en los próximos 30 días',
    unpublishedChanges: 'Cambios guardados aún sin publicar',
    staleVerification: 'Sin verificar desde hace demasiado',
    lastVerified: 'última verificación',
    neverVerified: 'nunca verificado',
    translations: 'Traducciones',
    brokenLinks: 'Enlaces rotos',
    appearsIn: 'en',
    missing: 'sin traducir',
    fallingBack: 'en parte en inglés',
    nothing: 'Nada pendiente.',
    reviewBy: 'revisar antes del',
    coalition: 'Toda la coalición',
    byOrganization: 'Por organización',
    organization: 'Organización',
    more: (count) => `y ${count} más`,
    digest: 'Resumen de esta semana',
    digestNotMailed:
      'No hay servidor de correo configurado (SMTP_URL), así que el resumen semanal no se envía por correo; esto es lo que recibirían los editores.',
  },
  fr: {
    heading: 'État du contenu',
    intro: 'Ce qui demande votre attention dans les documents que vous pouvez modifier.',
    overdue: 'Date de révision dépassée',
    dueSoon: 'Révision dans les 30 prochains jours',
    unpublishedChanges: 'Modifications enregistrées non publiées',
    staleVerification: 'Non vérifiés depuis trop longtemps',
    lastVerified: 'dernière vérification',
    neverVerified: 'jamais vérifié',
    translations: 'Traductions',
    brokenLinks: 'Liens cassés',
    appearsIn: 'dans',
    missing: 'non traduit',
    fallingBack: 'en partie en anglais',
    nothing: 'Rien à signaler.',
    reviewBy: 'à réviser avant le',
    coalition: 'Toute la coalition',
    byOrganization: 'Par organisation',
    organization: 'Organisation',
    more: (count) => `et ${count} de plus`,
    digest: 'Résumé de la semaine',
    digestNotMailed:
      'Aucun serveur de courrier n’est configuré (SMTP_URL) : le résumé hebdomadaire n’est pas envoyé ; voici ce que les éditeurs recevraient.',
  },
  ar: {
    heading: 'حالة المحتوى',
    intro: 'ما يحتاج إلى انتباهك في المستندات التي يمكنك تعديلها.',
    overdue: 'تجاوزت موعد المراجعة',
    dueSoon: 'موعد المراجعة خلال الثلاثين يومًا القادمة',
    unpublishedChanges: 'تغييرات محفوظة لم تُنشر بعد',
    staleVerification: 'لم يتم التحقق منها منذ مدة طويلة',
    lastVerified: 'آخر تحقق',
    neverVerified: 'لم يتم التحقق منه قط',
    translations: 'الترجمات',
    brokenLinks: 'روابط معطّلة',
    appearsIn: 'في',
    missing: 'غير مترجم',
    fallingBack: 'بالإنجليزية جزئيًا',
    nothing: 'لا شيء هنا.',
    reviewBy: 'المراجعة قبل',
    coalition: 'على مستوى التحالف',
    byOrganization: 'حسب المنظمة',
    organization: 'المنظمة',
    more: (count) => `و${count} غيرها`,
    digest: 'ملخص هذا الأسبوع',
    digestNotMailed:
      'لم يُضبط خادم بريد (SMTP_URL)، لذا لا يُرسل الملخص الأسبوعي بالبريد؛ هذا ما كان سيصل إلى المحررين.',
  },
  th: {
    heading: 'สถานะเนื้อหา',
    intro: 'สิ่งที่ต้องดูแลในเอกสารที่คุณแก้ไขได้',
    overdue: 'เลยกำหนดทบทวนแล้ว',
    dueSoon: 'ถึงกำหนดทบทวนใน 30 วันข้างหน้า',
    unpublishedChanges: 'การแก้ไขที่บันทึกแล้วแต่ยังไม่เผยแพร่',
    staleVerification: 'ไม่ได้ตรวจสอบนานเกินไป',
    lastVerified: 'ตรวจสอบล่าสุด',
    neverVerified: 'ยังไม่เคยตรวจสอบ',
    translations: 'คำแปล',
    brokenLinks: 'ลิงก์เสีย',
    appearsIn: 'ใน',
    missing: 'ยังไม่ได้แปล',
    fallingBack: 'บางส่วนยังเป็นภาษาอังกฤษ',
    nothing: 'ไม่มีรายการ',
    reviewBy: 'ทบทวนภายใน',
    coalition: 'ทั้งเครือข่าย',
    byOrganization: 'แยกตามองค์กร',
    organization: 'องค์กร',
    more: (count) => `และอีก ${count} รายการ`,
    digest: 'สรุปประจำสัปดาห์นี้',
    digestNotMailed:
      'ยังไม่ได้ตั้งค่าเซิร์ฟเวอร์อีเมล (SMTP_URL) จึงไม่ได้ส่งสรุปประจำสัปดาห์ทางอีเมล นี่คือสิ่งที่บรรณาธิการจะได้รับ',
  },
}

export function healthWords(language: string): Words {
  return words[isLocale(language) ? language : 'en']
}
