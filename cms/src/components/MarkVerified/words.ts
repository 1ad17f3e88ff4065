import { isLocale, type Locale } from '@hub/content-schemas'

type Words = {
  button: string
  help: string
  working: string
  done: (date: string) => string
  draftOnly: string
  pendingChanges: string
  forbidden: string
  failed: string
}

/** The button's words in the editor's admin language. */
const words: Record<Locale, Words> = {
  en: {
    button: 'Mark as verified',
    help: 'You confirmed with the provider today that this is still right.',
    working: 'Saving…',
    done: (date) => `Verified on ${date}.`,
    draftOnly: 'Saved as a draft: it is not published yet.',
    pendingChanges:
      'This document has saved changes that are not published. Publish or discard them first, then mark it as verified.',
    forbidden: 'You may not change this document.',
    failed: 'It could not be marked as verified. Reload the page and try again.',
  },
  es: {
    button: 'Marcar como verificado',
    help: 'Hoy confirmó con el proveedor que esto sigue siendo correcto.',
    working: 'Guardando…',
    done: (date) => `Verificado el ${date}.`,
    draftOnly: 'Guardado como borrador: aún no está publicado.',
    pendingChanges:
      'Este documento tiene cambios guardados sin publicar. Publíquelos o descártelos primero y luego márquelo como verificado.',
    forbidden: 'No puede modificar este documento.',
    failed: 'No se pudo marcar como verificado. Recargue la página e inténtelo de nuevo.',
  },
  fr: {
    button: 'Marquer comme vérifié',
    help: 'Vous avez confirmé aujourd’hui auprès du fournisseur que ceci est toujours exact.',
    working: 'Enregistrement…',
    done: (date) => `Vérifié le ${date}.`,
    draftOnly: 'Enregistré comme brouillon : il n’est pas encore publié.',
    pendingChanges:
      'Ce document a des modifications enregistrées non publiées. Publiez-les ou abandonnez-les d’abord, puis marquez-le comme vérifié.',
    forbidden: 'Vous ne pouvez pas modifier ce document.',
    failed: 'Impossible de le marquer comme vérifié. Rechargez la page et réessayez.',
  },
  ar: {
    button: 'وضع علامة تم التحقق',
    help: 'لقد تأكدت اليوم مع مقدم الخدمة من أن هذه المعلومات ما زالت صحيحة.',
    working: 'جارٍ الحفظ…',
    done: (date) => `تم التحقق في ${date}.`,
    draftOnly: 'حُفظ كمسودة: لم يُنشر بعد.',
    pendingChanges: 'في هذا المستند تغييرات محفوظة لم تُنشر. انشرها أو تجاهلها أولاً، ثم ضع علامة التحقق.',
    forbidden: 'لا يمكنك تعديل هذا المستند.',
    failed: 'تعذّر وضع علامة التحقق. أعد تحميل الصفحة وحاول مرة أخرى.',
  },
  th: {
    button: 'ทำเครื่องหมายว่าตรวจสอบแล้ว',
    help: 'วันนี้คุณได้ยืนยันกับผู้ให้บริการแล้วว่าข้อมูลนี้ยังถูกต้อง',
    working: 'กำลังบันทึก…',
    done: (date) => `ตรวจสอบแล้วเมื่อ ${date}`,
    draftOnly: 'บันทึกเป็นฉบับร่าง: ยังไม่ได้เผยแพร่',
    pendingChanges:
      'เอกสารนี้มีการแก้ไขที่บันทึกไว้แต่ยังไม่เผยแพร่ โปรดเผยแพร่หรือยกเลิกก่อน แล้วจึงทำเครื่องหมายว่าตรวจสอบแล้ว',
    forbidden: 'คุณไม่สามารถแก้ไขเอกสารนี้ได้',
    failed: 'ไม่สามารถทำเครื่องหมายว่าตรวจสอบแล้วได้ โปรดโหลดหน้าใหม่แล้วลองอีกครั้ง',
  },
}

export function markVerifiedWords(language: string | undefined): Words {
  return words[isLocale(language) ? language : 'en']
}
