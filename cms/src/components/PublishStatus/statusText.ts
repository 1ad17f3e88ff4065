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
    removalQueued:
      'Unpublished in every language. Readers still see the page until the site build, which is waiting to start, takes it off…',
    removing: 'Unpublished in every language. The site is being rebuilt without this page…',
    removed: 'Taken off the site: readers no longer see this page, in any language.',
    removalFailed: 'Unpublished, but the site build failed, so readers still see this page. Reason:',
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
    removalQueued:
      'Despublicado en todos los idiomas. Los lectores siguen viendo la página hasta que la publicación del sitio, en espera, la retire…',
    removing: 'Despublicado en todos los idiomas. El sitio se está reconstruyendo sin esta página…',
    removed: 'Retirado del sitio: los lectores ya no ven esta página en ningún idioma.',
    removalFailed:
      'Despublicado, pero la publicación del sitio falló; los lectores siguen viendo esta página. Motivo:',
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
    removalQueued:
      'Dépublié dans toutes les langues. Les lecteurs voient la page jusqu’à ce que la publication du site, en attente, la retire…',
    removing: 'Dépublié dans toutes les langues. Le site est en cours de reconstruction sans cette page…',
    removed: 'Retiré du site : les lecteurs ne voient plus cette page, dans aucune langue.',
    removalFailed:
      'Dépublié, mais la publication du site a échoué ; les lecteurs voient toujours cette page. Raison :',
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
    removalQueued: 'أُلغي النشر بكل اللغات. يرى القراء الصفحة حتى يزيلها بناء الموقع المنتظر…',
    removing: 'أُلغي النشر بكل اللغات. تتم إعادة بناء الموقع من دون هذه الصفحة…',
    removed: 'أُزيلت من الموقع: لم يعد القراء يرون هذه الصفحة بأي لغة.',
    removalFailed: 'أُلغي النشر، لكن بناء الموقع فشل، لذا لا يزال القراء يرون هذه الصفحة. السبب:',
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
    removalQueued: 'ยกเลิกการเผยแพร่แล้วทุกภาษา ผู้อ่านยังเห็นหน้านี้จนกว่าการสร้างเว็บไซต์ที่รออยู่จะนำออก…',
    removing: 'ยกเลิกการเผยแพร่แล้วทุกภาษา กำลังสร้างเว็บไซต์ใหม่โดยไม่มีหน้านี้…',
    removed: 'นำออกจากเว็บไซต์แล้ว: ผู้อ่านไม่เห็นหน้านี้อีกในทุกภาษา',
    removalFailed: 'ยกเลิกการเผยแพร่แล้ว แต่การสร้างเว็บไซต์ล้มเหลว ผู้อ่านจึงยังเห็นหน้านี้ สาเหตุ:',
    link: 'เปิดหน้าสาธารณะ',
    failedLink: 'ดูการสร้างเว็บไซต์',
  },
}

export function statusText(language: string, status: PublishStatus) {
  const chosen = words[language] ?? words.en!
  return {
    heading: chosen.heading,
    message: chosen[status.state],
    link: status.state === 'failed' || status.state === 'removalFailed' ? chosen.failedLink : chosen.link,
  }
}
