import type { SeedRegion } from '../types'

export const regions: SeedRegion[] = [
  {
    slug: 'united-states',
    name: {
      en: 'United States',
      es: 'Estados Unidos',
      fr: 'États-Unis',
      ar: 'الولايات المتحدة',
      th: 'สหรัฐอเมริกา',
    },
  },
  { slug: 'mexico', name: { en: 'Mexico', es: 'México' } },
  {
    slug: 'thailand',
    name: { en: 'Thailand', es: 'Tailandia', fr: 'Thaïlande', ar: 'تايلاند', th: 'ประเทศไทย' },
  },
  { slug: 'france', name: { en: 'France', es: 'Francia', fr: 'France' } },
  {
    slug: 'gulf-states',
    name: {
      en: 'Gulf states',
      es: 'Estados del Golfo',
      fr: 'États du Golfe',
      ar: 'دول الخليج',
      th: 'รัฐอ่าวเปอร์เซีย',
    },
  },
  {
    slug: 'worldwide',
    name: {
      en: 'Worldwide',
      es: 'Todo el mundo',
      fr: 'Monde entier',
      ar: 'جميع أنحاء العالم',
      th: 'ทั่วโลก',
    },
  },
  {
    slug: 'philippines',
    name: { en: 'Philippines', es: 'Filipinas', fr: 'Philippines', ar: 'الفلبين', th: 'ฟิลิปปินส์' },
  },
  { slug: 'spain', name: { en: 'Spain', es: 'España', fr: 'Espagne', ar: 'إسبانيا', th: 'สเปน' } },
]
