import { lexical as l } from '@hub/content-schemas'

import { daysFromSeeding } from '../reviewDates'
import type { SeedPost } from '../types'

const hubLaunch: SeedPost = {
  slug: 'coalition-hub-opens-in-five-languages',
  title: {
    en: 'The coalition hub opens in five languages',
    es: 'El portal de la coalición abre en cinco idiomas',
    fr: 'Le portail de la coalition ouvre en cinq langues',
    ar: 'بوابة التحالف تفتح بخمس لغات',
    th: 'ศูนย์ข้อมูลของเครือข่ายเปิดให้บริการห้าภาษา',
  },
  summary: {
    en: 'Guides, screening kits and donation lists from four member organisations, now in English, Spanish, French, Arabic and Thai.',
    es: 'Guías, kits de proyección y listas de donaciones de cuatro organizaciones miembro, ahora en inglés, español, francés, árabe y tailandés.',
    fr: 'Guides, kits de projection et listes de dons de quatre organisations membres, désormais en anglais, espagnol, français, arabe et thaï.',
    ar: 'أدلة وحقائب عرض أفلام وقوائم تبرعات من أربع منظمات أعضاء، متاحة الآن بالإنجليزية والإسبانية والفرنسية والعربية والتايلاندية.',
    th: 'คู่มือ ชุดจัดฉายภาพยนตร์ และรายการรับบริจาคจากองค์กรสมาชิกสี่แห่ง ตอนนี้มีทั้งภาษาอังกฤษ สเปน ฝรั่งเศส อาหรับ และไทย',
  },
  topics: ['know-your-rights'],
  regions: ['worldwide'],
  audiences: ['general-public', 'volunteers'],
  organization: 'harbor-alliance',
  coAuthors: ['mekong-worker-rights'],
  reviewBy: daysFromSeeding(300),
  publishedOn: daysFromSeeding(-3),
  relatedGuides: ['know-your-rights-at-work'],
  relatedActions: ['read-know-your-rights-guide'],
  body: {
    en: l.doc(
      l.p(
        'Member organisations used to send each other the same guides as e-mail attachments. From today they publish them in one place, reviewed and dated, in the languages the people we serve read.',
      ),
      l.h2('What you will find'),
      l.ul(
        ['know-your-rights guides for workers, whatever their papers'],
        ['screening kits with panel questions and a printable poster'],
        ['donation lists that say what a shelter needs this month'],
      ),
      l.p('Every page shows a hotline that answers in your language, and a quick exit button.'),
    ),
    es: l.doc(
      l.p(
        'Las organizaciones miembro se enviaban las mismas guías como archivos adjuntos. Desde hoy las publican en un solo lugar, revisadas y fechadas, en los idiomas que leen las personas a quienes servimos.',
      ),
      l.h2('Qué encontrará'),
      l.ul(
        ['guías de derechos para trabajadores, tengan o no papeles'],
        ['kits de proyección con preguntas para el panel y un cartel imprimible'],
        ['listas de donaciones que dicen qué necesita un refugio este mes'],
      ),
      l.p('Cada página muestra una línea de ayuda que responde en su idioma y un botón de salida rápida.'),
    ),
    fr: l.doc(
      l.p(
        'Les organisations membres s’envoyaient les mêmes guides en pièces jointes. Désormais, elles les publient en un seul endroit, relus et datés, dans les langues que lisent les personnes que nous accompagnons.',
      ),
      l.h2('Ce que vous y trouverez'),
      l.ul(
        ['des guides sur les droits au travail, avec ou sans papiers'],
        ['des kits de projection avec questions pour le débat et affiche à imprimer'],
        ['des listes de dons qui disent ce dont un foyer a besoin ce mois-ci'],
      ),
      l.p(
        'Chaque page indique une ligne d’écoute qui répond dans votre langue, et un bouton de sortie rapide.',
      ),
    ),
    ar: l.doc(
      l.p(
        'كانت المنظمات الأعضاء ترسل الأدلة نفسها إلى بعضها كمرفقات بالبريد الإلكتروني. ابتداءً من اليوم تنشرها في مكان واحد، مراجعة ومؤرخة، باللغات التي يقرأها من نخدمهم.',
      ),
      l.h2('ماذا ستجد'),
      l.ul(
        ['أدلة حقوق العمال، أيًّا كان وضع أوراقهم'],
        ['حقائب عرض أفلام مع أسئلة للنقاش وملصق للطباعة'],
        ['قوائم تبرعات تقول ما يحتاجه المأوى هذا الشهر'],
      ),
      l.p('تعرض كل صفحة خط مساعدة يجيب بلغتك، وزر خروج سريع.'),
    ),
    th: l.doc(
      l.p(
        'เดิมองค์กรสมาชิกส่งคู่มือชุดเดียวกันให้กันเป็นไฟล์แนบทางอีเมล ตั้งแต่วันนี้ทุกองค์กรเผยแพร่ไว้ในที่เดียว ผ่านการตรวจทานและระบุวันที่ ในภาษาที่ผู้คนที่เราทำงานด้วยอ่านได้',
      ),
      l.h2('สิ่งที่คุณจะพบ'),
      l.ul(
        ['คู่มือสิทธิแรงงาน ไม่ว่าจะมีเอกสารหรือไม่'],
        ['ชุดจัดฉายภาพยนตร์ พร้อมคำถามเสวนาและโปสเตอร์สำหรับพิมพ์'],
        ['รายการรับบริจาคที่บอกว่าบ้านพักต้องการอะไรในเดือนนี้'],
      ),
      l.p('ทุกหน้ามีสายด่วนที่ตอบเป็นภาษาของคุณ และปุ่มออกจากหน้าอย่างรวดเร็ว'),
    ),
  },
}

