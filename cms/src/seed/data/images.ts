import type { SeedImage } from '../types'

export const images: SeedImage[] = [
  {
    key: 'poster-ghost-fleet-kit',
    palette: ['#0b3c5d', '#328cc1'],
    motif: 'Ghost Fleet',
    alt: {
      en: 'Deep blue poster with pale circles suggesting the sea, titled Ghost Fleet.',
      es: 'Cartel azul oscuro con círculos claros que evocan el mar, con el título Ghost Fleet.',
      fr: 'Affiche bleu profond aux cercles pâles évoquant la mer, intitulée Ghost Fleet.',
      ar: 'ملصق أزرق داكن بدوائر فاتحة توحي بالبحر، بعنوان Ghost Fleet.',
      th: 'โปสเตอร์สีน้ำเงินเข้มมีวงกลมสีอ่อนชวนให้นึกถึงทะเล ชื่อเรื่อง Ghost Fleet',
    },
    credit: 'Coalition Resource Hub (illustration)',
  },
  {
    key: 'poster-jane-doe-kit',
    palette: ['#5b2a86', '#c05299'],
    motif: 'I Am Jane Doe',
    alt: {
      en: 'Purple and rose poster with soft circles, titled I Am Jane Doe.',
      es: 'Cartel morado y rosa con círculos suaves, con el título I Am Jane Doe.',
    },
    credit: 'Coalition Resource Hub (illustration)',
  },
  {
    key: 'guide-header-signs',
    palette: ['#1f6f50', '#8cc084'],
    motif: 'Notice. Ask. Call.',
    alt: {
      en: 'Green illustration with the words Notice, Ask, Call.',
      es: 'Ilustración verde con las palabras Notice, Ask, Call (Observar, Preguntar, Llamar).',
      fr: 'Illustration verte avec les mots Notice, Ask, Call (Observer, Demander, Appeler).',
      ar: 'رسم أخضر عليه الكلمات Notice وAsk وCall (لاحظ، اسأل، اتصل).',
      th: 'ภาพประกอบสีเขียวมีคำว่า Notice, Ask, Call (สังเกต ถาม โทร)',
    },
    credit: 'Coalition Resource Hub (illustration)',
  },
  {
    key: 'logo-harbor-alliance',
    palette: ['#264653', '#2a9d8f'],
    motif: 'Harbor',
    alt: {
      en: 'Harbor Alliance logo: the word Harbor on teal.',
      es: 'Logotipo de Harbor Alliance: la palabra Harbor sobre verde azulado.',
    },
    credit: 'Harbor Alliance (demo)',
  },
  {
    key: 'ghost-fleet-palm-card-en',
    palette: ['#0b3c5d', '#2a9d8f'],
    motif: 'Held at sea? Call.',
    alt: {
      en: 'Palm card in blue and teal with the words Held at sea? Call.',
      es: 'Tarjeta de bolsillo azul y verde azulado con las palabras Held at sea? Call.',
    },
    credit: 'Coalition Resource Hub (illustration)',
  },
  {
    key: 'ghost-fleet-palm-card-es',
    palette: ['#0b3c5d', '#2a9d8f'],
    motif: '¿Retenido en el mar?',
    alt: {
      en: 'Spanish palm card in blue and teal with the words ¿Retenido en el mar? (Held at sea?).',
      es: 'Tarjeta de bolsillo azul y verde azulado con las palabras ¿Retenido en el mar?',
    },
    credit: 'Coalition Resource Hub (illustration)',
  },
]
