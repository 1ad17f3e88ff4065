import { lexical as l } from '@hub/content-schemas'

import type { SeedGuide } from '../types'

// Each translation names the line its readers can reach; English and Spanish the US one.
const hotline = 'us-national-human-trafficking-hotline'

/** The demo guide that is complete in all five locales. */
export const recognisingSigns: SeedGuide = {
  slug: 'recognising-the-signs-of-trafficking',
  title: {
    en: 'Recognising the signs of trafficking',
    es: 'Cómo reconocer las señales de la trata',
    fr: 'Reconnaître les signes de la traite',
    ar: 'التعرّف على علامات الاتجار بالبشر',
    th: 'การสังเกตสัญญาณของการค้ามนุษย์',
  },
  summary: {
    en: 'Signs that someone may be controlled by another person, and what to do, and not do, if you are worried.',
    es: 'Señales de que alguien puede estar bajo el control de otra persona, y qué hacer, y qué no hacer, si le preocupa.',
    fr: 'Les signes qu’une personne est peut-être contrôlée par une autre, et ce qu’il faut faire, ou éviter, si vous êtes inquiet.',
    ar: 'علامات تدل على أن شخصًا ما قد يكون تحت سيطرة شخص آخر، وما ينبغي فعله وما لا ينبغي فعله إذا كنت قلقًا.',
    th: 'สัญญาณที่บอกว่าใครบางคนอาจถูกผู้อื่นควบคุม และสิ่งที่ควรทำและไม่ควรทำหากคุณเป็นห่วง',
  },
  topics: ['recognising-signs', 'labour-exploitation', 'sex-trafficking'],
  regions: ['worldwide'],
  audiences: ['general-public', 'volunteers', 'educators'],
  organization: 'mekong-worker-rights',
  reviewBy: '2027-04-15',
  downloads: ['guide-header-signs'],
  relatedGuides: ['supporting-a-survivor-who-discloses', 'know-your-rights-at-work'],
  body: {
    en: l.doc(
      l.p(
        'Trafficking rarely looks like a film. Most people who are exploited are not locked up; they are held by debts, threats, confiscated papers and fear of the police. No single sign proves anything, but several together are a reason to act.',
      ),
      l.h2('Signs you may notice'),
      l.block({
        blockType: 'checklist',
        title: 'Someone may need help if they:',
        items: [
          { text: 'do not hold their own passport or ID' },
          { text: 'owe a debt to an employer or recruiter that keeps growing' },
          { text: 'live where they work, or are driven to and from work' },
          { text: 'seem afraid to speak in front of a boss or “friend”' },
          { text: 'work very long hours for little or no pay' },
        ],
      }),
      l.h2('What to do'),
      l.block({
        blockType: 'steps',
        steps: [
          {
            title: 'Stay calm and private',
            text: 'If you can talk safely, speak to the person alone, in a language they are comfortable with.',
          },
          {
            title: 'Listen, do not investigate',
            text: 'You do not need proof. Do not confront the employer or post about it online.',
          },
          {
            title: 'Call for advice',
            text: 'A hotline can tell you what help exists and whether to involve the police.',
          },
        ],
      }),
      l.block({
        blockType: 'callout',
        tone: 'safety',
        title: 'Safety first',
        text: 'If someone is in immediate danger, call your local emergency number.',
      }),
      l.block({ blockType: 'hotline', hotline }),
      l.h2('Look after yourself'),
      l.p(
        'What you have seen can stay with you. Talk it over with someone you trust, and take time before you help again.',
      ),
    ),
    es: l.doc(
      l.p(
        'La trata rara vez se parece a una película. La mayoría de las personas explotadas no están encerradas: las retienen deudas, amenazas, documentos confiscados y el miedo a la policía. Ninguna señal aislada prueba nada, pero varias juntas son motivo para actuar.',
      ),
      l.h2('Señales que puede notar'),
      l.block({
        blockType: 'checklist',
        title: 'Alguien puede necesitar ayuda si:',
        items: [
          { text: 'no tiene en su poder su pasaporte o documento de identidad' },
          { text: 'debe a un empleador o reclutador una deuda que no deja de crecer' },
          { text: 'vive donde trabaja o la llevan y recogen del trabajo' },
          { text: 'parece tener miedo de hablar delante de un jefe o un “amigo”' },
          { text: 'trabaja muchísimas horas por poco o ningún salario' },
        ],
      }),
      l.h2('Qué hacer'),
      l.block({
        blockType: 'steps',
        steps: [
          {
            title: 'Mantenga la calma y la discreción',
            text: 'Si puede hablar con seguridad, hágalo a solas y en un idioma en el que la persona se sienta cómoda.',
          },
          {
            title: 'Escuche, no investigue',
            text: 'No necesita pruebas. No confronte al empleador ni lo publique en internet.',
          },
          {
            title: 'Pida orientación',
            text: 'Una línea de ayuda puede decirle qué apoyo existe y si conviene avisar a la policía.',
          },
        ],
      }),
      l.block({
        blockType: 'callout',
        tone: 'safety',
        title: 'La seguridad primero',
        text: 'Si alguien corre peligro inmediato, llame al número de emergencias local.',
      }),
      l.block({ blockType: 'hotline', hotline }),
      l.h2('Cuídese'),
      l.p(
        'Lo que ha visto puede quedarse con usted. Hable de ello con alguien de confianza y tómese un tiempo antes de volver a ayudar.',
      ),
    ),
    fr: l.doc(
      l.p(
        'La traite ressemble rarement à un film. La plupart des personnes exploitées ne sont pas enfermées : elles sont retenues par des dettes, des menaces, des papiers confisqués et la peur de la police. Aucun signe isolé ne prouve quoi que ce soit, mais plusieurs signes réunis sont une raison d’agir.',
      ),
      l.h2('Les signes à remarquer'),
      l.block({
        blockType: 'checklist',
        title: 'Une personne a peut-être besoin d’aide si elle :',
        items: [
          { text: 'n’a pas son passeport ou sa pièce d’identité sur elle' },
          { text: 'doit à un employeur ou à un recruteur une dette qui ne cesse d’augmenter' },
          { text: 'vit sur son lieu de travail, ou y est conduite et ramenée' },
          { text: 'semble avoir peur de parler devant un patron ou un « ami »' },
          { text: 'travaille de très longues heures pour peu ou pas de salaire' },
        ],
      }),
      l.h2('Que faire'),
      l.block({
        blockType: 'steps',
        steps: [
          {
            title: 'Restez calme et discret',
            text: 'Si vous pouvez parler sans danger, faites-le en tête-à-tête, dans une langue où la personne est à l’aise.',
          },
          {
            title: 'Écoutez, n’enquêtez pas',
            text: 'Vous n’avez pas besoin de preuves. Ne confrontez pas l’employeur et ne publiez rien en ligne.',
          },
          {
            title: 'Demandez conseil',
            text: 'Une ligne d’aide peut vous dire quelles aides existent et s’il faut prévenir la police.',
          },
        ],
      }),
      l.block({
        blockType: 'callout',
        tone: 'safety',
        title: 'La sécurité d’abord',
        text: 'Si quelqu’un est en danger immédiat, appelez le numéro d’urgence local.',
      }),
      l.block({ blockType: 'hotline', hotline: 'france-victim-support-line' }),
      l.h2('Prenez soin de vous'),
      l.p(
        'Ce que vous avez vu peut vous marquer. Parlez-en à une personne de confiance et prenez du temps avant d’aider à nouveau.',
      ),
    ),
    ar: l.doc(
      l.p(
        'نادرًا ما يشبه الاتجار بالبشر ما نراه في الأفلام. فمعظم من يتعرضون للاستغلال ليسوا محبوسين، بل تقيّدهم الديون والتهديدات والوثائق المصادرة والخوف من الشرطة. لا توجد علامة واحدة تثبت شيئًا بمفردها، لكن اجتماع عدة علامات سبب كافٍ للتحرك.',
      ),
      l.h2('علامات قد تلاحظها'),
      l.block({
        blockType: 'checklist',
        title: 'قد يحتاج شخص ما إلى المساعدة إذا كان:',
        items: [
          { text: 'لا يحتفظ بجواز سفره أو بطاقة هويته' },
          { text: 'مدينًا لصاحب عمل أو وسيط توظيف بدين يتزايد باستمرار' },
          { text: 'يسكن في مكان عمله، أو يُنقل من العمل وإليه' },
          { text: 'يبدو خائفًا من الكلام أمام مديره أو «صديق»' },
          { text: 'يعمل ساعات طويلة جدًا مقابل أجر قليل أو بلا أجر' },
        ],
      }),
      l.h2('ماذا تفعل'),
      l.block({
        blockType: 'steps',
        steps: [
          {
            title: 'حافظ على الهدوء والخصوصية',
            text: 'إذا أمكن الحديث بأمان، فتحدث مع الشخص على انفراد وبلغة يرتاح إليها.',
          },
          {
            title: 'استمع ولا تحقق',
            text: 'لست بحاجة إلى دليل. لا تواجه صاحب العمل ولا تنشر شيئًا على الإنترنت.',
          },
          {
            title: 'اطلب المشورة',
            text: 'يمكن لخط المساعدة أن يخبرك بأشكال الدعم المتاحة وما إذا كان إبلاغ الشرطة مناسبًا.',
          },
        ],
      }),
      l.block({
        blockType: 'callout',
        tone: 'safety',
        title: 'السلامة أولًا',
        text: 'إذا كان أحد في خطر داهم، فاتصل برقم الطوارئ المحلي.',
      }),
      l.block({ blockType: 'hotline', hotline: 'gulf-migrant-worker-line' }),
      l.h2('اعتنِ بنفسك'),
      l.p('ما رأيته قد يبقى معك. تحدّث عنه مع شخص تثق به، وخذ وقتًا قبل أن تساعد مرة أخرى.'),
    ),
    th: l.doc(
      l.p(
        'การค้ามนุษย์แทบไม่เคยเหมือนในภาพยนตร์ ผู้ถูกแสวงประโยชน์ส่วนใหญ่ไม่ได้ถูกขังไว้ แต่ถูกผูกมัดด้วยหนี้สิน การข่มขู่ เอกสารที่ถูกยึด และความกลัวตำรวจ ไม่มีสัญญาณใดสัญญาณเดียวที่พิสูจน์ได้ แต่หากพบหลายอย่างพร้อมกันก็เป็นเหตุผลที่ควรลงมือทำ',
      ),
      l.h2('สัญญาณที่คุณอาจสังเกตเห็น'),
      l.block({
        blockType: 'checklist',
        title: 'บุคคลอาจต้องการความช่วยเหลือ หาก:',
        items: [
          { text: 'ไม่ได้ถือหนังสือเดินทางหรือบัตรประจำตัวของตนเอง' },
          { text: 'ติดหนี้นายจ้างหรือนายหน้าที่เพิ่มขึ้นเรื่อย ๆ' },
          { text: 'พักอาศัยในที่ทำงาน หรือมีคนรับส่งไปกลับที่ทำงาน' },
          { text: 'ดูหวาดกลัวที่จะพูดต่อหน้าหัวหน้าหรือ “เพื่อน”' },
          { text: 'ทำงานนานหลายชั่วโมงโดยได้ค่าจ้างน้อยมากหรือไม่ได้เลย' },
        ],
      }),
      l.h2('สิ่งที่ควรทำ'),
      l.block({
        blockType: 'steps',
        steps: [
          {
            title: 'ใจเย็นและรักษาความเป็นส่วนตัว',
            text: 'หากพูดคุยได้อย่างปลอดภัย ให้คุยกับบุคคลนั้นตามลำพัง ในภาษาที่เขาสบายใจ',
          },
          {
            title: 'รับฟัง ไม่ต้องสืบสวน',
            text: 'คุณไม่จำเป็นต้องมีหลักฐาน อย่าเผชิญหน้ากับนายจ้างหรือโพสต์เรื่องนี้ทางออนไลน์',
          },
          { title: 'ขอคำปรึกษา', text: 'สายด่วนช่วยบอกได้ว่ามีความช่วยเหลือใดบ้าง และควรแจ้งตำรวจหรือไม่' },
        ],
      }),
      l.block({
        blockType: 'callout',
        tone: 'safety',
        title: 'ความปลอดภัยต้องมาก่อน',
        text: 'หากมีผู้ตกอยู่ในอันตรายเฉพาะหน้า ให้โทรแจ้งหมายเลขฉุกเฉินในพื้นที่',
      }),
      l.block({ blockType: 'hotline', hotline: 'mekong-worker-helpline' }),
      l.h2('ดูแลตัวเองด้วย'),
      l.p('สิ่งที่คุณเห็นอาจติดอยู่ในใจ พูดคุยกับคนที่คุณไว้ใจ และให้เวลาตัวเองก่อนจะช่วยเหลือครั้งต่อไป'),
    ),
  },
}
