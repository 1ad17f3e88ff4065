import type { SeedPanelQuestionSet } from '../types'

export const panelQuestionSets: SeedPanelQuestionSet[] = [
  {
    slug: 'ghost-fleet-panel-questions',
    title: {
      en: 'Panel questions: forced labour at sea',
      es: 'Preguntas para el panel: trabajo forzoso en el mar',
      fr: 'Questions pour le débat : le travail forcé en mer',
      ar: 'أسئلة الحلقة النقاشية: العمل القسري في البحر',
      th: 'คำถามสำหรับเวทีเสวนา: แรงงานบังคับในทะเล',
    },
    summary: {
      en: 'Questions for a panel after a screening of Ghost Fleet, from first reactions to what the audience can do.',
      es: 'Preguntas para un panel después de proyectar Ghost Fleet, desde las primeras impresiones hasta lo que el público puede hacer.',
      fr: 'Des questions pour un débat après la projection de Ghost Fleet, des premières réactions à ce que le public peut faire.',
      ar: 'أسئلة لحلقة نقاش بعد عرض فيلم Ghost Fleet، من الانطباعات الأولى إلى ما يمكن للجمهور فعله.',
      th: 'คำถามสำหรับเวทีเสวนาหลังฉายภาพยนตร์ Ghost Fleet ตั้งแต่ความรู้สึกแรกจนถึงสิ่งที่ผู้ชมทำได้',
    },
    topics: ['labour-exploitation', 'community-events'],
    regions: ['thailand', 'worldwide'],
    audiences: ['students', 'faith-groups', 'general-public'],
    organization: 'mekong-worker-rights',
    reviewBy: '2027-05-01',
    intro: {
      en: 'Allow about an hour. Start with reactions, move to how forced labour works, and end with concrete actions. Remind the room that some people present may have lived experience of exploitation.',
      es: 'Calcule una hora. Empiece por las reacciones, pase a cómo funciona el trabajo forzoso y termine con acciones concretas. Recuerde a la sala que algunas personas presentes pueden haber vivido la explotación.',
      fr: 'Prévoyez environ une heure. Commencez par les réactions, abordez ensuite le fonctionnement du travail forcé et terminez par des actions concrètes. Rappelez que certaines personnes présentes ont peut-être vécu l’exploitation.',
      ar: 'خصصوا ساعة تقريبًا. ابدؤوا بالانطباعات، ثم انتقلوا إلى كيفية عمل العمل القسري، واختموا بخطوات عملية. ذكّروا الحاضرين بأن بعضهم ربما عاش تجربة الاستغلال.',
      th: 'ใช้เวลาประมาณหนึ่งชั่วโมง เริ่มจากความรู้สึกของผู้ชม ต่อด้วยกลไกของแรงงานบังคับ และปิดท้ายด้วยสิ่งที่ทำได้จริง เตือนผู้ร่วมงานว่าบางคนในห้องอาจเคยประสบการแสวงประโยชน์มาด้วยตนเอง',
    },
    recommendedLengthMinutes: 60,
    questions: [
      {
        question: {
          en: 'What moment in the film has stayed with you, and why?',
          es: '¿Qué momento de la película se le ha quedado grabado y por qué?',
          fr: 'Quel moment du film vous a marqué, et pourquoi ?',
          ar: 'ما اللحظة في الفيلم التي بقيت في ذهنك، ولماذا؟',
          th: 'ช่วงใดในภาพยนตร์ที่ยังติดอยู่ในใจคุณ และเพราะอะไร',
        },
        moderatorNotes: {
          en: 'Open to the panel first, then to the audience. Accept silence; it often comes before the most honest answers.',
          es: 'Pregunte primero al panel y luego al público. Acepte el silencio: suele preceder a las respuestas más sinceras.',
          fr: 'Posez-la d’abord au panel, puis au public. Acceptez le silence : il précède souvent les réponses les plus sincères.',
          ar: 'وجّهوا السؤال إلى المتحدثين أولًا ثم إلى الجمهور. تقبّلوا الصمت، فهو غالبًا يسبق أصدق الإجابات.',
          th: 'ถามผู้ร่วมเสวนาก่อน แล้วจึงถามผู้ชม ยอมรับช่วงเงียบได้ เพราะมักเกิดก่อนคำตอบที่จริงใจที่สุด',
        },
        followUps: [
          {
            text: {
              en: 'Did anything surprise you?',
              es: '¿Hubo algo que le sorprendiera?',
              fr: 'Qu’est-ce qui vous a surpris ?',
              ar: 'هل فاجأك شيء ما؟',
              th: 'มีอะไรที่ทำให้คุณประหลาดใจบ้าง',
            },
          },
        ],
      },
      {
        question: {
          en: 'How do people end up trapped on fishing boats for years?',
          es: '¿Cómo acaban las personas atrapadas durante años en barcos pesqueros?',
          fr: 'Comment des personnes se retrouvent-elles piégées pendant des années sur des bateaux de pêche ?',
          ar: 'كيف ينتهي الأمر بأشخاص محاصرين على قوارب الصيد لسنوات؟',
          th: 'ผู้คนถูกกักอยู่บนเรือประมงนานหลายปีได้อย่างไร',
        },
        moderatorNotes: {
          en: 'Invite the worker-rights panelist to explain recruitment debts, confiscated documents and transfers between boats at sea.',
          es: 'Invite a la persona experta en derechos laborales a explicar las deudas de contratación, los documentos confiscados y los traslados entre barcos en alta mar.',
          fr: 'Invitez l’intervenant spécialiste des droits des travailleurs à expliquer les dettes de recrutement, les papiers confisqués et les transferts entre bateaux en mer.',
          ar: 'ادعوا المتحدث المختص بحقوق العمال إلى شرح ديون التوظيف ومصادرة الوثائق والنقل بين القوارب في عرض البحر.',
          th: 'เชิญผู้ร่วมเสวนาด้านสิทธิแรงงานอธิบายเรื่องหนี้ค่านายหน้า การยึดเอกสาร และการย้ายคนระหว่างเรือกลางทะเล',
        },
        followUps: [
          {
            text: {
              en: 'What makes it hard to leave, even when a boat comes to port?',
              es: '¿Qué hace difícil marcharse, incluso cuando el barco llega a puerto?',
              fr: 'Qu’est-ce qui empêche de partir, même quand le bateau arrive au port ?',
              ar: 'ما الذي يجعل المغادرة صعبة حتى عندما يصل القارب إلى الميناء؟',
              th: 'อะไรทำให้การหนีออกมาเป็นเรื่องยาก แม้เรือจะเข้าฝั่งแล้วก็ตาม',
            },
          },
        ],
      },
      {
        question: {
          en: 'The film follows people who search for missing fishers. What does that work demand of them?',
          es: 'La película sigue a personas que buscan a pescadores desaparecidos. ¿Qué exige ese trabajo de ellas?',
          fr: 'Le film suit des personnes qui recherchent des pêcheurs disparus. Qu’exige ce travail d’elles ?',
          ar: 'يتابع الفيلم أشخاصًا يبحثون عن صيادين مفقودين. ماذا يتطلب منهم هذا العمل؟',
          th: 'ภาพยนตร์ติดตามผู้ที่ออกตามหาชาวประมงที่หายตัวไป งานนี้เรียกร้องอะไรจากพวกเขาบ้าง',
        },
        followUps: [],
      },
      {
        question: {
          en: 'What happens to survivors after they come home?',
          es: '¿Qué les ocurre a los sobrevivientes cuando vuelven a casa?',
          fr: 'Que deviennent les survivants une fois rentrés chez eux ?',
          ar: 'ماذا يحدث للناجين بعد عودتهم إلى ديارهم؟',
          th: 'เกิดอะไรขึ้นกับผู้รอดชีวิตหลังจากกลับถึงบ้าน',
        },
        moderatorNotes: {
          en: 'Steer away from dramatic rescue stories; ask about income, health, family and stigma.',
          es: 'Evite las historias dramáticas de rescate; pregunte por ingresos, salud, familia y estigma.',
          fr: 'Évitez les récits de sauvetage spectaculaires ; parlez revenus, santé, famille et stigmatisation.',
          ar: 'تجنبوا قصص الإنقاذ المثيرة، واسألوا عن الدخل والصحة والأسرة والوصمة.',
          th: 'หลีกเลี่ยงเรื่องเล่าการช่วยเหลือที่ดราม่า ให้ถามถึงรายได้ สุขภาพ ครอบครัว และการถูกตีตรา',
        },
        followUps: [
          {
            text: {
              en: 'What support actually helps in the first year?',
              es: '¿Qué apoyo ayuda de verdad durante el primer año?',
              fr: 'Quel soutien aide vraiment la première année ?',
              ar: 'ما الدعم الذي يساعد فعلًا في السنة الأولى؟',
              th: 'ความช่วยเหลือแบบใดที่ได้ผลจริงในปีแรก',
            },
          },
        ],
      },
      {
        question: {
          en: 'How is the seafood we buy connected to what we saw?',
          es: '¿Qué relación tiene el marisco que compramos con lo que hemos visto?',
          fr: 'Quel lien entre les produits de la mer que nous achetons et ce que nous avons vu ?',
          ar: 'ما علاقة المأكولات البحرية التي نشتريها بما رأيناه؟',
          th: 'อาหารทะเลที่เราซื้อเกี่ยวข้องกับสิ่งที่เราเห็นอย่างไร',
        },
        followUps: [
          {
            text: {
              en: 'Which questions can we ask shops and restaurants?',
              es: '¿Qué preguntas podemos hacer a tiendas y restaurantes?',
              fr: 'Quelles questions poser aux commerces et aux restaurants ?',
              ar: 'ما الأسئلة التي يمكننا طرحها على المتاجر والمطاعم؟',
              th: 'เราถามร้านค้าและร้านอาหารด้วยคำถามใดได้บ้าง',
            },
          },
        ],
      },
      {
        question: {
          en: 'What is one thing each of us can do this month?',
          es: '¿Qué podemos hacer cada uno de nosotros este mes?',
          fr: 'Que peut faire chacun de nous dès ce mois-ci ?',
          ar: 'ما الشيء الواحد الذي يمكن لكل منا فعله هذا الشهر؟',
          th: 'เดือนนี้เราแต่ละคนทำอะไรได้หนึ่งอย่าง',
        },
        moderatorNotes: {
          en: 'Close with the hotline and the donation list. Thank the panel and remind people where to find support after the event.',
          es: 'Cierre con la línea de ayuda y la lista de donaciones. Agradezca al panel y recuerde dónde encontrar apoyo después del evento.',
          fr: 'Terminez avec la ligne d’aide et la liste de dons. Remerciez le panel et rappelez où trouver du soutien après l’événement.',
          ar: 'اختموا بذكر خط المساعدة وقائمة التبرعات. اشكروا المتحدثين وذكّروا الحاضرين بأماكن الحصول على الدعم بعد الفعالية.',
          th: 'ปิดท้ายด้วยสายด่วนและรายการรับบริจาค ขอบคุณผู้ร่วมเสวนา และบอกผู้ชมว่าจะหาความช่วยเหลือได้ที่ใดหลังจบงาน',
        },
        followUps: [],
      },
    ],
  },
  {
    slug: 'jane-doe-panel-questions',
    title: {
      en: 'Panel questions: online exploitation of young people',
      es: 'Preguntas para el panel: explotación de jóvenes en internet',
    },
    summary: {
      en: 'Questions for a panel after a screening of I Am Jane Doe, on how exploitation moved online and how communities respond.',
      es: 'Preguntas para un panel después de proyectar I Am Jane Doe, sobre cómo la explotación pasó a internet y cómo responden las comunidades.',
    },
    topics: ['sex-trafficking', 'community-events'],
    regions: ['united-states'],
    audiences: ['educators', 'faith-groups', 'general-public'],
    organization: 'harbor-alliance',
    reviewBy: '2027-05-01',
    contentWarnings: ['sexual-violence', 'child-exploitation'],
    intro: {
      en: 'Plan for 45 to 60 minutes. Keep the focus on systems and accountability, never on graphic details of what happened to anyone.',
      es: 'Prevea entre 45 y 60 minutos. Céntrese en los sistemas y la rendición de cuentas, nunca en detalles gráficos de lo que le ocurrió a nadie.',
    },
    recommendedLengthMinutes: 50,
    questions: [
      {
        question: {
          en: 'What did the film show you that you did not know before?',
          es: '¿Qué le mostró la película que no sabía antes?',
        },
        followUps: [],
      },
      {
        question: {
          en: 'Why did the families in the film turn to the courts, and what stood in their way?',
          es: '¿Por qué las familias de la película recurrieron a los tribunales y qué obstáculos encontraron?',
        },
        moderatorNotes: {
          en: 'The legal panelist can explain in plain words why websites were long shielded from responsibility for what users posted.',
          es: 'La persona experta en derecho puede explicar con palabras sencillas por qué los sitios web estuvieron mucho tiempo protegidos de responder por lo que publicaban sus usuarios.',
        },
        followUps: [{ text: { en: 'What has changed since?', es: '¿Qué ha cambiado desde entonces?' } }],
      },
      {
        question: {
          en: 'How can parents, teachers and youth workers talk with young people about online recruitment without frightening them?',
          es: '¿Cómo pueden madres, padres, docentes y educadores hablar con jóvenes sobre la captación en internet sin asustarles?',
        },
        followUps: [
          {
            text: {
              en: 'What signs should adults notice?',
              es: '¿Qué señales deberían notar las personas adultas?',
            },
          },
        ],
      },
      {
        question: {
          en: 'What does a survivor-centred response look like when a young person discloses?',
          es: '¿Cómo es una respuesta centrada en la persona sobreviviente cuando un joven cuenta lo que le pasa?',
        },
        moderatorNotes: {
          en: 'Invite the survivor-advocate panelist only if they have said they want to speak to this; never ask anyone for their own story.',
          es: 'Invite a la persona sobreviviente del panel solo si ha dicho que quiere hablar de esto; nunca pida a nadie que cuente su propia historia.',
        },
        followUps: [],
      },
      {
        question: {
          en: 'What can our community do, starting this week?',
          es: '¿Qué puede hacer nuestra comunidad, empezando esta semana?',
        },
        moderatorNotes: {
          en: 'End with the hotline number and local services.',
          es: 'Termine con el número de la línea de ayuda y los servicios locales.',
        },
        followUps: [],
      },
    ],
  },
]
