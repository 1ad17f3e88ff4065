import { isLocale, type Locale } from '@hub/content-schemas'

export type ReviewWords = {
  heading: string
  submit: string
  submitHelp: string
  submitAgain: string
  submitted: (date: string) => string
  returned: string
  published: string
  compare: string
  publishHint: string
  commentLabel: string
  returnButton: string
  working: string
  failed: string
  queue: string
  yours: string
  by: string
}

/** The review panel's and the dashboard queue's words, in the editor's admin language. */
const words: Record<Locale, ReviewWords> = {
  en: {
    heading: 'Review',
    submit: 'Submit for review',
    submitHelp:
      'A coordinator compares your draft with the live version, then publishes it or returns it with a comment.',
    submitAgain: 'Submit again',
    submitted: (date) => `Awaiting review since ${date}.`,
    returned: 'Returned with a comment:',
    published: 'The last draft submitted in this language was published.',
    compare: 'Compare with the live version',
    publishHint: 'Publish to accept it, or return it with a comment.',
    commentLabel: 'What should the author change?',
    returnButton: 'Return with comment',
    working: 'Saving…',
    failed: 'That did not work:',
    queue: 'Awaiting review',
    yours: 'Your drafts under review',
    by: 'by',
  },
  es: {
    heading: 'Revisión',
    submit: 'Enviar a revisión',
    submitHelp:
      'Un coordinador compara su borrador con la versión publicada y lo publica o se lo devuelve con un comentario.',
    submitAgain: 'Enviar de nuevo',
    submitted: (date) => `Pendiente de revisión desde el ${date}.`,
    returned: 'Devuelto con un comentario:',
    published: 'El último borrador enviado en este idioma se publicó.',
    compare: 'Comparar con la versión publicada',
    publishHint: 'Publíquelo para aceptarlo o devuélvalo con un comentario.',
    commentLabel: '¿Qué debe cambiar el autor?',
    returnButton: 'Devolver con comentario',
    working: 'Guardando…',
    failed: 'No se pudo:',
    queue: 'Pendientes de revisión',
    yours: 'Sus borradores en revisión',
    by: 'por',
  },
  fr: {
    heading: 'Relecture',
    submit: 'Soumettre à relecture',
    submitHelp:
      'Un coordinateur compare votre brouillon à la version en ligne, puis le publie ou vous le renvoie avec un commentaire.',
    submitAgain: 'Soumettre à nouveau',
    submitted: (date) => `En attente de relecture depuis le ${date}.`,
    returned: 'Renvoyé avec un commentaire :',
    published: 'Le dernier brouillon soumis dans cette langue a été publié.',
    compare: 'Comparer avec la version en ligne',
    publishHint: 'Publiez-le pour l’accepter, ou renvoyez-le avec un commentaire.',
    commentLabel: 'Que doit changer l’auteur ?',
    returnButton: 'Renvoyer avec un commentaire',
    working: 'Enregistrement…',
    failed: 'Cela n’a pas fonctionné :',
    queue: 'En attente de relecture',
    yours: 'Vos brouillons en relecture',
    by: 'par',
  },
  ar: {
    heading: 'المراجعة',
    submit: 'إرسال للمراجعة',
    submitHelp: 'يقارن المنسّق مسودتك بالنسخة المنشورة، ثم ينشرها أو يعيدها إليك مع تعليق.',
    submitAgain: 'إرسال مرة أخرى',
    submitted: (date) => `بانتظار المراجعة منذ ${date}.`,
    returned: 'أُعيدت مع تعليق:',
    published: 'نُشرت آخر مسودة أُرسلت بهذه اللغة.',
    compare: 'المقارنة بالنسخة المنشورة',
    publishHint: 'انشرها لقبولها، أو أعدها مع تعليق.',
    commentLabel: 'ما الذي يجب أن يغيّره الكاتب؟',
    returnButton: 'إعادة مع تعليق',
    working: 'جارٍ الحفظ…',
    failed: 'تعذّر ذلك:',
    queue: 'بانتظار المراجعة',
    yours: 'مسوداتك قيد المراجعة',
    by: 'بواسطة',
  },
  th: {
    heading: 'การตรวจทาน',
    submit: 'ส่งตรวจทาน',
    submitHelp: 'ผู้ประสานงานจะเปรียบเทียบฉบับร่างกับฉบับที่เผยแพร่ แล้วเผยแพร่หรือส่งกลับพร้อมความเห็น',
    submitAgain: 'ส่งอีกครั้ง',
    submitted: (date) => `รอตรวจทานตั้งแต่ ${date}`,
    returned: 'ส่งกลับพร้อมความเห็น:',
    published: 'ฉบับร่างล่าสุดที่ส่งในภาษานี้เผยแพร่แล้ว',
    compare: 'เปรียบเทียบกับฉบับที่เผยแพร่',
    publishHint: 'เผยแพร่เพื่อยอมรับ หรือส่งกลับพร้อมความเห็น',
    commentLabel: 'ผู้เขียนควรแก้ไขอะไร',
    returnButton: 'ส่งกลับพร้อมความเห็น',
    working: 'กำลังบันทึก…',
    failed: 'ไม่สำเร็จ:',
    queue: 'รอตรวจทาน',
    yours: 'ฉบับร่างของคุณที่ส่งตรวจทาน',
    by: 'โดย',
  },
}

export function reviewWords(language: string | undefined): ReviewWords {
  return words[isLocale(language) ? language : 'en']
}
