import type { Translations } from './labels.ts'

/**
 * How a type's documents appear on the public site: a resource (a page readers
 * browse, search, link to and editors preview), a taxonomy (a page listing the
 * resources filed under it) or an organization's profile page.
 */
export type PageKind = 'resource' | 'taxonomy' | 'organization'

type DocumentType = {
  /** The type's name, singular and plural, in the admin and on the site. */
  labels: { singular: Translations; plural: Translations }
  /**
   * The type's public pages: their kind and URL segment, the same in every
   * language so links survive switching. A type without pages (hotlines,
   * media) is shown inside the pages of others.
   */
  page?: { kind: PageKind; segment: string }
  /**
   * One page per language listing every published document of the type with
   * its details, at `/<locale>/<segment>/`: a directory of what is otherwise
   * shown only inside the pages of others (every hotline, for a reader whose
   * page shows none or the wrong one), or a type's index beside its pages
   * (the open volunteer opportunities), which may share the pages' segment.
   */
  listing?: { segment: string }
}

/**
 * Every public document type, by the slug of its CMS collection and snapshot
 * folder. The CMS's collection list, preview and public links, the site's
 * content collections, routes, views, listings and sitemap all follow this
 * table; its schemas are in `collections`.
 */
export const documentTypes = {
  guides: {
    page: { kind: 'resource', segment: 'guides' },
    labels: {
      singular: { en: 'Guide', es: 'Guía', fr: 'Guide', ar: 'دليل', th: 'คู่มือ' },
      plural: { en: 'Guides', es: 'Guías', fr: 'Guides', ar: 'الأدلة', th: 'คู่มือ' },
    },
  },
  'screening-kits': {
    page: { kind: 'resource', segment: 'screening-kits' },
    labels: {
      singular: {
        en: 'Screening kit',
        es: 'Kit de proyección',
        fr: 'Kit de projection',
        ar: 'حقيبة عرض فيلم',
        th: 'ชุดจัดฉายภาพยนตร์',
      },
      plural: {
        en: 'Screening kits',
        es: 'Kits de proyección',
        fr: 'Kits de projection',
        ar: 'حقائب عرض الأفلام',
        th: 'ชุดจัดฉายภาพยนตร์',
      },
    },
  },
  'panel-question-sets': {
    page: { kind: 'resource', segment: 'panel-questions' },
    labels: {
      singular: {
        en: 'Panel question set',
        es: 'Preguntas para el panel',
        fr: 'Questions pour le débat',
        ar: 'أسئلة الحلقة النقاشية',
        th: 'ชุดคำถามเสวนา',
      },
      plural: {
        en: 'Panel question sets',
        es: 'Preguntas para paneles',
        fr: 'Questions pour débats',
        ar: 'مجموعات أسئلة النقاش',
        th: 'ชุดคำถามเสวนา',
      },
    },
  },
  'donation-lists': {
    page: { kind: 'resource', segment: 'donation-lists' },
    labels: {
      singular: {
        en: 'Donation list',
        es: 'Lista de donaciones',
        fr: 'Liste de dons',
        ar: 'قائمة التبرعات',
        th: 'รายการรับบริจาค',
      },
      plural: {
        en: 'Donation lists',
        es: 'Listas de donaciones',
        fr: 'Listes de dons',
        ar: 'قوائم التبرعات',
        th: 'รายการรับบริจาค',
      },
    },
  },
  'volunteer-opportunities': {
    page: { kind: 'resource', segment: 'volunteer' },
    listing: { segment: 'volunteer' },
    labels: {
      singular: {
        en: 'Volunteer opportunity',
        es: 'Oportunidad de voluntariado',
        fr: 'Mission de bénévolat',
        ar: 'فرصة تطوع',
        th: 'โอกาสอาสาสมัคร',
      },
      plural: {
        en: 'Volunteer opportunities',
        es: 'Oportunidades de voluntariado',
        fr: 'Missions de bénévolat',
        ar: 'فرص التطوع',
        th: 'โอกาสอาสาสมัคร',
      },
    },
  },
  'outreach-materials': {
    page: { kind: 'resource', segment: 'outreach' },
    labels: {
      singular: {
        en: 'Outreach material',
        es: 'Material de difusión',
        fr: 'Support de sensibilisation',
        ar: 'مادة توعوية',
        th: 'สื่อประชาสัมพันธ์',
      },
      plural: {
        en: 'Outreach materials',
        es: 'Materiales de difusión',
        fr: 'Supports de sensibilisation',
        ar: 'المواد التوعوية',
        th: 'สื่อประชาสัมพันธ์',
      },
    },
  },
  posts: {
    page: { kind: 'resource', segment: 'news' },
    listing: { segment: 'news' },
    labels: {
      singular: { en: 'News post', es: 'Noticia', fr: 'Actualité', ar: 'خبر', th: 'ข่าว' },
      plural: { en: 'News', es: 'Noticias', fr: 'Actualités', ar: 'الأخبار', th: 'ข่าวสาร' },
    },
  },
  actions: {
    page: { kind: 'resource', segment: 'take-action' },
    listing: { segment: 'take-action' },
    labels: {
      singular: {
        en: 'Take-action item',
        es: 'Acción',
        fr: 'Action à mener',
        ar: 'خطوة للتحرك',
        th: 'สิ่งที่ทำได้',
      },
      plural: {
        en: 'Take action',
        es: 'Pasa a la acción',
        fr: 'Agir',
        ar: 'تحرّك الآن',
        th: 'ลงมือทำ',
      },
    },
  },
  events: {
    page: { kind: 'resource', segment: 'events' },
    // Upcoming events, soonest first, then the archive of past ones.
    listing: { segment: 'events' },
    labels: {
      singular: { en: 'Event', es: 'Evento', fr: 'Événement', ar: 'فعالية', th: 'กิจกรรม' },
      plural: { en: 'Events', es: 'Eventos', fr: 'Événements', ar: 'الفعاليات', th: 'กิจกรรม' },
    },
  },
  organizations: {
    page: { kind: 'organization', segment: 'organizations' },
    listing: { segment: 'organizations' },
    labels: {
      singular: { en: 'Organization', es: 'Organización', fr: 'Organisation', ar: 'منظمة', th: 'องค์กร' },
      plural: {
        en: 'Organizations',
        es: 'Organizaciones',
        fr: 'Organisations',
        ar: 'المنظمات',
        th: 'องค์กร',
      },
    },
  },
  hotlines: {
    listing: { segment: 'hotlines' },
    labels: {
      singular: { en: 'Hotline', es: 'Línea de ayuda', fr: 'Ligne d’écoute', ar: 'خط مساعدة', th: 'สายด่วน' },
      plural: {
        en: 'Hotlines',
        es: 'Líneas de ayuda',
        fr: 'Lignes d’écoute',
        ar: 'خطوط المساعدة',
        th: 'สายด่วน',
      },
    },
  },
  topics: {
    page: { kind: 'taxonomy', segment: 'topics' },
    labels: {
      singular: { en: 'Topic', es: 'Tema', fr: 'Thème', ar: 'موضوع', th: 'หัวข้อ' },
      plural: { en: 'Topics', es: 'Temas', fr: 'Thèmes', ar: 'المواضيع', th: 'หัวข้อ' },
    },
  },
  regions: {
    page: { kind: 'taxonomy', segment: 'regions' },
    labels: {
      singular: { en: 'Region', es: 'Región', fr: 'Région', ar: 'منطقة', th: 'ภูมิภาค' },
      plural: { en: 'Regions', es: 'Regiones', fr: 'Régions', ar: 'المناطق', th: 'ภูมิภาค' },
    },
  },
  media: {
    labels: {
      singular: {
        en: 'Image or file',
        es: 'Imagen o archivo',
        fr: 'Image ou fichier',
        ar: 'صورة أو ملف',
        th: 'รูปภาพหรือไฟล์',
      },
      plural: {
        en: 'Images and files',
        es: 'Imágenes y archivos',
        fr: 'Images et fichiers',
        ar: 'الصور والملفات',
        th: 'รูปภาพและไฟล์',
      },
    },
  },
} as const satisfies Record<string, DocumentType>

