import type { SeedPrintable } from '../types'

/** The demo's downloadable PDFs, drawn at seed time (see `printables.ts`); images are in `images.ts`. */
export const printables: SeedPrintable[] = [
  {
    key: 'ghost-fleet-poster-en',
    palette: ['#0b3c5d', '#328cc1'],
    headline: 'Film night: Ghost Fleet',
    lines: [
      'A documentary about forced labour at sea,',
      'followed by a conversation with local groups.',
      'Date: ____________   Time: ________',
      'Place: _______________________________',
      'Free entry. Everyone welcome.',
    ],
    alt: {
      en: 'Poster announcing a screening of Ghost Fleet, with blank lines for date, time and place.',
      es: 'Cartel que anuncia una proyección de Ghost Fleet, con líneas en blanco para fecha, hora y lugar.',
    },
    credit: 'Coalition Resource Hub (illustration)',
  },
  {
    key: 'ghost-fleet-poster-es',
    palette: ['#0b3c5d', '#328cc1'],
    headline: 'Noche de cine: Ghost Fleet',
    lines: [
      'Un documental sobre el trabajo forzoso en el mar,',
      'seguido de una conversación con grupos locales.',
      'Fecha: ____________   Hora: ________',
      'Lugar: _______________________________',
      'Entrada libre. Todas las personas son bienvenidas.',
    ],
    alt: {
      en: 'Spanish poster announcing a screening of Ghost Fleet, with blank lines for date, time and place.',
      es: 'Cartel en español que anuncia una proyección de Ghost Fleet, con líneas en blanco para fecha, hora y lugar.',
    },
    credit: 'Coalition Resource Hub (illustration)',
  },
  {
    key: 'ghost-fleet-flyer-en',
    palette: ['#1d3557', '#e63946'],
    headline: 'Forced labour at sea: what you can do',
    lines: [
      'Ask where your seafood comes from.',
      'Support groups that help fishers return home.',
      'If you or someone you know is held at sea, call a hotline.',
      'Come to the screening and bring a friend.',
    ],
    alt: {
      en: 'Flyer listing four things readers can do about forced labour at sea.',
      es: 'Volante con cuatro acciones contra el trabajo forzoso en el mar.',
    },
    credit: 'Coalition Resource Hub (illustration)',
  },
]
