import type { SeedTopic } from '../types'

export const topics: SeedTopic[] = [
  {
    slug: 'labour-exploitation',
    name: {
      en: 'Labour exploitation',
      es: 'Explotación laboral',
      fr: 'Exploitation par le travail',
      ar: 'الاستغلال في العمل',
      th: 'การแสวงประโยชน์จากแรงงาน',
    },
    description: {
      en: 'Forced labour, debt bondage, withheld wages and documents.',
      es: 'Trabajo forzoso, servidumbre por deudas, salarios y documentos retenidos.',
      fr: 'Travail forcé, servitude pour dettes, salaires et papiers confisqués.',
      ar: 'العمل القسري وعبودية الدين وحجز الأجور والوثائق.',
      th: 'แรงงานบังคับ การขัดหนี้ และการยึดค่าจ้างหรือเอกสาร',
    },
  },
  {
    slug: 'sex-trafficking',
    name: { en: 'Sex trafficking', es: 'Trata con fines de explotación sexual' },
    description: {
      en: 'Commercial sexual exploitation through force, fraud or coercion.',
      es: 'Explotación sexual comercial mediante fuerza, engaño o coacción.',
    },
  },
  {
    slug: 'know-your-rights',
    name: {
      en: 'Know your rights',
      es: 'Conozca sus derechos',
      fr: 'Connaître ses droits',
      ar: 'اعرف حقوقك',
      th: 'รู้สิทธิของคุณ',
    },
  },
  {
    slug: 'recognising-signs',
    name: {
      en: 'Recognising the signs',
      es: 'Reconocer las señales',
      fr: 'Reconnaître les signes',
      ar: 'التعرف على العلامات',
      th: 'การสังเกตสัญญาณ',
    },
  },
  { slug: 'volunteering', name: { en: 'Volunteering', es: 'Voluntariado' } },
  { slug: 'survivor-support', name: { en: 'Supporting survivors', es: 'Apoyo a sobrevivientes' } },
  {
    slug: 'community-events',
    name: {
      en: 'Community events',
      es: 'Eventos comunitarios',
      fr: 'Événements locaux',
      ar: 'الفعاليات المجتمعية',
      th: 'กิจกรรมชุมชน',
    },
  },
]
