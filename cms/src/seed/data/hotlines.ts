import type { SeedHotline } from '../types'

export const hotlines: SeedHotline[] = [
  {
    slug: 'us-national-human-trafficking-hotline',
    name: {
      en: 'National Human Trafficking Hotline (US)',
      es: 'Línea Nacional contra la Trata de Personas (EE. UU.)',
      fr: 'Ligne nationale contre la traite des êtres humains (États-Unis)',
      ar: 'الخط الساخن الوطني لمكافحة الاتجار بالبشر (الولايات المتحدة)',
      th: 'สายด่วนแห่งชาติต่อต้านการค้ามนุษย์ (สหรัฐอเมริกา)',
    },
    description: {
      en: 'Confidential, free, answered by trained advocates. Interpreters are available in many languages.',
      es: 'Confidencial y gratuita, atendida por personal capacitado. Hay intérpretes en muchos idiomas.',
      fr: 'Confidentielle et gratuite, tenue par des conseillers formés. Des interprètes sont disponibles dans de nombreuses langues.',
      ar: 'سرية ومجانية، يرد عليها مستشارون مدرَّبون. يتوفر مترجمون بلغات عديدة.',
      th: 'เป็นความลับและไม่มีค่าใช้จ่าย รับสายโดยเจ้าหน้าที่ที่ผ่านการอบรม มีล่ามหลายภาษา',
    },
    phone: '1-888-373-7888',
    sms: '233733',
    hours: {
      en: '24 hours a day, every day',
      es: 'Las 24 horas, todos los días',
      fr: '24 heures sur 24, tous les jours',
      ar: 'على مدار 24 ساعة، كل يوم',
      th: 'ตลอด 24 ชั่วโมง ทุกวัน',
    },
    regions: ['united-states'],
    languages: [{ code: 'en' }, { code: 'es' }],
    reviewBy: '2027-02-01',
  },
  {
    slug: 'mekong-worker-helpline',
    name: {
      en: 'Mekong worker helpline (demo number)',
      es: 'Línea de ayuda para trabajadores del Mekong (número de demostración)',
      fr: 'Ligne d’aide aux travailleurs du Mékong (numéro de démonstration)',
      ar: 'خط مساعدة عمال ميكونغ (رقم تجريبي)',
      th: 'สายด่วนแรงงานลุ่มน้ำโขง (หมายเลขสาธิต)',
    },
    description: {
      en: 'A demonstration entry: replace it with your coalition’s real helpline before publishing.',
      es: 'Entrada de demostración: sustitúyala por la línea real de su coalición antes de publicar.',
      fr: 'Entrée de démonstration : remplacez-la par la vraie ligne de votre coalition avant publication.',
      ar: 'إدخال تجريبي: استبدله بخط المساعدة الحقيقي لتحالفكم قبل النشر.',
      th: 'ข้อมูลสาธิต: โปรดแทนที่ด้วยสายด่วนจริงของเครือข่ายก่อนเผยแพร่',
    },
    phone: '+66 2 555 0100',
    hours: {
      en: 'Monday to Saturday, 8:00 to 20:00',
      es: 'De lunes a sábado, de 8:00 a 20:00',
      fr: 'Du lundi au samedi, de 8 h à 20 h',
      ar: 'من الاثنين إلى السبت، من 8:00 إلى 20:00',
      th: 'วันจันทร์ถึงวันเสาร์ เวลา 08.00–20.00 น.',
    },
    regions: ['thailand'],
    languages: [{ code: 'th' }, { code: 'my' }, { code: 'km' }, { code: 'en' }],
    reviewBy: '2027-01-15',
  },
  {
    slug: 'red-jornaleros-line',
    name: {
      en: 'Day Labourers’ Network line (demo number)',
      es: 'Línea de la Red de Jornaleros (número de demostración)',
    },
    description: {
      en: 'A demonstration entry for a worker-centre line; replace it with a real number before publishing.',
      es: 'Entrada de demostración de una línea de centro de trabajadores; sustitúyala por un número real antes de publicar.',
    },
    phone: '+52 55 5550 1234',
    sms: 'AYUDA to 55501',
    hours: { en: 'Weekdays, 9:00 to 18:00', es: 'Entre semana, de 9:00 a 18:00' },
    regions: ['mexico'],
    languages: [{ code: 'es' }],
    reviewBy: '2027-03-01',
  },
]
