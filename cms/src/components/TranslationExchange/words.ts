import { isLocale, type Locale } from '@hub/content-schemas'

type Words = {
  heading: string
  intro: string
  translateInto: string
  export: string
  import: string
  importing: string
  applied: (count: number) => string
  untranslated: (count: number) => string
  refused: string
  stale: string
  unreadable: string
  exportMissing: string
  progress: string
  language: string
  all: string
  wordsOf: (translated: number, total: number) => string
}

/** The translation exchange controls in the editor's admin language. */
const words: Record<Locale, Words> = {
  en: {
    heading: 'Translation (XLIFF)',
    intro:
      'For CAT tools such as OmegaT, Trados, memoQ, Weblate or Crowdin. Imported translations are saved as drafts.',
    translateInto: 'Translate into',
    export: 'Export for translation',
    import: 'Import translation',
    importing: 'Importing…',
    applied: (count) => `${count} texts saved as a draft.`,
    untranslated: (count) => `${count} left untranslated.`,
    refused: 'Refused',
    stale: 'The English text changed since this file was exported: export again.',
    unreadable: 'The file was not imported',
    exportMissing: 'Export everything missing for translation (XLIFF)',
    progress: 'Translation progress',
    language: 'Language',
    all: 'All types',
    wordsOf: (translated, total) => `${translated} / ${total} words`,
  },
  es: {
    heading: 'Traducción (XLIFF)',
    intro:
      'Para herramientas de TAO como OmegaT, Trados, memoQ, Weblate o Crowdin. Las traducciones importadas se guardan como borradores.',
    translateInto: 'Traducir al',
    export: 'Exportar para traducir',
    import: 'Importar traducción',
    importing: 'Importando…',
    applied: (count) => `${count} textos guardados como borrador.`,
    untranslated: (count) => `${count} sin traducir.`,
    refused: 'Rechazado',
    stale: 'El texto en inglés cambió desde que se exportó este archivo: expórtelo de nuevo.',
    unreadable: 'El archivo no se importó',
    exportMissing: 'Exportar todo lo que falta para traducir (XLIFF)',
    progress: 'Progreso de la traducción',
    language: 'Idioma',
    all: 'Todos los tipos',
    wordsOf: (translated, total) => `${translated} / ${total} palabras`,
  },
  fr: {
    heading: 'Traduction (XLIFF)',
    intro:
      'Pour les outils de TAO comme OmegaT, Trados, memoQ, Weblate ou Crowdin. Les traductions importées sont enregistrées comme brouillons.',
    translateInto: 'Traduire en',
    export: 'Exporter pour traduction',
    import: 'Importer une traduction',
    importing: 'Importation…',
    applied: (count) => `${count} textes enregistrés comme brouillon.`,
    untranslated: (count) => `${count} non traduits.`,
    refused: 'Refusé',
    stale: 'Le texte anglais a changé depuis l’export de ce fichier : exportez-le à nouveau.',
    unreadable: 'Le fichier n’a pas été importé',
    exportMissing: 'Exporter tout ce qui manque pour traduction (XLIFF)',
    progress: 'Avancement de la traduction',
    language: 'Langue',
    all: 'Tous les types',
    wordsOf: (translated, total) => `${translated} / ${total} mots`,
  },
  ar: {
    heading: 'الترجمة (XLIFF)',
    intro:
      'لأدوات الترجمة بمساعدة الحاسوب مثل OmegaT وTrados وmemoQ وWeblate وCrowdin. تُحفظ الترجمات المستوردة كمسودات.',
    translateInto: 'الترجمة إلى',
    export: 'تصدير للترجمة',
    import: 'استيراد ترجمة',
    importing: 'جارٍ الاستيراد…',
    applied: (count) => `حُفظ ${count} من النصوص كمسودة.`,
    untranslated: (count) => `بقي ${count} دون ترجمة.`,
    refused: 'مرفوض',
    stale: 'تغيّر النص الإنجليزي منذ تصدير هذا الملف: صدّره من جديد.',
    unreadable: 'لم يُستورد الملف',
    exportMissing: 'تصدير كل ما ينقص للترجمة (XLIFF)',
    progress: 'تقدّم الترجمة',
    language: 'اللغة',
    all: 'كل الأنواع',
    wordsOf: (translated, total) => `${translated} / ${total} كلمة`,
  },
  th: {
    heading: 'การแปล (XLIFF)',
    intro:
      'สำหรับเครื่องมือช่วยแปล เช่น OmegaT, Trados, memoQ, Weblate หรือ Crowdin คำแปลที่นำเข้าจะบันทึกเป็นฉบับร่าง',
    translateInto: 'แปลเป็น',
    export: 'ส่งออกเพื่อแปล',
    import: 'นำเข้าคำแปล',
    importing: 'กำลังนำเข้า…',
    applied: (count) => `บันทึก ${count} ข้อความเป็นฉบับร่างแล้ว`,
    untranslated: (count) => `ยังไม่ได้แปล ${count} ข้อความ`,
    refused: 'ถูกปฏิเสธ',
    stale: 'ข้อความภาษาอังกฤษเปลี่ยนไปหลังจากส่งออกไฟล์นี้ โปรดส่งออกใหม่',
    unreadable: 'ไม่ได้นำเข้าไฟล์',
    exportMissing: 'ส่งออกทุกอย่างที่ยังไม่ได้แปล (XLIFF)',
    progress: 'ความคืบหน้าการแปล',
    language: 'ภาษา',
    all: 'ทุกประเภท',
    wordsOf: (translated, total) => `${translated} / ${total} คำ`,
  },
}

export function exchangeWords(language: unknown): Words {
  return words[isLocale(language) ? language : 'en']
}
