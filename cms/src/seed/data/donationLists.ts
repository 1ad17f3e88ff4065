import { daysFromSeeding } from '../reviewDates'
import type { SeedDonationList } from '../types'

export const donationLists: SeedDonationList[] = [
  {
    slug: 'harbor-shelter-winter-needs',
    title: {
      en: 'Harbor Alliance shelter: winter needs',
      es: 'Refugio de Alianza Harbor: necesidades de invierno',
    },
    summary: {
      en: 'What the transitional housing programme needs most this winter, and how to give it.',
      es: 'Lo que más necesita el programa de vivienda de transición este invierno y cómo donarlo.',
    },
    topics: ['survivor-support'],
    regions: ['united-states'],
    audiences: ['volunteers', 'faith-groups', 'general-public'],
    organization: 'harbor-alliance',
    // Winter needs change quickly: this list is already overdue for review in the demo.
    reviewBy: daysFromSeeding(-12),
    items: [
      {
        name: {
          en: 'New underwear and socks (all sizes)',
          es: 'Ropa interior y calcetines nuevos (todas las tallas)',
        },
        category: 'clothing',
        priority: 'urgent',
      },
      {
        name: { en: 'Winter coats', es: 'Abrigos de invierno' },
        category: 'clothing',
        priority: 'high',
        notes: { en: 'New or nearly new, adult sizes.', es: 'Nuevos o casi nuevos, tallas de adulto.' },
      },
      {
        name: { en: 'Prepaid phone cards', es: 'Tarjetas telefónicas de prepago' },
        category: 'phone-and-transport',
        priority: 'urgent',
        notes: {
          en: 'A phone is often the first thing a survivor needs to reach family and advocates.',
          es: 'Un teléfono suele ser lo primero que necesita una sobreviviente para contactar a su familia y a quienes la acompañan.',
        },
      },
      {
        name: { en: 'Transit passes', es: 'Pases de transporte público' },
        category: 'phone-and-transport',
        priority: 'high',
      },
      {
        name: { en: 'Toiletry kits', es: 'Kits de higiene personal' },
        category: 'hygiene',
        priority: 'normal',
      },
      {
        name: { en: 'Grocery store gift cards', es: 'Tarjetas de regalo de supermercado' },
        category: 'gift-cards',
        priority: 'high',
        notes: {
          en: 'Lets residents choose food they know and like.',
          es: 'Permite a las residentes elegir comida que conocen y les gusta.',
        },
      },
      {
        name: { en: 'Bed sheets and towels', es: 'Sábanas y toallas' },
        category: 'household',
        priority: 'normal',
      },
    ],
    howToDonate: {
      en: 'Bring new items to the drop-off point, or buy from the list and have it delivered. Please do not bring used clothing other than coats.',
      es: 'Lleve artículos nuevos al punto de entrega o cómprelos de la lista y envíelos. Por favor, no traiga ropa usada salvo abrigos.',
    },
    dropOff: {
      en: 'Community centre reception (address shared by e-mail after you sign up), weekdays 10:00 to 16:00. The shelter’s own address is never published.',
      es: 'Recepción del centro comunitario (la dirección se envía por correo electrónico al inscribirse), entre semana de 10:00 a 16:00. La dirección del refugio nunca se publica.',
    },
    monetaryFunds: [
      {
        label: { en: 'Give to the winter fund', es: 'Donar al fondo de invierno' },
        url: 'https://harbor-alliance.example.org/give',
      },
    ],
    lastVerified: '2026-11-10',
  },
  {
    slug: 'mekong-returnee-kits',
    title: {
      en: 'Kits for fishers returning home',
      es: 'Kits para pescadores que regresan a casa',
      fr: 'Kits pour les pêcheurs qui rentrent chez eux',
      ar: 'حقائب للصيادين العائدين إلى ديارهم',
      th: 'ชุดของใช้สำหรับชาวประมงที่กำลังเดินทางกลับบ้าน',
    },
    summary: {
      en: 'Items the Mekong Worker Rights Centre gives to men rescued from fishing boats as they travel home.',
      es: 'Artículos que el Centro de Derechos Laborales del Mekong entrega a los hombres rescatados de barcos pesqueros para su viaje de regreso.',
      fr: 'Ce que le Centre des droits des travailleurs du Mékong remet aux hommes libérés des bateaux de pêche pour leur voyage de retour.',
      ar: 'أغراض يقدمها مركز حقوق العمال في ميكونغ للرجال الذين أُنقذوا من قوارب الصيد خلال رحلة عودتهم.',
      th: 'ของใช้ที่ศูนย์สิทธิแรงงานลุ่มน้ำโขงมอบให้ผู้ชายที่ได้รับการช่วยเหลือจากเรือประมงระหว่างเดินทางกลับบ้าน',
    },
    topics: ['labour-exploitation', 'survivor-support'],
    regions: ['thailand'],
    audiences: ['volunteers', 'general-public', 'faith-groups'],
    organization: 'mekong-worker-rights',
    reviewBy: '2027-02-15',
    items: [
      {
        name: { en: 'Backpacks', es: 'Mochilas', fr: 'Sacs à dos', ar: 'حقائب ظهر', th: 'กระเป๋าเป้' },
        category: 'household',
        priority: 'high',
      },
      {
        name: {
          en: 'Basic mobile phones with chargers',
          es: 'Teléfonos móviles básicos con cargador',
          fr: 'Téléphones portables simples avec chargeur',
          ar: 'هواتف محمولة بسيطة مع شواحنها',
          th: 'โทรศัพท์มือถือรุ่นพื้นฐานพร้อมที่ชาร์จ',
        },
        category: 'phone-and-transport',
        priority: 'urgent',
      },
      {
        name: {
          en: 'Men’s clothing, sizes S to L',
          es: 'Ropa de hombre, tallas S a L',
          fr: 'Vêtements pour hommes, tailles S à L',
          ar: 'ملابس رجالية، المقاسات من S إلى L',
          th: 'เสื้อผ้าผู้ชาย ไซซ์ S ถึง L',
        },
        category: 'clothing',
        priority: 'high',
      },
      {
        name: { en: 'Sandals', es: 'Sandalias', fr: 'Sandales', ar: 'صنادل', th: 'รองเท้าแตะ' },
        category: 'clothing',
        priority: 'normal',
      },
      {
        name: {
          en: 'First-aid supplies',
          es: 'Material de primeros auxilios',
          fr: 'Matériel de premiers secours',
          ar: 'مستلزمات الإسعافات الأولية',
          th: 'อุปกรณ์ปฐมพยาบาล',
        },
        category: 'medical',
        priority: 'high',
        notes: {
          en: 'Unopened, with at least a year before expiry.',
          es: 'Sin abrir y con al menos un año antes de caducar.',
          fr: 'Non ouvert, et valable encore au moins un an.',
          ar: 'غير مفتوحة، وتنتهي صلاحيتها بعد سنة على الأقل.',
          th: 'ยังไม่เปิดใช้ และมีอายุใช้งานเหลืออย่างน้อยหนึ่งปี',
        },
      },
      {
        name: {
          en: 'Toothbrushes, soap and razors',
          es: 'Cepillos de dientes, jabón y maquinillas',
          fr: 'Brosses à dents, savon et rasoirs',
          ar: 'فراشي أسنان وصابون وشفرات حلاقة',
          th: 'แปรงสีฟัน สบู่ และมีดโกน',
        },
        category: 'hygiene',
        priority: 'normal',
      },
    ],
    howToDonate: {
      en: 'Send items to the centre or give money so staff can buy items locally, which is often cheaper and faster.',
      es: 'Envíe artículos al centro o done dinero para que el personal los compre en el lugar, lo que suele ser más barato y rápido.',
      fr: 'Envoyez des articles au centre, ou donnez de l’argent pour que l’équipe les achète sur place, ce qui est souvent moins cher et plus rapide.',
      ar: 'أرسل الأغراض إلى المركز أو تبرّع بالمال ليشتريها الفريق محليًا، وهذا غالبًا أرخص وأسرع.',
      th: 'ส่งของไปที่ศูนย์ หรือบริจาคเงินให้เจ้าหน้าที่ซื้อของในพื้นที่ ซึ่งมักถูกกว่าและเร็วกว่า',
    },
    monetaryFunds: [
      {
        label: {
          en: 'Fund a returnee kit',
          es: 'Financiar un kit de regreso',
          fr: 'Financer un kit de retour',
          ar: 'موّل حقيبة عودة',
          th: 'สนับสนุนชุดของใช้สำหรับผู้เดินทางกลับบ้าน',
        },
        url: 'https://mekong-workers.example.org/donate',
      },
    ],
    lastVerified: '2026-10-28',
  },
]
