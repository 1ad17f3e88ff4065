import type { z } from 'zod'

import {
  actionCost,
  actionEffort,
  actionKind,
  ageGuidance,
  audience,
  calloutTone,
  contentWarning,
  donationCategory,
  donationPriority,
  eventKind,
  timelinePhase,
  workplace,
  materialKind,
  type actionCosts,
  type actionEfforts,
  type actionKinds,
  type ageGuidances,
  type audiences,
  type calloutTones,
  type contentWarningCodes,
  type donationCategories,
  type donationPriorities,
  type eventKinds,
  type timelinePhases,
  type workplaces,
  type materialKinds,
} from './fields.ts'
import type { Locale } from './locales.ts'

/**
 * Translated labels for every coded value in the contract. The CMS uses them
 * as select labels (per admin language), the site as reader-facing text.
 */
export type Translations = Record<Locale, string>

export const audienceLabels: Record<(typeof audiences)[number], Translations> = {
  survivors: { en: 'Survivors', es: 'Sobrevivientes', fr: 'Survivant·es', ar: 'الناجون', th: 'ผู้รอดชีวิต' },
  workers: { en: 'Workers', es: 'Trabajadores', fr: 'Travailleur·ses', ar: 'العمال', th: 'แรงงาน' },
  volunteers: { en: 'Volunteers', es: 'Voluntariado', fr: 'Bénévoles', ar: 'المتطوعون', th: 'อาสาสมัคร' },
  educators: { en: 'Educators', es: 'Educadores', fr: 'Enseignant·es', ar: 'المعلمون', th: 'นักการศึกษา' },
  'faith-groups': {
    en: 'Faith groups',
    es: 'Grupos de fe',
    fr: 'Groupes confessionnels',
    ar: 'المجموعات الدينية',
    th: 'กลุ่มศาสนา',
  },
  students: { en: 'Students', es: 'Estudiantes', fr: 'Étudiant·es', ar: 'الطلاب', th: 'นักเรียนนักศึกษา' },
  employers: { en: 'Employers', es: 'Empleadores', fr: 'Employeurs', ar: 'أصحاب العمل', th: 'นายจ้าง' },
  'service-providers': {
    en: 'Service providers',
    es: 'Proveedores de servicios',
    fr: 'Prestataires de services',
    ar: 'مقدمو الخدمات',
    th: 'ผู้ให้บริการ',
  },
  'general-public': {
    en: 'General public',
    es: 'Público general',
    fr: 'Grand public',
    ar: 'عامة الناس',
    th: 'บุคคลทั่วไป',
  },
}

export const contentWarningLabels: Record<(typeof contentWarningCodes)[number], Translations> = {
  'sexual-violence': {
    en: 'Sexual violence',
    es: 'Violencia sexual',
    fr: 'Violences sexuelles',
    ar: 'العنف الجنسي',
    th: 'ความรุนแรงทางเพศ',
  },
  'physical-violence': {
    en: 'Physical violence',
    es: 'Violencia física',
    fr: 'Violences physiques',
    ar: 'العنف الجسدي',
    th: 'ความรุนแรงทางร่างกาย',
  },
  'child-exploitation': {
    en: 'Child exploitation',
    es: 'Explotación infantil',
    fr: 'Exploitation d’enfants',
    ar: 'استغلال الأطفال',
    th: 'การแสวงประโยชน์จากเด็ก',
  },
  'self-harm': {
    en: 'Self-harm',
    es: 'Autolesiones',
    fr: 'Automutilation',
    ar: 'إيذاء النفس',
    th: 'การทำร้ายตนเอง',
  },
  'substance-use': {
    en: 'Substance use',
    es: 'Consumo de sustancias',
    fr: 'Consommation de substances',
    ar: 'تعاطي المواد',
    th: 'การใช้สารเสพติด',
  },
  'coercion-and-threats': {
    en: 'Coercion and threats',
    es: 'Coacción y amenazas',
    fr: 'Contrainte et menaces',
    ar: 'الإكراه والتهديد',
    th: 'การบังคับและการข่มขู่',
  },
  'racism-and-xenophobia': {
    en: 'Racism and xenophobia',
    es: 'Racismo y xenofobia',
    fr: 'Racisme et xénophobie',
    ar: 'العنصرية وكراهية الأجانب',
    th: 'การเหยียดเชื้อชาติและคนต่างชาติ',
  },
}

export const ageGuidanceLabels: Record<(typeof ageGuidances)[number], Translations> = {
  'all-ages': {
    en: 'All ages',
    es: 'Todas las edades',
    fr: 'Tous publics',
    ar: 'لجميع الأعمار',
    th: 'ทุกวัย',
  },
  '12-plus': {
    en: '12 and over',
    es: 'Mayores de 12',
    fr: '12 ans et plus',
    ar: '12 عامًا فأكثر',
    th: '12 ปีขึ้นไป',
  },
  '15-plus': {
    en: '15 and over',
    es: 'Mayores de 15',
    fr: '15 ans et plus',
    ar: '15 عامًا فأكثر',
    th: '15 ปีขึ้นไป',
  },
  '16-plus': {
    en: '16 and over',
    es: 'Mayores de 16',
    fr: '16 ans et plus',
    ar: '16 عامًا فأكثر',
    th: '16 ปีขึ้นไป',
  },
  '18-plus': {
    en: 'Adults (18+)',
    es: 'Adultos (18+)',
    fr: 'Adultes (18+)',
    ar: 'للبالغين (18+)',
    th: 'ผู้ใหญ่ (18+)',
  },
}

