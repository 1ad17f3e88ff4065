import { isLocale, type Locale } from '@hub/content-schemas'

type Words = { overdue: string; dueSoon: string; translations: string; complete: string; missing: string }

/** The list columns' words, in the editor's admin language. */
const words: Record<Locale, Words> = {
  en: {
    overdue: 'overdue',
    dueSoon: 'due soon',
    translations: 'Translations',
    complete: 'complete',
    missing: 'missing or incomplete',
  },
  es: {
    overdue: 'vencida',
    dueSoon: 'próxima',
    translations: 'Traducciones',
    complete: 'completa',
    missing: 'falta o incompleta',
  },
  fr: {
    overdue: 'en retard',
    dueSoon: 'bientôt',
    translations: 'Traductions',
    complete: 'complète',
    missing: 'manquante ou incomplète',
  },
  ar: {
    overdue: 'متأخرة',
    dueSoon: 'قريباً',
    translations: 'الترجمات',
    complete: 'مكتملة',
    missing: 'ناقصة أو غير موجودة',
  },
  th: {
    overdue: 'เลยกำหนด',
    dueSoon: 'ใกล้ถึงกำหนด',
    translations: 'คำแปล',
    complete: 'ครบ',
    missing: 'ขาดหรือไม่ครบ',
  },
}

export function listColumnWords(language: string | undefined): Words {
  return words[isLocale(language) ? language : 'en']
}

export const translationsLabel = Object.fromEntries(
  Object.entries(words).map(([locale, { translations }]) => [locale, translations]),
) as Record<Locale, string>
