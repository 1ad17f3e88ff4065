import { lexical as l } from '@hub/content-schemas'

import type { SeedScreeningKit } from '../types'
import { ghostFleetKit } from './kitGhostFleet'

const janeDoeKit: SeedScreeningKit = {
  slug: 'i-am-jane-doe-screening-kit',
  title: { en: 'Screening kit: I Am Jane Doe', es: 'Kit de proyección: I Am Jane Doe' },
  summary: {
    en: 'Host a screening of I Am Jane Doe, a documentary about families who took on a website that profited from the sale of their daughters, with a panel on online exploitation.',
    es: 'Organice una proyección de I Am Jane Doe, un documental sobre familias que se enfrentaron a un sitio web que se lucraba con la venta de sus hijas, con un panel sobre explotación en internet.',
  },
  topics: ['sex-trafficking', 'community-events'],
  regions: ['united-states'],
  audiences: ['educators', 'faith-groups', 'general-public'],
  organization: 'harbor-alliance',
  reviewBy: '2027-05-01',
  contentWarnings: ['sexual-violence', 'child-exploitation'],
  film: {
    title: { en: 'I Am Jane Doe', es: 'I Am Jane Doe' },
    year: 2017,
    runtimeMinutes: 104,
    ageGuidance: '16-plus',
    synopsis: {
      en: 'Mothers and their teenage daughters, exploited through classified advertisements online, spend years in court trying to hold the website that hosted those ads to account.',
      es: 'Madres y sus hijas adolescentes, explotadas mediante anuncios clasificados en internet, pasan años en los tribunales intentando que el sitio web que alojaba esos anuncios rinda cuentas.',
    },
    themes: [
      { text: { en: 'Online exploitation of minors', es: 'Explotación de menores en internet' } },
      {
        text: { en: 'Law and platform accountability', es: 'La ley y la responsabilidad de las plataformas' },
      },
      {
        text: {
          en: 'Families and survivors seeking justice',
          es: 'Familias y sobrevivientes que buscan justicia',
        },
      },
    ],
    whereToWatch: [
      {
        label: {
          en: 'Community screening licences from the film’s website',
          es: 'Licencias de proyección comunitaria en el sitio de la película',
        },
        url: 'https://www.iamjanedoefilm.com/',
      },
    ],
    licenceNote: {
      en: 'A streaming subscription is for private viewing. For a public or group screening, obtain a community screening licence from the distributor first.',
      es: 'Una suscripción de streaming es para uso privado. Para una proyección pública o en grupo, obtenga antes una licencia de proyección comunitaria del distribuidor.',
    },
  },
  poster: 'poster-jane-doe-kit',
  panelQuestionSet: 'jane-doe-panel-questions',
  donationList: 'harbor-shelter-winter-needs',
  facilitatorGuide: {
    en: l.doc(
      l.p(
        'This film discusses the sexual exploitation of children. Plan the event for adults and older teenagers, and make support visible in the room.',
      ),
      l.h2('Preparing the room'),
      l.ul(
        ['Put the hotline number on every seat or on the screen.'],
        ['Agree a signal for anyone who needs to step out.'],
        ['Brief a support person to stay near the exit.'],
      ),
      l.block({
        blockType: 'callout',
        tone: 'warning',
        title: 'Keep the discussion on systems',
        text: 'Discuss laws, platforms and prevention. Do not speculate about any real person’s experience.',
      }),
      l.block({ blockType: 'hotline', hotline: 'us-national-human-trafficking-hotline' }),
    ),
    es: l.doc(
      l.p(
        'Esta película trata la explotación sexual de menores. Plantee el evento para personas adultas y adolescentes mayores, y haga visible el apoyo disponible en la sala.',
      ),
      l.h2('Preparar la sala'),
      l.ul(
        ['Ponga el número de la línea de ayuda en cada asiento o en la pantalla.'],
        ['Acuerde una señal para quien necesite salir.'],
        ['Pida a una persona de apoyo que se quede cerca de la salida.'],
      ),
      l.block({
        blockType: 'callout',
        tone: 'warning',
        title: 'Centre el debate en los sistemas',
        text: 'Hable de leyes, plataformas y prevención. No especule sobre la experiencia de ninguna persona real.',
      }),
      l.block({ blockType: 'hotline', hotline: 'us-national-human-trafficking-hotline' }),
    ),
  },
  panelistRoles: [
    {
      role: { en: 'A lawyer or legal advocate', es: 'Una abogada o defensora legal' },
      why: {
        en: 'Explains in plain words what the court cases were about and what has changed.',
        es: 'Explica con palabras sencillas de qué trataban los juicios y qué ha cambiado.',
      },
    },
    {
      role: { en: 'A youth worker or school counsellor', es: 'Un educador juvenil o orientador escolar' },
      why: {
        en: 'Talks about how young people are approached online and how adults can respond.',
        es: 'Habla de cómo se aborda a los jóvenes en internet y cómo pueden responder los adultos.',
      },
    },
  ],
  timeline: [
    {
      phase: 'weeks-before',
      task: {
        en: 'Obtain the community screening licence',
        es: 'Obtener la licencia de proyección comunitaria',
      },
    },
    {
      phase: 'week-before',
      task: {
        en: 'Confirm the support person and print handouts',
        es: 'Confirmar la persona de apoyo e imprimir materiales',
      },
    },
    {
      phase: 'day-of',
      task: {
        en: 'Read the content warning before the film',
        es: 'Leer la advertencia de contenido antes de la película',
      },
    },
    {
      phase: 'after',
      task: {
        en: 'Send attendees the hotline and resources',
        es: 'Enviar a los asistentes la línea de ayuda y los recursos',
      },
    },
  ],
  resourcesToShare: [
    {
      label: { en: 'National Human Trafficking Hotline', es: 'Línea Nacional contra la Trata de Personas' },
      url: 'https://humantraffickinghotline.org/',
      description: {
        en: 'Call 1-888-373-7888 or text 233733.',
        es: 'Llame al 1-888-373-7888 o envíe un SMS al 233733.',
      },
    },
  ],
}

export const screeningKits: SeedScreeningKit[] = [ghostFleetKit, janeDoeKit]