const screeningRecap: SeedPost = {
  slug: 'recap-i-am-jane-doe-community-screening',
  title: {
    en: 'Recap: 60 neighbours at our "I Am Jane Doe" screening',
    es: 'Crónica: 60 vecinos en nuestra proyección de "I Am Jane Doe"',
  },
  summary: {
    en: 'What the panel said, the questions people asked, and what the audience signed up to do after the coalition’s community screening.',
    es: 'Lo que dijo el panel, las preguntas del público y a qué se comprometieron los asistentes tras la proyección comunitaria de la coalición.',
  },
  topics: ['community-events', 'sex-trafficking'],
  regions: ['united-states'],
  audiences: ['general-public', 'faith-groups', 'students'],
  organization: 'harbor-alliance',
  coAuthors: ['red-de-jornaleros'],
  contentWarnings: ['sexual-violence', 'child-exploitation'],
  reviewBy: daysFromSeeding(300),
  publishedOn: daysFromSeeding(-18),
  relatedKits: ['i-am-jane-doe-screening-kit'],
  relatedActions: ['host-a-screening', 'ask-your-library-for-the-film'],
  body: {
    en: l.doc(
      l.p(
        'Sixty people filled the community hall on a rainy Thursday for the coalition’s screening of "I Am Jane Doe". We ran it with the screening kit on this hub, and the panel used its question set.',
      ),
      l.h2('The panel'),
      l.p(
        'A shelter case manager, a youth pastor and a lawyer who represents survivors answered questions for forty minutes. The question that kept coming back: how do advertising sites still profit from selling children?',
      ),
      l.h2('What people signed up for'),
      l.ul(
        ['22 people wrote to their representatives that week'],
        ['9 asked to host a screening at their school or congregation'],
        ['the shelter’s winter list was covered within ten days'],
      ),
      l.p('Thank you to Red de Jornaleros for co-hosting and interpreting the panel into Spanish.'),
    ),
    es: l.doc(
      l.p(
        'Sesenta personas llenaron el salón comunitario un jueves lluvioso para la proyección de "I Am Jane Doe" de la coalición. La organizamos con el kit de proyección de este portal, y el panel usó su conjunto de preguntas.',
      ),
      l.h2('El panel'),
      l.p(
        'Una gestora de casos de un refugio, un pastor juvenil y una abogada que representa a sobrevivientes respondieron preguntas durante cuarenta minutos. La pregunta que más se repitió: ¿cómo siguen lucrando los sitios de anuncios con la venta de menores?',
      ),
      l.h2('A qué se comprometió el público'),
      l.ul(
        ['22 personas escribieron a sus representantes esa semana'],
        ['9 pidieron organizar una proyección en su escuela o congregación'],
        ['la lista de invierno del refugio se cubrió en diez días'],
      ),
      l.p('Gracias a la Red de Jornaleros por coorganizar e interpretar el panel al español.'),
    ),
  },
}

const returneeDrive: SeedPost = {
  slug: 'returnee-kit-drive-reaches-400-families',
  title: {
    en: 'Returnee kit drive reaches 400 families',
    es: 'La colecta de kits para retornados llega a 400 familias',
  },
  summary: {
    en: 'Workers coming home to the Mekong border towns received phone cards, rice and a rights leaflet in their own language.',
    es: 'Trabajadores que regresan a los pueblos fronterizos del Mekong recibieron tarjetas telefónicas, arroz y un folleto de derechos en su idioma.',
  },
  topics: ['labour-exploitation', 'survivor-support'],
  regions: ['thailand'],
  audiences: ['workers', 'volunteers'],
  organization: 'mekong-worker-rights',
  reviewBy: daysFromSeeding(300),
  publishedOn: daysFromSeeding(-40),
  relatedActions: ['give-to-a-current-donation-list', 'pack-returnee-kits'],
  body: {
    en: l.doc(
      l.p(
        'Over six weekends, volunteers packed 400 returnee kits at our centre. Each held a prepaid phone card, five kilos of rice, a torch and a leaflet on recovering unpaid wages, printed in Thai, Khmer, Lao and Burmese.',
      ),
      l.p(
        'Most of the families had come back after a fishing or factory contract went wrong. Forty-one asked our paralegals for help with a wage claim on the spot.',
      ),
    ),
    es: l.doc(
      l.p(
        'Durante seis fines de semana, voluntarios armaron 400 kits para retornados en nuestro centro. Cada uno llevaba una tarjeta telefónica de prepago, cinco kilos de arroz, una linterna y un folleto sobre cómo recuperar salarios impagos, impreso en tailandés, jemer, lao y birmano.',
      ),
      l.p(
        'La mayoría de las familias había regresado tras un contrato de pesca o de fábrica que salió mal. Cuarenta y una pidieron ayuda a nuestros paralegales con un reclamo salarial en el momento.',
      ),
    ),
  },
}

export const posts: SeedPost[] = [hubLaunch, screeningRecap, returneeDrive]
