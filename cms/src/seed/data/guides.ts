import { lexical as l } from '@hub/content-schemas'

import { daysFromSeeding } from '../reviewDates'
import type { SeedGuide } from '../types'
import { recognisingSigns } from './guideRecognisingSigns'

const knowYourRights: SeedGuide = {
  slug: 'know-your-rights-at-work',
  title: { en: 'Know your rights at work', es: 'Conozca sus derechos en el trabajo' },
  summary: {
    en: 'What an employer may and may not do, whatever your immigration status, and where to get help with unpaid wages.',
    es: 'Lo que un empleador puede y no puede hacer, sea cual sea su situación migratoria, y dónde pedir ayuda si no le pagan.',
  },
  topics: ['know-your-rights', 'labour-exploitation'],
  regions: ['united-states', 'mexico'],
  audiences: ['workers', 'survivors'],
  organization: 'red-de-jornaleros',
  // Wage law changes: in the demo this guide's review falls due within the month.
  reviewBy: daysFromSeeding(20),
  relatedGuides: ['recognising-the-signs-of-trafficking'],
  body: {
    en: l.doc(
      l.p(
        'You have rights at work ',
        l.bold('whatever your immigration status'),
        '. Labour laws in most countries protect every worker, with or without papers.',
      ),
      l.h2('An employer may not'),
      l.ul(
        ['keep your passport, ID or work permit'],
        ['make you work to pay off a recruitment debt'],
        ['threaten to call immigration because you ask for your wages'],
        ['stop you from leaving your workplace or housing'],
      ),
      l.h2('Keep a record'),
      l.block({
        blockType: 'steps',
        steps: [
          {
            title: 'Write down your hours',
            text: 'Every day, note when you start and stop. A photo of a calendar works.',
          },
          {
            title: 'Keep pay slips and messages',
            text: 'Save texts and voice notes from your employer or recruiter.',
          },
          {
            title: 'Talk to a worker centre',
            text: 'They can help you claim unpaid wages, often without going to court.',
          },
        ],
      }),
      l.block({
        blockType: 'consentedQuote',
        quote:
          'I thought nobody would listen because I had no papers. The worker centre got me three months of wages back.',
        attribution: 'A farm worker in Sinaloa, quoted with her permission',
        consentRecorded: true,
      }),
      l.block({
        blockType: 'resourceLink',
        label: 'Day Labourers’ Network: find a worker centre',
        url: 'https://red-jornaleros.example.org/centres',
        description: 'Free, confidential advice in Spanish and Indigenous languages.',
      }),
      l.block({ blockType: 'hotline', hotline: 'red-jornaleros-line' }),
    ),
    es: l.doc(
      l.p(
        'Usted tiene derechos en el trabajo ',
        l.bold('sea cual sea su situación migratoria'),
        '. En la mayoría de los países la ley laboral protege a todas las personas trabajadoras, con o sin papeles.',
      ),
      l.h2('Un empleador no puede'),
      l.ul(
        ['quedarse con su pasaporte, identificación o permiso de trabajo'],
        ['obligarle a trabajar para pagar una deuda de contratación'],
        ['amenazarle con llamar a migración porque usted reclama su salario'],
        ['impedirle salir de su lugar de trabajo o de su vivienda'],
      ),
      l.h2('Guarde un registro'),
      l.block({
        blockType: 'steps',
        steps: [
          {
            title: 'Anote sus horas',
            text: 'Cada día, apunte a qué hora empieza y termina. Una foto de un calendario sirve.',
          },
          {
            title: 'Guarde recibos y mensajes',
            text: 'Conserve los mensajes de texto y de voz de su empleador o reclutador.',
          },
          {
            title: 'Hable con un centro de trabajadores',
            text: 'Pueden ayudarle a cobrar salarios adeudados, muchas veces sin ir a juicio.',
          },
        ],
      }),
      l.block({
        blockType: 'consentedQuote',
        quote:
          'Pensaba que nadie me iba a escuchar porque no tenía papeles. El centro de trabajadores me ayudó a recuperar tres meses de salario.',
        attribution: 'Una jornalera de Sinaloa, citada con su permiso',
        consentRecorded: true,
      }),
      l.block({
        blockType: 'resourceLink',
        label: 'Red de Jornaleros: encuentre un centro de trabajadores',
        url: 'https://red-jornaleros.example.org/centres',
        description: 'Orientación gratuita y confidencial en español y lenguas indígenas.',
      }),
      l.block({ blockType: 'hotline', hotline: 'red-jornaleros-line' }),
    ),
  },
}

