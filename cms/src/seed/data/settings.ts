import type { Locale } from '@hub/content-schemas'

import type { SeedImage } from '../types'

/**
 * The hotline each language's pages show, by slug. Arabic has none: Arabic
 * readers live in many countries, and no one line serves them all, so their
 * pages link to "Find a hotline" and show a region's line where a page names one.
 */
export const hotlineByLocale: Partial<Record<Locale, string>> = {
  en: 'us-national-human-trafficking-hotline',
  es: 'us-national-human-trafficking-hotline',
  fr: 'france-victim-support-line',
  th: 'mekong-worker-helpline',
}

/** The coalition's logo in Site settings: a drawn mark, shown beside the hub's name. */
export const hubLogo: SeedImage = {
  key: 'hub-logo',
  shape: 'mark',
  palette: ['#0b5563', '#1f6f50'],
  motif: 'HUB',
  alt: {
    en: 'Coalition Resource Hub logo',
    es: 'Logotipo del Centro de Recursos de la Coalición',
    fr: 'Logo du Centre de ressources de la coalition',
    ar: 'شعار مركز موارد التحالف',
    th: 'โลโก้ศูนย์ทรัพยากรของเครือข่าย',
  },
  credit: 'Coalition Resource Hub (demo)',
}
