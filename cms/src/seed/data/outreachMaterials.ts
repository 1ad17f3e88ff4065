import { daysFromSeeding } from '../reviewDates'
import type { SeedOutreachMaterial } from '../types'

/** Printables for the Ghost Fleet kit; files are named by their image or printable key. */
export const outreachMaterials: SeedOutreachMaterial[] = [
  {
    slug: 'ghost-fleet-screening-poster',
    title: {
      en: 'Ghost Fleet screening poster',
      es: 'Cartel de la proyección de Ghost Fleet',
      fr: 'Affiche de la projection de Ghost Fleet',
      ar: 'ملصق عرض فيلم Ghost Fleet',
      th: 'โปสเตอร์งานฉายภาพยนตร์ Ghost Fleet',
    },
    summary: {
      en: 'An A4 poster announcing your screening, with blank lines to write the date, time and place by hand.',
      es: 'Un cartel A4 que anuncia su proyección, con líneas en blanco para escribir a mano la fecha, la hora y el lugar.',
      fr: 'Une affiche A4 qui annonce votre projection, avec des lignes vides pour écrire à la main la date, l’heure et le lieu.',
      ar: 'ملصق بحجم A4 يعلن عن عرضكم، مع أسطر فارغة لكتابة التاريخ والوقت والمكان باليد.',
      th: 'โปสเตอร์ขนาด A4 ประกาศงานฉายของคุณ มีช่องว่างให้เขียนวัน เวลา และสถานที่ด้วยมือ',
    },
    topics: ['community-events', 'labour-exploitation'],
    regions: ['worldwide'],
    audiences: ['general-public', 'students'],
    organization: 'mekong-worker-rights',
    reviewBy: daysFromSeeding(200),
    kind: 'poster',
    placement: {
      en: 'Community centre notice boards, places of worship, libraries and student unions, two to three weeks before the screening. Ask before you put it up.',
      es: 'Tablones de centros comunitarios, lugares de culto, bibliotecas y asociaciones estudiantiles, dos o tres semanas antes de la proyección. Pida permiso antes de colocarlo.',
      fr: 'Panneaux d’affichage des centres sociaux, lieux de culte, bibliothèques et associations étudiantes, deux à trois semaines avant la projection. Demandez l’autorisation avant de l’afficher.',
      ar: 'لوحات الإعلانات في المراكز المجتمعية ودور العبادة والمكتبات واتحادات الطلاب، قبل العرض بأسبوعين أو ثلاثة. اطلب الإذن قبل تعليقه.',
      th: 'บอร์ดประกาศของศูนย์ชุมชน ศาสนสถาน ห้องสมุด และสโมสรนักศึกษา ก่อนวันฉายสองถึงสามสัปดาห์ ขออนุญาตก่อนติดทุกครั้ง',
    },
    files: [
      { language: 'en', file: 'ghost-fleet-poster-en' },
      { language: 'es', file: 'ghost-fleet-poster-es' },
    ],
    screeningKit: 'ghost-fleet-screening-kit',
  },
  {
    slug: 'ghost-fleet-palm-card',
    title: { en: 'Palm card: held at sea?', es: 'Tarjeta de bolsillo: ¿retenido en el mar?' },
    summary: {
      en: 'A pocket-sized card with the helpline, to hand out after the screening.',
      es: 'Una tarjeta de bolsillo con la línea de ayuda, para repartir después de la proyección.',
    },
    topics: ['labour-exploitation'],
    regions: ['worldwide'],
    audiences: ['workers', 'general-public'],
    organization: 'mekong-worker-rights',
    reviewBy: daysFromSeeding(200),
    kind: 'palm-card',
    placement: {
      en: 'On chairs before the film starts and at the exit; fishers and port workers can keep it out of sight in a pocket.',
      es: 'En las sillas antes de que empiece la película y a la salida; pescadores y trabajadores portuarios pueden guardarla discretamente en el bolsillo.',
    },
    files: [
      { language: 'en', file: 'ghost-fleet-palm-card-en' },
      { language: 'es', file: 'ghost-fleet-palm-card-es' },
    ],
    screeningKit: 'ghost-fleet-screening-kit',
  },
  {
    slug: 'ghost-fleet-action-flyer',
    title: { en: 'Flyer: forced labour at sea', es: 'Volante: trabajo forzoso en el mar' },
    summary: {
      en: 'Four things anyone can do, for the table by the door.',
      es: 'Cuatro cosas que cualquiera puede hacer, para la mesa de la entrada.',
    },
    topics: ['labour-exploitation', 'community-events'],
    regions: ['worldwide'],
    audiences: ['general-public'],
    organization: 'mekong-worker-rights',
    reviewBy: daysFromSeeding(200),
    kind: 'flyer',
    placement: {
      en: 'A stack on the welcome table, and one on each seat if you have enough.',
      es: 'Una pila en la mesa de bienvenida y uno en cada asiento si tiene suficientes.',
    },
    files: [{ language: 'en', file: 'ghost-fleet-flyer-en' }],
    screeningKit: 'ghost-fleet-screening-kit',
  },
]