const volunteerSafely: SeedGuide = {
  slug: 'how-to-volunteer-safely',
  title: { en: 'How to volunteer safely and usefully', es: 'Cómo hacer voluntariado de forma segura y útil' },
  summary: {
    en: 'Good intentions can put survivors at risk. How to choose an organisation, what training to expect, and what volunteers should never do.',
    es: 'Las buenas intenciones pueden poner en riesgo a sobrevivientes. Cómo elegir una organización, qué formación esperar y qué no debe hacer nunca un voluntario.',
  },
  topics: ['volunteering', 'survivor-support'],
  regions: ['worldwide'],
  audiences: ['volunteers', 'students', 'faith-groups'],
  organization: 'harbor-alliance',
  reviewBy: '2027-06-30',
  body: {
    en: l.doc(
      l.p(
        'The most useful volunteers are reliable, discreet and happy to do unglamorous work. Survivors need stable services far more than rescuers.',
      ),
      l.p(
        'Before you start, read ',
        l.internalLink(
          'Recognising the signs of trafficking',
          'guides',
          'recognising-the-signs-of-trafficking',
        ),
        '.',
      ),
      l.block({
        blockType: 'image',
        image: 'guide-header-signs',
        caption: 'Notice, ask, call: the three steps every volunteer learns first.',
      }),
      l.h2('Choosing where to volunteer'),
      l.block({
        blockType: 'checklist',
        items: [
          { text: 'The organisation trains volunteers before they meet anyone it serves.' },
          { text: 'It has a written confidentiality policy and asks you to sign it.' },
          { text: 'It never asks volunteers to take photos of, or post about, the people it supports.' },
        ],
      }),
      l.h2('Never'),
      l.ul(
        ['try to “rescue” someone yourself or visit a place you suspect'],
        ['share names, photos or locations of survivors, even in a private group'],
        ['promise things you cannot deliver, such as a visa or a job'],
      ),
      l.block({
        blockType: 'callout',
        tone: 'warning',
        title: 'Shelter addresses are secret',
        text: 'Never share or check in at a shelter’s location on social media. It can lead an abuser to the people hiding there.',
      }),
    ),
    es: l.doc(
      l.p(
        'Las personas voluntarias más útiles son constantes, discretas y no temen las tareas poco vistosas. Las sobrevivientes necesitan servicios estables mucho más que rescatadores.',
      ),
      l.p(
        'Antes de empezar, lea ',
        l.internalLink(
          'Cómo reconocer las señales de la trata',
          'guides',
          'recognising-the-signs-of-trafficking',
        ),
        '.',
      ),
      l.block({
        blockType: 'image',
        image: 'guide-header-signs',
        caption: 'Observar, preguntar, llamar: los tres pasos que todo voluntario aprende primero.',
      }),
      l.h2('Cómo elegir dónde colaborar'),
      l.block({
        blockType: 'checklist',
        items: [
          { text: 'La organización forma al voluntariado antes de que conozca a las personas que atiende.' },
          { text: 'Tiene una política de confidencialidad por escrito y le pide firmarla.' },
          { text: 'Nunca pide al voluntariado fotografiar ni publicar nada sobre las personas que apoya.' },
        ],
      }),
      l.h2('Nunca'),
      l.ul(
        ['intente “rescatar” a alguien por su cuenta ni visite un lugar sospechoso'],
        ['comparta nombres, fotos o ubicaciones de sobrevivientes, ni siquiera en un grupo privado'],
        ['prometa cosas que no puede cumplir, como un visado o un empleo'],
      ),
      l.block({
        blockType: 'callout',
        tone: 'warning',
        title: 'La dirección de un refugio es secreta',
        text: 'Nunca comparta ni marque en redes sociales la ubicación de un refugio. Podría llevar a un agresor hasta las personas que se protegen allí.',
      }),
    ),
  },
}