export const donationPriorityLabels: Record<(typeof donationPriorities)[number], Translations> = {
  urgent: { en: 'Urgent', es: 'Urgente', fr: 'Urgent', ar: 'عاجل', th: 'เร่งด่วน' },
  high: { en: 'High', es: 'Alta', fr: 'Élevée', ar: 'مرتفعة', th: 'สูง' },
  normal: { en: 'Ongoing', es: 'Continua', fr: 'Courante', ar: 'مستمرة', th: 'ต่อเนื่อง' },
}

export const donationCategoryLabels: Record<(typeof donationCategories)[number], Translations> = {
  food: { en: 'Food', es: 'Alimentos', fr: 'Alimentation', ar: 'الطعام', th: 'อาหาร' },
  hygiene: { en: 'Hygiene', es: 'Higiene', fr: 'Hygiène', ar: 'النظافة الشخصية', th: 'ของใช้สุขอนามัย' },
  clothing: { en: 'Clothing', es: 'Ropa', fr: 'Vêtements', ar: 'الملابس', th: 'เสื้อผ้า' },
  baby: {
    en: 'Baby and child',
    es: 'Bebés y niños',
    fr: 'Bébés et enfants',
    ar: 'الرضع والأطفال',
    th: 'ทารกและเด็ก',
  },
  household: { en: 'Household', es: 'Hogar', fr: 'Maison', ar: 'المنزل', th: 'ของใช้ในบ้าน' },
  school: {
    en: 'School supplies',
    es: 'Material escolar',
    fr: 'Fournitures scolaires',
    ar: 'اللوازم المدرسية',
    th: 'อุปกรณ์การเรียน',
  },
  medical: { en: 'Health', es: 'Salud', fr: 'Santé', ar: 'الصحة', th: 'สุขภาพ' },
  'phone-and-transport': {
    en: 'Phone and transport',
    es: 'Teléfono y transporte',
    fr: 'Téléphone et transport',
    ar: 'الهاتف والمواصلات',
    th: 'โทรศัพท์และการเดินทาง',
  },
  'gift-cards': {
    en: 'Gift cards',
    es: 'Tarjetas de regalo',
    fr: 'Cartes cadeaux',
    ar: 'بطاقات الهدايا',
    th: 'บัตรของขวัญ',
  },
  other: { en: 'Other', es: 'Otros', fr: 'Autres', ar: 'أخرى', th: 'อื่น ๆ' },
}

export const timelinePhaseLabels: Record<(typeof timelinePhases)[number], Translations> = {
  'weeks-before': {
    en: 'Weeks before',
    es: 'Semanas antes',
    fr: 'Quelques semaines avant',
    ar: 'قبل أسابيع',
    th: 'หลายสัปดาห์ก่อน',
  },
  'week-before': {
    en: 'The week before',
    es: 'La semana anterior',
    fr: 'La semaine précédente',
    ar: 'في الأسبوع السابق',
    th: 'สัปดาห์ก่อนงาน',
  },
  'day-of': {
    en: 'On the day',
    es: 'El día del evento',
    fr: 'Le jour J',
    ar: 'في يوم الفعالية',
    th: 'วันงาน',
  },
  after: { en: 'Afterwards', es: 'Después', fr: 'Après', ar: 'بعد الفعالية', th: 'หลังงาน' },
}

export const calloutToneLabels: Record<(typeof calloutTones)[number], Translations> = {
  info: { en: 'Information', es: 'Información', fr: 'Information', ar: 'معلومة', th: 'ข้อมูล' },
  warning: { en: 'Caution', es: 'Precaución', fr: 'Attention', ar: 'تنبيه', th: 'ข้อควรระวัง' },
  safety: { en: 'Safety', es: 'Seguridad', fr: 'Sécurité', ar: 'السلامة', th: 'ความปลอดภัย' },
}

export const workplaceLabels: Record<(typeof workplaces)[number], Translations> = {
  'in-person': { en: 'In person', es: 'Presencial', fr: 'Sur place', ar: 'حضوريًا', th: 'ทำงานในสถานที่' },
  remote: { en: 'Remote', es: 'A distancia', fr: 'À distance', ar: 'عن بُعد', th: 'ทำงานทางไกล' },
  hybrid: {
    en: 'In person and remote',
    es: 'Presencial y a distancia',
    fr: 'Sur place et à distance',
    ar: 'حضوريًا وعن بُعد',
    th: 'ทั้งในสถานที่และทางไกล',
  },
}

