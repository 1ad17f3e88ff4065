import { lexical as l } from '@hub/content-schemas'

import type { SeedScreeningKit } from '../types'

const facilitatorGuide = (text: {
  intro: string
  beforeTitle: string
  before: string[]
  discloseTitle: string
  disclose: string
  /** The text of the link to the guide on supporting a survivor who discloses. */
  guide: string
  care: string
}) =>
  l.doc(
    l.p(text.intro),
    l.h2(text.beforeTitle),
    l.ul(...text.before.map((item) => [item])),
    l.h2(text.discloseTitle),
    l.p(text.disclose),
    l.p(l.internalLink(text.guide, 'guides', 'supporting-a-survivor-who-discloses')),
    l.block({ blockType: 'callout', tone: 'safety', text: text.care }),
    l.block({ blockType: 'hotline', hotline: 'mekong-worker-helpline' }),
  )

/** The demo kit that is complete in all five locales. */
export const ghostFleetKit: SeedScreeningKit = {
  slug: 'ghost-fleet-screening-kit',
  title: {
    en: 'Screening kit: Ghost Fleet',
    es: 'Kit de proyección: Ghost Fleet',
    fr: 'Kit de projection : Ghost Fleet',
    ar: 'حقيبة عرض فيلم: Ghost Fleet',
    th: 'ชุดจัดฉายภาพยนตร์: Ghost Fleet',
  },
  summary: {
    en: 'Everything a community group needs to show Ghost Fleet, a documentary about forced labour in the fishing industry, and host a panel afterwards.',
    es: 'Todo lo que un grupo comunitario necesita para proyectar Ghost Fleet, un documental sobre el trabajo forzoso en la pesca, y organizar después un panel.',
    fr: 'Tout ce qu’il faut à un groupe local pour projeter Ghost Fleet, un documentaire sur le travail forcé dans la pêche, et animer un débat ensuite.',
    ar: 'كل ما تحتاجه مجموعة مجتمعية لعرض فيلم Ghost Fleet، وهو فيلم وثائقي عن العمل القسري في صناعة الصيد، وتنظيم حلقة نقاش بعده.',
    th: 'ทุกสิ่งที่กลุ่มชุมชนต้องใช้ในการฉายภาพยนตร์สารคดี Ghost Fleet เกี่ยวกับแรงงานบังคับในอุตสาหกรรมประมง และจัดเวทีเสวนาหลังฉาย',
  },
  topics: ['labour-exploitation', 'community-events'],
  regions: ['thailand', 'worldwide'],
  audiences: ['students', 'faith-groups', 'general-public'],
  organization: 'mekong-worker-rights',
  reviewBy: '2027-05-01',
  contentWarnings: ['physical-violence', 'coercion-and-threats'],
  film: {
    title: { en: 'Ghost Fleet', es: 'Ghost Fleet', fr: 'Ghost Fleet', ar: 'Ghost Fleet', th: 'Ghost Fleet' },
    year: 2018,
    runtimeMinutes: 90,
    ageGuidance: '15-plus',
    synopsis: {
      en: 'A Thai activist and her small team travel to remote Indonesian islands to find fishermen who spent years enslaved on fishing boats, and help those who want to go home find their way back to their families.',
      es: 'Una activista tailandesa y su pequeño equipo viajan a islas remotas de Indonesia para encontrar a pescadores que pasaron años esclavizados en barcos pesqueros y ayudar a quienes quieren volver a reencontrarse con sus familias.',
      fr: 'Une militante thaïlandaise et sa petite équipe se rendent sur des îles isolées d’Indonésie pour retrouver des pêcheurs réduits en esclavage pendant des années sur des bateaux, et aider ceux qui le souhaitent à retrouver leur famille.',
      ar: 'تسافر ناشطة تايلاندية وفريقها الصغير إلى جزر إندونيسية نائية للعثور على صيادين قضوا سنوات مستعبَدين على قوارب الصيد، ولمساعدة من يرغب منهم في العودة إلى أسرهم.',
      th: 'นักกิจกรรมชาวไทยและทีมงานเล็ก ๆ ของเธอเดินทางไปยังเกาะห่างไกลในอินโดนีเซีย เพื่อตามหาชาวประมงที่ถูกบังคับใช้แรงงานบนเรือมาหลายปี และช่วยให้ผู้ที่อยากกลับบ้านได้กลับไปหาครอบครัว',
    },
    themes: [
      {
        text: {
          en: 'Forced labour at sea',
          es: 'Trabajo forzoso en el mar',
          fr: 'Travail forcé en mer',
          ar: 'العمل القسري في البحر',
          th: 'แรงงานบังคับในทะเล',
        },
      },
      {
        text: {
          en: 'Supply chains and consumers',
          es: 'Cadenas de suministro y consumidores',
          fr: 'Chaînes d’approvisionnement et consommateurs',
          ar: 'سلاسل التوريد والمستهلكون',
          th: 'ห่วงโซ่อุปทานและผู้บริโภค',
        },
      },
      {
        text: {
          en: 'Coming home after exploitation',
          es: 'Volver a casa después de la explotación',
          fr: 'Rentrer chez soi après l’exploitation',
          ar: 'العودة إلى الوطن بعد الاستغلال',
          th: 'การกลับบ้านหลังถูกแสวงประโยชน์',
        },
      },
    ],
    whereToWatch: [
      {
        label: {
          en: 'Educational and community licences from the distributor',
          es: 'Licencias educativas y comunitarias del distribuidor',
          fr: 'Licences éducatives et associatives auprès du distributeur',
          ar: 'تراخيص تعليمية ومجتمعية من جهة التوزيع',
          th: 'สิทธิ์ฉายเพื่อการศึกษาและชุมชนจากผู้จัดจำหน่าย',
        },
        url: 'https://www.ghostfleetfilm.com/',
      },
    ],
    licenceNote: {
      en: 'Owning a copy or a streaming subscription does not cover a public screening. Ask the distributor for a community screening licence; many offer reduced fees for non-profits, schools and faith groups.',
      es: 'Tener una copia o una suscripción de streaming no permite una proyección pública. Solicite al distribuidor una licencia de proyección comunitaria; muchos ofrecen tarifas reducidas para organizaciones sin ánimo de lucro, escuelas y grupos de fe.',
      fr: 'Posséder une copie ou un abonnement de streaming ne suffit pas pour une projection publique. Demandez au distributeur une licence de projection non commerciale ; beaucoup proposent des tarifs réduits aux associations, écoles et groupes confessionnels.',
      ar: 'امتلاك نسخة من الفيلم أو اشتراك في منصة بث لا يجيز العرض العام. اطلبوا من جهة التوزيع ترخيص عرض مجتمعي؛ وكثير منها يقدم رسومًا مخفضة للمنظمات غير الربحية والمدارس والمجموعات الدينية.',
      th: 'การมีแผ่นภาพยนตร์หรือสมาชิกสตรีมมิงไม่ครอบคลุมการฉายต่อสาธารณะ โปรดขอสิทธิ์การฉายสำหรับชุมชนจากผู้จัดจำหน่าย ซึ่งหลายรายลดค่าธรรมเนียมให้องค์กรไม่แสวงกำไร โรงเรียน และกลุ่มศาสนา',
    },
  },
  poster: 'poster-ghost-fleet-kit',
  panelQuestionSet: 'ghost-fleet-panel-questions',
  donationList: 'mekong-returnee-kits',
  facilitatorGuide: {
    en: facilitatorGuide({
      intro:
        'You do not need to be an expert to host this screening. Your job is to make the room safe, keep time, and connect people with ways to act.',
      beforeTitle: 'Before the screening',
      before: [
        'Watch the film yourself first.',
        'Tell guests about the content warnings in the invitation.',
        'Have a quiet space and a support person available.',
      ],
      discloseTitle: 'If someone discloses',
      disclose:
        'Listen privately, thank them, and do not press for details. Offer the hotline and let them decide what happens next.',
      guide: 'Read the guide: supporting a survivor who discloses',
      care: 'Never ask a panelist or guest to share their own story of exploitation.',
    }),
    es: facilitatorGuide({
      intro:
        'No hace falta ser experto para organizar esta proyección. Su tarea es que la sala sea un espacio seguro, controlar el tiempo y conectar a las personas con formas de actuar.',
      beforeTitle: 'Antes de la proyección',
      before: [
        'Vea primero la película usted mismo.',
        'Avise de las advertencias de contenido en la invitación.',
        'Tenga preparado un espacio tranquilo y una persona de apoyo.',
      ],
      discloseTitle: 'Si alguien cuenta su experiencia',
      disclose:
        'Escuche en privado, agradézcale y no insista en los detalles. Ofrezca la línea de ayuda y deje que decida qué hacer.',
      guide: 'Lea la guía: apoyar a una persona sobreviviente que cuenta lo que vivió',
      care: 'Nunca pida a un panelista o a un invitado que cuente su propia historia de explotación.',
    }),
    fr: facilitatorGuide({
      intro:
        'Pas besoin d’être expert pour animer cette projection. Votre rôle : rendre la salle sûre, tenir le temps et orienter chacun vers des façons d’agir.',
      beforeTitle: 'Avant la projection',
      before: [
        'Regardez d’abord le film vous-même.',
        'Mentionnez les avertissements de contenu dans l’invitation.',
        'Prévoyez un espace calme et une personne ressource.',
      ],
      discloseTitle: 'Si quelqu’un se confie',
      disclose:
        'Écoutez en privé, remerciez la personne et n’insistez pas sur les détails. Proposez la ligne d’aide et laissez-la décider de la suite.',
      guide: 'Lisez le guide : soutenir une victime qui se confie',
      care: 'Ne demandez jamais à un intervenant ou à un invité de raconter sa propre histoire d’exploitation.',
    }),
    ar: facilitatorGuide({
      intro:
        'لا تحتاج إلى أن تكون خبيرًا لتنظيم هذا العرض. مهمتك أن تجعل المكان آمنًا، وأن تلتزم بالوقت، وأن تربط الحاضرين بطرق عملية للمساهمة.',
      beforeTitle: 'قبل العرض',
      before: [
        'شاهد الفيلم بنفسك أولًا.',
        'نبّه الضيوف في الدعوة إلى تحذيرات المحتوى.',
        'جهّز مكانًا هادئًا وشخصًا للدعم.',
      ],
      discloseTitle: 'إذا أفصح أحد عن تجربته',
      disclose:
        'استمع إليه على انفراد واشكره ولا تلحّ في طلب التفاصيل. اعرض عليه رقم خط المساعدة ودعه يقرر الخطوة التالية.',
      guide: 'اقرأ الدليل: كيف تساند ناجيًا يروي ما حدث له',
      care: 'لا تطلب أبدًا من متحدث أو ضيف أن يروي قصته الشخصية مع الاستغلال.',
    }),
    th: facilitatorGuide({
      intro:
        'คุณไม่จำเป็นต้องเป็นผู้เชี่ยวชาญก็จัดการฉายครั้งนี้ได้ หน้าที่ของคุณคือทำให้ห้องปลอดภัย คุมเวลา และเชื่อมผู้คนเข้ากับวิธีลงมือช่วยเหลือ',
      beforeTitle: 'ก่อนการฉาย',
      before: [
        'ดูภาพยนตร์ด้วยตัวเองก่อน',
        'แจ้งคำเตือนเนื้อหาไว้ในบัตรเชิญ',
        'เตรียมพื้นที่เงียบสงบและผู้ให้การสนับสนุนทางใจ',
      ],
      discloseTitle: 'หากมีผู้เปิดเผยประสบการณ์ของตน',
      disclose:
        'รับฟังเป็นการส่วนตัว ขอบคุณเขา และไม่ซักไซ้รายละเอียด เสนอหมายเลขสายด่วน แล้วให้เขาตัดสินใจเองว่าจะทำอะไรต่อ',
      guide: 'อ่านคู่มือ: การช่วยเหลือผู้รอดชีวิตที่เล่าเรื่องของตน',
      care: 'อย่าขอให้ผู้ร่วมเสวนาหรือแขกเล่าเรื่องการถูกแสวงประโยชน์ของตนเองเด็ดขาด',
    }),
  },
  panelistRoles: [
    {
      role: {
        en: 'Worker-rights advocate',
        es: 'Defensor de derechos laborales',
        fr: 'Défenseur des droits des travailleurs',
        ar: 'مدافع عن حقوق العمال',
        th: 'นักรณรงค์ด้านสิทธิแรงงาน',
      },
      why: {
        en: 'Explains how recruitment debts and confiscated documents trap workers.',
        es: 'Explica cómo las deudas de contratación y los documentos confiscados atrapan a los trabajadores.',
        fr: 'Explique comment les dettes de recrutement et les papiers confisqués piègent les travailleurs.',
        ar: 'يشرح كيف تحاصر ديون التوظيف والوثائق المصادرة العمال.',
        th: 'อธิบายว่าหนี้ค่านายหน้าและการยึดเอกสารทำให้แรงงานติดกับได้อย่างไร',
      },
    },
    {
      role: {
        en: 'Someone who works in seafood buying or retail',
        es: 'Alguien del sector de compra o venta de mariscos',
        fr: 'Une personne de l’achat ou de la vente de produits de la mer',
        ar: 'شخص يعمل في شراء المأكولات البحرية أو بيعها',
        th: 'ผู้ที่ทำงานด้านจัดซื้อหรือค้าปลีกอาหารทะเล',
      },
      why: {
        en: 'Connects the film to what the audience buys and what companies can check.',
        es: 'Relaciona la película con lo que compra el público y lo que las empresas pueden verificar.',
        fr: 'Relie le film à ce que le public achète et à ce que les entreprises peuvent vérifier.',
        ar: 'يربط الفيلم بما يشتريه الجمهور وبما يمكن للشركات التحقق منه.',
        th: 'เชื่อมโยงภาพยนตร์กับสิ่งที่ผู้ชมซื้อ และสิ่งที่บริษัทตรวจสอบได้',
      },
    },
    {
      role: {
        en: 'A counsellor or social worker',
        es: 'Una persona de psicología o trabajo social',
        fr: 'Un conseiller ou travailleur social',
        ar: 'مرشد نفسي أو أخصائي اجتماعي',
        th: 'นักให้คำปรึกษาหรือนักสังคมสงเคราะห์',
      },
      why: {
        en: 'Speaks about recovery and can support anyone affected by the film.',
        es: 'Habla de la recuperación y puede acompañar a quien se sienta afectado por la película.',
        fr: 'Parle du rétablissement et peut soutenir toute personne touchée par le film.',
        ar: 'يتحدث عن التعافي ويمكنه دعم من تأثر بالفيلم.',
        th: 'พูดถึงการฟื้นฟู และช่วยดูแลผู้ที่ได้รับผลกระทบทางใจจากภาพยนตร์',
      },
    },
  ],
  timeline: [
    {
      phase: 'weeks-before',
      task: {
        en: 'Request the screening licence and book a venue',
        es: 'Solicitar la licencia de proyección y reservar el lugar',
        fr: 'Demander la licence de projection et réserver une salle',
        ar: 'طلب ترخيص العرض وحجز المكان',
        th: 'ขอสิทธิ์การฉายและจองสถานที่',
      },
    },
    {
      phase: 'weeks-before',
      task: {
        en: 'Invite panelists and agree what they will and will not discuss',
        es: 'Invitar a panelistas y acordar de qué hablarán y de qué no',
        fr: 'Inviter les intervenants et convenir de ce qu’ils aborderont ou non',
        ar: 'دعوة المتحدثين والاتفاق على ما سيناقشونه وما لن يناقشوه',
        th: 'เชิญผู้ร่วมเสวนาและตกลงกันว่าจะพูดและไม่พูดเรื่องใด',
      },
    },
    {
      phase: 'week-before',
      task: {
        en: 'Test the projector and sound, and print the panel questions',
        es: 'Probar el proyector y el sonido, e imprimir las preguntas del panel',
        fr: 'Tester le projecteur et le son, imprimer les questions du débat',
        ar: 'تجربة جهاز العرض والصوت وطباعة أسئلة النقاش',
        th: 'ทดสอบเครื่องฉายและระบบเสียง และพิมพ์คำถามเสวนา',
      },
    },
    {
      phase: 'day-of',
      task: {
        en: 'Read the content warning aloud before the film starts',
        es: 'Leer en voz alta la advertencia de contenido antes de empezar',
        fr: 'Lire l’avertissement de contenu à voix haute avant le film',
        ar: 'قراءة تحذير المحتوى بصوت عالٍ قبل بدء الفيلم',
        th: 'อ่านคำเตือนเนื้อหาให้ผู้ชมฟังก่อนเริ่มฉาย',
      },
    },
    {
      phase: 'after',
      task: {
        en: 'Share the donation list and hotline with everyone who came',
        es: 'Compartir la lista de donaciones y la línea de ayuda con los asistentes',
        fr: 'Envoyer la liste de dons et la ligne d’aide aux participants',
        ar: 'مشاركة قائمة التبرعات وخط المساعدة مع جميع الحاضرين',
        th: 'ส่งรายการรับบริจาคและสายด่วนให้ผู้ร่วมงานทุกคน',
      },
    },
  ],
  resourcesToShare: [
    {
      label: {
        en: 'Mekong Worker Rights Centre',
        es: 'Centro de Derechos Laborales del Mekong',
        fr: 'Centre des droits des travailleurs du Mékong',
        ar: 'مركز حقوق العمال في ميكونغ',
        th: 'ศูนย์สิทธิแรงงานลุ่มน้ำโขง',
      },
      url: 'https://mekong-workers.example.org',
      description: {
        en: 'Helpline and support for migrant workers in Thailand.',
        es: 'Línea de ayuda y apoyo para trabajadores migrantes en Tailandia.',
        fr: 'Ligne d’aide et soutien aux travailleurs migrants en Thaïlande.',
        ar: 'خط مساعدة ودعم للعمال المهاجرين في تايلاند.',
        th: 'สายด่วนและการช่วยเหลือแรงงานข้ามชาติในประเทศไทย',
      },
    },
  ],
}