const supportingDisclosure: SeedGuide = {
  slug: 'supporting-a-survivor-who-discloses',
  title: {
    en: 'When someone tells you what happened to them',
    es: 'Cuando alguien le cuenta lo que le pasó',
    // Half translated on purpose: the French title and summary are done, the body is not yet.
    fr: 'Quand quelqu’un vous raconte ce qui lui est arrivé',
  },
  summary: {
    en: 'How to respond if a friend, student or co-worker tells you they are being, or have been, exploited.',
    es: 'Cómo responder si una amiga, un estudiante o un compañero de trabajo le cuenta que sufre o ha sufrido explotación.',
    fr: 'Comment réagir si une amie, un élève ou un collègue vous confie être ou avoir été exploité.',
  },
  topics: ['survivor-support', 'recognising-signs'],
  regions: ['worldwide'],
  audiences: ['general-public', 'educators', 'volunteers'],
  organization: 'escale-solidaire',
  reviewBy: '2027-05-31',
  contentWarnings: ['coercion-and-threats'],
  relatedGuides: ['recognising-the-signs-of-trafficking'],
  body: {
    en: l.doc(
      l.p(
        'Being told is a sign of trust. You do not need to have answers; you need to listen, believe, and help the person choose their next step.',
      ),
      l.block({
        blockType: 'steps',
        steps: [
          {
            title: 'Listen without interrupting',
            text: 'Let them tell as much or as little as they want. Do not ask for details they do not offer.',
          },
          { title: 'Believe them and say so', text: '“Thank you for telling me. It is not your fault.”' },
          {
            title: 'Ask what they want',
            text: 'Offer options, such as a hotline, a doctor or a lawyer, and let them decide.',
          },
          {
            title: 'Look after yourself',
            text: 'Hearing this is hard. Talk to a hotline yourself if you need to.',
          },
        ],
      }),
      l.quote('Respect their pace. Pushing someone to report before they are ready can put them in danger.'),
      l.block({ blockType: 'hotline', hotline: 'us-national-human-trafficking-hotline' }),
    ),
    es: l.doc(
      l.p(
        'Que alguien se lo cuente es una muestra de confianza. No necesita tener respuestas: necesita escuchar, creer y ayudar a la persona a elegir su siguiente paso.',
      ),
      l.block({
        blockType: 'steps',
        steps: [
          {
            title: 'Escuche sin interrumpir',
            text: 'Deje que cuente tanto o tan poco como quiera. No pida detalles que no ofrezca.',
          },
          { title: 'Créale y dígaselo', text: '«Gracias por contármelo. No es tu culpa».' },
          {
            title: 'Pregunte qué quiere',
            text: 'Ofrezca opciones, como una línea de ayuda, un médico o un abogado, y deje que decida.',
          },
          {
            title: 'Cuídese usted también',
            text: 'Escuchar esto es duro. Llame usted a una línea de ayuda si lo necesita.',
          },
        ],
      }),
      l.quote(
        'Respete su ritmo. Presionar a alguien para que denuncie antes de estar preparado puede ponerle en peligro.',
      ),
      l.block({ blockType: 'hotline', hotline: 'us-national-human-trafficking-hotline' }),
    ),
  },
}

export const guides: SeedGuide[] = [recognisingSigns, knowYourRights, volunteerSafely, supportingDisclosure]
