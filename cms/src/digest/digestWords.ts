import { isLocale, type Locale } from '@hub/content-schemas'

type Words = {
  subject: (organization: string) => string
  intro: (organization: string) => string
  overdue: string
  dueSoon: string
  staleVerification: string
  brokenLinks: string
  failedBuilds: string
  reviewBy: string
  lastVerified: string
  neverVerified: string
  appearsIn: string
  by: string
  outro: string
}

/** The weekly digest in each admin language. */
const words: Record<Locale, Words> = {
  en: {
    subject: (organization) => `This week's content health: ${organization}`,
    intro: (organization) => `What needs attention in ${organization}'s documents on the hub this week.`,
    overdue: 'Past their review date',
    dueSoon: 'Review due in the next 30 days',
    staleVerification: 'Not verified for too long',
    brokenLinks: 'Broken links',
    failedBuilds: 'Site builds that failed this week',
    reviewBy: 'review by',
    lastVerified: 'last verified',
    neverVerified: 'never verified',
    appearsIn: 'in',
    by: 'by',
    outro: 'Sign in to the hub to act on these; the dashboard shows the same lists.',
  },
  es: {
    subject: (organization) => `Estado del contenido esta semana: ${organization}`,
    intro: (organization) =>
      `Lo que necesita atención esta semana en los documentos de ${organization} en el portal.`,
    overdue: 'Con la fecha de revisión vencida',
    dueSoon: 'Revisión en los próximos 30 días',
    staleVerification: 'Sin verificar desde hace demasiado',
    brokenLinks: 'Enlaces rotos',
    failedBuilds: 'Compilaciones del sitio fallidas esta semana',
    reviewBy: 'revisar antes del',
    lastVerified: 'última verificación',
    neverVerified: 'nunca verificado',
    appearsIn: 'en',
    by: 'por',
    outro: 'Inicie sesión en el portal para actuar; el panel muestra las mismas listas.',
  },
  fr: {
    subject: (organization) => `État du contenu cette semaine : ${organization}`,
    intro: (organization) =>
      `Ce qui demande votre attention cette semaine dans les documents de ${organization} sur le portail.`,
    overdue: 'Date de révision dépassée',
    dueSoon: 'Révision dans les 30 prochains jours',
    staleVerification: 'Non vérifiés depuis trop longtemps',
    brokenLinks: 'Liens cassés',
    failedBuilds: 'Constructions du site échouées cette semaine',
    reviewBy: 'à réviser avant le',
    lastVerified: 'dernière vérification',
    neverVerified: 'jamais vérifié',
    appearsIn: 'dans',
    by: 'par',
    outro: 'Connectez-vous au portail pour agir ; le tableau de bord montre les mêmes listes.',
  },
  ar: {
    subject: (organization) => `حالة المحتوى هذا الأسبوع: ${organization}`,
    intro: (organization) => `ما يحتاج إلى انتباهك هذا الأسبوع في مستندات ${organization} على المنصة.`,
    overdue: 'تجاوزت تاريخ المراجعة',
    dueSoon: 'المراجعة مستحقة خلال 30 يومًا',
    staleVerification: 'لم يتم التحقق منها منذ مدة طويلة',
    brokenLinks: 'روابط معطلة',
    failedBuilds: 'عمليات بناء الموقع التي فشلت هذا الأسبوع',
    reviewBy: 'المراجعة قبل',
    lastVerified: 'آخر تحقق',
    neverVerified: 'لم يتم التحقق منه قط',
    appearsIn: 'في',
    by: 'بواسطة',
    outro: 'سجّل الدخول إلى المنصة للتعامل معها؛ تعرض لوحة التحكم القوائم نفسها.',
  },
  th: {
    subject: (organization) => `สถานะเนื้อหาสัปดาห์นี้: ${organization}`,
    intro: (organization) => `สิ่งที่ต้องดูแลในเอกสารของ ${organization} บนศูนย์ข้อมูลในสัปดาห์นี้`,
    overdue: 'เลยวันที่ต้องทบทวน',
    dueSoon: 'ต้องทบทวนภายใน 30 วัน',
    staleVerification: 'ไม่ได้ตรวจสอบนานเกินไป',
    brokenLinks: 'ลิงก์เสีย',
    failedBuilds: 'การสร้างเว็บไซต์ที่ล้มเหลวในสัปดาห์นี้',
    reviewBy: 'ทบทวนภายใน',
    lastVerified: 'ตรวจสอบล่าสุด',
    neverVerified: 'ยังไม่เคยตรวจสอบ',
    appearsIn: 'ใน',
    by: 'โดย',
    outro: 'เข้าสู่ระบบศูนย์ข้อมูลเพื่อดำเนินการ แดชบอร์ดแสดงรายการเดียวกัน',
  },
}

export function digestWords(language: string | undefined): Words {
  return words[isLocale(language) ? language : 'en']
}