export type CollectionSlug = keyof typeof documentTypes

export const collectionSlugs = Object.keys(documentTypes) as [CollectionSlug, ...CollectionSlug[]]

type SlugsWithPage<K extends PageKind> = {
  [S in CollectionSlug]: (typeof documentTypes)[S] extends { page: { kind: K } } ? S : never
}[CollectionSlug]

/** The resource types readers browse, search, link to and download. */
export type ResourceCollection = SlugsWithPage<'resource'>
export type TaxonomyCollection = SlugsWithPage<'taxonomy'>
/** Every type with pages of its own. */
export type RoutedCollection = SlugsWithPage<PageKind>

function withPages<K extends PageKind>(...kinds: K[]) {
  return collectionSlugs.filter((slug) => {
    const page = (documentTypes[slug] as DocumentType).page
    return page !== undefined && (kinds as PageKind[]).includes(page.kind)
  }) as [SlugsWithPage<K>, ...SlugsWithPage<K>[]]
}

export const resourceCollections = withPages('resource')
export const routedCollections = withPages('resource', 'taxonomy', 'organization')

/** Each type's labels, as Payload's collection `labels` take them. */
export const collectionLabels = Object.fromEntries(
  collectionSlugs.map((slug) => [slug, documentTypes[slug].labels]),
) as { [S in CollectionSlug]: (typeof documentTypes)[S]['labels'] }

/** The types listed all together on one page per locale. */
export type ListedCollection = {
  [S in CollectionSlug]: (typeof documentTypes)[S] extends { listing: object } ? S : never
}[CollectionSlug]

export const listedCollections = collectionSlugs.filter(
  (slug) => (documentTypes[slug] as DocumentType).listing !== undefined,
) as ListedCollection[]