export const materialKindLabels: Record<(typeof materialKinds)[number], Translations> = {
  poster: { en: 'Poster', es: 'Cartel', fr: 'Affiche', ar: 'ملصق', th: 'โปสเตอร์' },
  'palm-card': {
    en: 'Palm card',
    es: 'Tarjeta de bolsillo',
    fr: 'Carte de poche',
    ar: 'بطاقة جيب',
    th: 'การ์ดพกพา',
  },
  flyer: { en: 'Flyer', es: 'Volante', fr: 'Tract', ar: 'منشور', th: 'ใบปลิว' },
}

/**
 * The labels of each coded value set, by the contract's enum: the CMS makes a
 * select's options from the enum a field uses, so codes and labels are written once.
 */
export const actionKindLabels: Record<(typeof actionKinds)[number], Translations> = {
  learn: { en: 'Learn', es: 'Aprender', fr: 'S’informer', ar: 'تعلّم', th: 'เรียนรู้' },
  give: { en: 'Give', es: 'Donar', fr: 'Donner', ar: 'تبرّع', th: 'บริจาค' },
  volunteer: { en: 'Volunteer', es: 'Hacer voluntariado', fr: 'Être bénévole', ar: 'تطوّع', th: 'อาสาสมัคร' },
  advocate: { en: 'Advocate', es: 'Abogar', fr: 'Plaider', ar: 'دافع', th: 'รณรงค์' },
  'shop-responsibly': {
    en: 'Shop responsibly',
    es: 'Comprar con responsabilidad',
    fr: 'Acheter de façon responsable',
    ar: 'تسوّق بمسؤولية',
    th: 'ซื้ออย่างรับผิดชอบ',
  },
  'host-an-event': {
    en: 'Host an event',
    es: 'Organizar un evento',
    fr: 'Organiser un événement',
    ar: 'نظّم فعالية',
    th: 'จัดกิจกรรม',
  },
}

export const actionEffortLabels: Record<(typeof actionEfforts)[number], Translations> = {
  minutes: {
    en: 'A few minutes',
    es: 'Unos minutos',
    fr: 'Quelques minutes',
    ar: 'بضع دقائق',
    th: 'ไม่กี่นาที',
  },
  'an-afternoon': {
    en: 'An afternoon',
    es: 'Una tarde',
    fr: 'Un après-midi',
    ar: 'فترة بعد الظهر',
    th: 'หนึ่งบ่าย',
  },
  ongoing: { en: 'Ongoing', es: 'Continuo', fr: 'Dans la durée', ar: 'مستمر', th: 'ต่อเนื่อง' },
}

export const actionCostLabels: Record<(typeof actionCosts)[number], Translations> = {
  free: { en: 'Free', es: 'Gratis', fr: 'Gratuit', ar: 'مجاني', th: 'ฟรี' },
  'low-cost': {
    en: 'Low cost',
    es: 'Bajo costo',
    fr: 'Peu coûteux',
    ar: 'تكلفة منخفضة',
    th: 'ค่าใช้จ่ายต่ำ',
  },
  paid: { en: 'Costs money', es: 'Tiene un costo', fr: 'Payant', ar: 'بتكلفة', th: 'มีค่าใช้จ่าย' },
}

export const eventKindLabels: Record<(typeof eventKinds)[number], Translations> = {
  'awareness-event': {
    en: 'Awareness event',
    es: 'Evento de sensibilización',
    fr: 'Événement de sensibilisation',
    ar: 'فعالية توعوية',
    th: 'กิจกรรมสร้างความตระหนัก',
  },
  workshop: { en: 'Workshop', es: 'Taller', fr: 'Atelier', ar: 'ورشة عمل', th: 'เวิร์กชอป' },
  training: { en: 'Training', es: 'Capacitación', fr: 'Formation', ar: 'تدريب', th: 'การอบรม' },
  screening: { en: 'Screening', es: 'Proyección', fr: 'Projection', ar: 'عرض فيلم', th: 'การฉายภาพยนตร์' },
  panel: { en: 'Panel', es: 'Panel', fr: 'Table ronde', ar: 'حلقة نقاش', th: 'เวทีเสวนา' },
  'coalition-meeting': {
    en: 'Coalition meeting',
    es: 'Reunión de la coalición',
    fr: 'Réunion de la coalition',
    ar: 'اجتماع التحالف',
    th: 'การประชุมภาคีเครือข่าย',
  },
}

export const optionLabels = new Map<z.ZodType, Record<string, Translations>>([
  [audience, audienceLabels],
  [contentWarning, contentWarningLabels],
  [ageGuidance, ageGuidanceLabels],
  [donationPriority, donationPriorityLabels],
  [donationCategory, donationCategoryLabels],
  [timelinePhase, timelinePhaseLabels],
  [eventKind, eventKindLabels],
  [calloutTone, calloutToneLabels],
  [workplace, workplaceLabels],
  [materialKind, materialKindLabels],
  [actionKind, actionKindLabels],
  [actionEffort, actionEffortLabels],
  [actionCost, actionCostLabels],
])
