import type { PublishStatus } from '../../publishing/publishStatus'

type Words = { heading: string; link: string; failedLink: string } & Record<PublishStatus['state'], string>

/** The status in the editor's admin language. */
const words: Record<string, Words> = {
  en: {
    heading: 'On the public site',
    notPublished: 'Not published: readers do not see this document.',
    queued: 'Published. Waiting for the site build to start…',
    building: 'Published. The site is being rebuilt with this change…',
    live: 'Live: readers see this version.',
    failed: 'The site build failed, so readers still see the previous site. Reason:',
    link: 'Open the public page',
    failedLink: 'See Site builds',
  },
  es: {
    heading: 'En el sitio público',
    notPublished: 'Sin publicar: los lectores no ven este documento.',
    queued: 'Publicado. Esperando a que empiece la publicación del sitio…',
    building: 'Publicado. El sitio se está reconstruyendo con este cambio…',
    live: 'En línea: los lectores ven esta versión.',
    failed: 'La publicación del sitio falló; los lectores siguen viendo el sitio anterior. Motivo:',
    link: 'Abrir la página pública',
    failedLink: 'Ver publicaciones del sitio',
  },
  fr: {
    heading: 'Sur le site public',
    notPublished: 'Non publié : les lecteurs ne voient pas ce document.',
    queued: 'Publié. En attente de la publication du site…',
    building: 'Publié. Le site est en cours de reconstruction avec ce changement…',
    live: 'En ligne : les lecteurs voient cette version.',
    failed: 'La publication du site a échoué ; les lecteurs voient toujours le site précédent. Raison :',
    link: 'Ouvrir la page publique',
    failedLink: 'Voir les publications du site',
  },
  ar: {
    heading: 'على الموقع العام',
    notPublished: 'غير منشور: لا يرى القراء هذا المستند.',
    queued: 'تم النشر. في انتظار بدء بناء الموقع…',
    building: 'تم النشر. تتم إعادة بناء الموقع بهذا التغيير…',
    live: 'منشور: يرى القراء هذه النسخة.',
    failed: 'فشل بناء الموقع، لذا لا يزال القراء يرون الموقع السابق. السبب:',
    link: 'فتح الصفحة العامة',
    failedLink: 'عرض عمليات نشر الموقع',
  },
  th: {
    heading: 'บนเว็บไซต์สาธารณะ',
    notPublished: 'ยังไม่เผยแพร่: ผู้อ่านไม่เห็นเอกสารนี้',
    queued: 'เผยแพร่แล้ว กำลังรอการสร้างเว็บไซต์…',
    building: 'เผยแพร่แล้ว กำลังสร้างเว็บไซต์ใหม่พร้อมการเปลี่ยนแปลงนี้…',
    live: 'ออนไลน์แล้ว: ผู้อ่านเห็นฉบับนี้',
    failed: 'การสร้างเว็บไซต์ล้มเหลว ผู้อ่านยังเห็นเว็บไซต์ฉบับก่อน สาเหตุ:',
    link: 'เปิดหน้าสาธารณะ',
    failedLink: 'ดูการสร้างเว็บไซต์',
  },
}

export function statusText(language: string, status: PublishStatus) {
  const chosen = words[language] ?? words.en!
  return {
    heading: chosen.heading,
    message: chosen[status.state],
    link: status.state === 'failed' ? chosen.failedLink : chosen.link,
  }
}
