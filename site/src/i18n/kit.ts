import type { Locale } from '@hub/content-schemas'

/**
 * Strings of the downloadable event kits and of the kit's download box, in
 * every locale. `{name}` placeholders are filled by `kitText`.
 */
const en = {
  eventKit: 'Event kit',
  aboutTheFilm: 'About the film',
  contentWarningsIntro:
    'The film and the discussion deal with the following. Tell your audience before the screening.',
  noContentWarnings: 'No content warnings were given for this film. Watch it yourself before you show it.',
  planningChecklist: 'Planning checklist',
  planningIntro: 'Tick each task as you go.',
  facilitationNotes: 'Facilitation notes',
  panelistsIntro: 'Who to invite to the panel, and why their view matters.',
  safetyNotes: 'Safety notes',
  safetyIntro:
    'Someone in the room may have lived what the film shows. Before the event, put the hotline where everyone can see it and agree who will step aside with a person who needs support.',
  hotlineFor: 'Hotline: {name}',
  hotlineCall: 'Call {phone}',
  hotlineText: 'Text {sms}',
  hotlineHours: 'Hours: {hours}',
  disclosureHeading: 'If someone tells you about their own experience',
  disclosure1: 'Listen, believe them, and thank them for telling you.',
  disclosure2: 'Move somewhere quieter if they wish. Do not ask for details they do not offer.',
  disclosure3:
    'Do not promise to keep secrets you cannot keep, and do not contact anyone for them without their agreement.',
  disclosure4: 'Offer the hotline, and let them decide whether and when to call.',
  disclosure5: 'If someone is in immediate danger, call the local emergency number.',
  moderatorVersion: 'Moderator version',
  panelIntro: 'Introduction',
  questionNumber: 'Question {number}',
  questionCards: 'Question cards',
  cardsIntro: 'Cut along the dashed lines and give each panelist their cards, or read them aloud.',
  posterHeadline: 'Film screening and panel discussion',
  posterInvite: 'Watch the film with us and stay for a conversation about what we can do together.',
  posterDate: 'Date',
  posterTime: 'Time',
  posterVenue: 'Venue',
  posterHost: 'Hosted by',
  posterFromHub: 'A free event kit from the {hub}',
  posterPaper: 'Paper size: {size}',
  posterFillingIn: 'Filling in the poster',
  posterArabicFields:
    'Many PDF readers cannot join Arabic letters typed into the poster’s fields: they show and print them as separate letters in reverse order. Look at the print preview before you print. If the letters are not joined, print the poster without filling it in and write the date, time, venue and host by hand in the boxes.',
  donationDrive: 'Donation drive',
  donationIntro: 'What {provider} needs now, most urgent first.',
  lastVerifiedOn:
    'This list was last checked on {date}. Needs change: confirm with the organisation before you start collecting.',
  partInEnglish: 'This part of the kit is not yet translated into English. It is shown in English.',
  readmeTitle: 'Event kit: {film}',
  readmeIntro:
    'This kit has what you need to host a screening of "{film}" with a panel discussion, and to print everything for the day. It works offline.',
  readmeContents: 'In this kit',
  readmeFacilitatorGuide:
    'the film, content warnings, a planning checklist, facilitation notes, panelists, safety notes and resources.',
  readmePanelQuestions: 'questions with notes for the moderator, and cards to print and cut.',
  readmePoster:
    'a poster in A4 and US Letter. Type the date, time, venue and host into its form fields in any PDF reader, then print.',
  readmeDonationDrive: 'what to collect, how to donate, and when the list was last checked.',
  readmeOnline: 'The latest version of this kit is online: {url}',
  readmeHelp: 'Need help now? {hotline}',
  readmeUpdated: 'Kit content last updated: {date}',
  downloadKit: 'Download the event kit',
  downloadIntro: 'Everything to host a screening with a panel, ready to print and to use offline.',
  downloadDetails: 'ZIP file, {size}, in {language}',
  downloadFiles: 'Contains: {files}',
  printView: 'Plain print view',
  printViewIntro: 'The same content as the kit on one page. Use your browser’s Print command to print it.',
}

export type KitKey = keyof typeof en

const kitStrings: Record<Locale, Record<KitKey, string>> = {
  en,
  es: {
    eventKit: 'Kit para el evento',
    aboutTheFilm: 'Sobre la película',
    contentWarningsIntro:
      'La película y el debate tratan los temas siguientes. Avise al público antes de la proyección.',
    noContentWarnings:
      'No se indicaron advertencias de contenido para esta película. Véala usted antes de proyectarla.',
    planningChecklist: 'Lista para planificar',
    planningIntro: 'Marque cada tarea al completarla.',
    facilitationNotes: 'Notas para facilitar',
    panelistsIntro: 'A quién invitar al panel y por qué importa su mirada.',
    safetyNotes: 'Notas de seguridad',
    safetyIntro:
      'Quizá alguien en la sala haya vivido lo que muestra la película. Antes del evento, ponga la línea de ayuda a la vista de todos y acuerde quién acompañará aparte a una persona que necesite apoyo.',
    hotlineFor: 'Línea de ayuda: {name}',
    hotlineCall: 'Llame al {phone}',
    hotlineText: 'SMS al {sms}',
    hotlineHours: 'Horario: {hours}',
    disclosureHeading: 'Si alguien le cuenta su propia experiencia',
    disclosure1: 'Escuche, créale y agradézcale que se lo cuente.',
    disclosure2: 'Busquen un lugar más tranquilo si lo desea. No pida detalles que no ofrezca.',
    disclosure3:
      'No prometa guardar secretos que no pueda guardar ni contacte a nadie en su nombre sin su acuerdo.',
    disclosure4: 'Ofrézcale la línea de ayuda y deje que decida si llama y cuándo.',
    disclosure5: 'Si alguien corre peligro inmediato, llame al número de emergencias local.',
    moderatorVersion: 'Versión para moderar',
    panelIntro: 'Introducción',
    questionNumber: 'Pregunta {number}',
    questionCards: 'Tarjetas de preguntas',
    cardsIntro:
      'Recorte por las líneas discontinuas y entregue las tarjetas a cada panelista, o léalas en voz alta.',
    posterHeadline: 'Proyección y panel de debate',
    posterInvite: 'Vea la película con nosotros y quédese a conversar sobre lo que podemos hacer juntos.',
    posterDate: 'Fecha',
    posterTime: 'Hora',
    posterVenue: 'Lugar',
    posterHost: 'Organiza',
    posterFromHub: 'Un kit gratuito del {hub}',
    posterPaper: 'Tamaño de papel: {size}',
    posterFillingIn: 'Cómo rellenar el cartel',
    posterArabicFields:
      'Muchos lectores de PDF no unen las letras árabes escritas en los campos del cartel: las muestran e imprimen separadas y en orden inverso. Mire la vista previa de impresión antes de imprimir. Si las letras no aparecen unidas, imprima el cartel sin rellenarlo y escriba a mano en los recuadros la fecha, la hora, el lugar y quién organiza.',
    donationDrive: 'Colecta de donaciones',
    donationIntro: 'Lo que {provider} necesita ahora, lo más urgente primero.',
    lastVerifiedOn:
      'Esta lista se comprobó por última vez el {date}. Las necesidades cambian: confirme con la organización antes de empezar la colecta.',
    partInEnglish: 'Esta parte del kit aún no está traducida al español. Se muestra en inglés.',
    readmeTitle: 'Kit para el evento: {film}',
    readmeIntro:
      'Este kit contiene lo necesario para organizar una proyección de «{film}» con un panel de debate e imprimirlo todo para el día. Funciona sin conexión.',
    readmeContents: 'En este kit',
    readmeFacilitatorGuide:
      'la película, advertencias de contenido, una lista para planificar, notas para facilitar, panelistas, notas de seguridad y recursos.',
    readmePanelQuestions: 'preguntas con notas para moderar y tarjetas para imprimir y recortar.',
    readmePoster:
      'un cartel en A4 y en carta (US Letter). Escriba la fecha, la hora, el lugar y quién organiza en sus campos con cualquier lector de PDF y luego imprímalo.',
    readmeDonationDrive: 'qué recolectar, cómo donar y cuándo se comprobó la lista por última vez.',
    readmeOnline: 'La versión más reciente de este kit está en línea: {url}',
    readmeHelp: '¿Necesita ayuda ahora? {hotline}',
    readmeUpdated: 'Última actualización del contenido: {date}',
    downloadKit: 'Descargar el kit para el evento',
    downloadIntro: 'Todo para organizar una proyección con panel, listo para imprimir y usar sin conexión.',
    downloadDetails: 'Archivo ZIP, {size}, en {language}',
    downloadFiles: 'Contiene: {files}',
    printView: 'Versión sencilla para imprimir',
    printViewIntro: 'El mismo contenido del kit en una sola página. Use la función Imprimir de su navegador.',
  },
  fr: {
    eventKit: 'Kit pour l’événement',
    aboutTheFilm: 'À propos du film',
    contentWarningsIntro:
      'Le film et la discussion abordent les sujets suivants. Prévenez le public avant la projection.',
    noContentWarnings:
      'Aucun avertissement n’a été indiqué pour ce film. Regardez-le vous-même avant de le projeter.',
    planningChecklist: 'Liste de préparation',
    planningIntro: 'Cochez chaque tâche une fois faite.',
    facilitationNotes: 'Notes d’animation',
    panelistsIntro: 'Qui inviter au panel, et pourquoi leur regard compte.',
    safetyNotes: 'Consignes de sécurité',
    safetyIntro:
      'Une personne dans la salle a peut-être vécu ce que montre le film. Avant l’événement, affichez la ligne d’écoute bien en vue et convenez de qui accompagnera à l’écart une personne qui a besoin de soutien.',
    hotlineFor: 'Ligne d’écoute : {name}',
    hotlineCall: 'Appelez le {phone}',
    hotlineText: 'SMS au {sms}',
    hotlineHours: 'Horaires : {hours}',
    disclosureHeading: 'Si quelqu’un vous confie sa propre expérience',
    disclosure1: 'Écoutez, croyez la personne et remerciez-la de vous en parler.',
    disclosure2:
      'Allez dans un endroit plus calme si elle le souhaite. Ne demandez pas de détails qu’elle ne donne pas.',
    disclosure3:
      'Ne promettez pas de garder un secret que vous ne pourrez pas garder, et ne contactez personne à sa place sans son accord.',
    disclosure4: 'Proposez la ligne d’écoute et laissez-la décider si et quand appeler.',
    disclosure5: 'Si quelqu’un est en danger immédiat, appelez le numéro d’urgence local.',
    moderatorVersion: 'Version pour l’animation',
    panelIntro: 'Introduction',
    questionNumber: 'Question {number}',
    questionCards: 'Cartes de questions',
    cardsIntro:
      'Découpez le long des pointillés et remettez ses cartes à chaque intervenant, ou lisez-les à voix haute.',
    posterHeadline: 'Projection et table ronde',
    posterInvite: 'Venez voir le film avec nous et restez pour parler de ce que nous pouvons faire ensemble.',
    posterDate: 'Date',
    posterTime: 'Heure',
    posterVenue: 'Lieu',
    posterHost: 'Organisé par',
    posterFromHub: 'Un kit gratuit du {hub}',
    posterPaper: 'Format du papier : {size}',
    posterFillingIn: 'Remplir l’affiche',
    posterArabicFields:
      'Beaucoup de lecteurs PDF ne lient pas les lettres arabes tapées dans les champs de l’affiche : ils les affichent et les impriment séparées, dans l’ordre inverse. Regardez l’aperçu avant impression. Si les lettres ne sont pas liées, imprimez l’affiche sans la remplir et écrivez à la main dans les cases la date, l’heure, le lieu et l’organisateur.',
    donationDrive: 'Collecte de dons',
    donationIntro: 'Ce dont {provider} a besoin maintenant, le plus urgent d’abord.',
    lastVerifiedOn:
      'Cette liste a été vérifiée pour la dernière fois le {date}. Les besoins changent : confirmez auprès de l’organisation avant de commencer la collecte.',
    partInEnglish:
      'Cette partie du kit n’est pas encore traduite en français. Elle est présentée en anglais.',
    readmeTitle: 'Kit pour l’événement : {film}',
    readmeIntro:
      'Ce kit contient de quoi organiser une projection de « {film} » suivie d’une table ronde, et tout imprimer pour le jour J. Il fonctionne hors ligne.',
    readmeContents: 'Dans ce kit',
    readmeFacilitatorGuide:
      'le film, les avertissements, une liste de préparation, des notes d’animation, les intervenants, les consignes de sécurité et des ressources.',
    readmePanelQuestions:
      'les questions avec des notes pour l’animation, et des cartes à imprimer et découper.',
    readmePoster:
      'une affiche en A4 et en US Letter. Saisissez la date, l’heure, le lieu et l’organisateur dans ses champs avec n’importe quel lecteur PDF, puis imprimez.',
    readmeDonationDrive: 'quoi collecter, comment donner, et quand la liste a été vérifiée.',
    readmeOnline: 'La dernière version de ce kit est en ligne : {url}',
    readmeHelp: 'Besoin d’aide maintenant ? {hotline}',
    readmeUpdated: 'Dernière mise à jour du contenu : {date}',
    downloadKit: 'Télécharger le kit pour l’événement',
    downloadIntro:
      'Tout pour organiser une projection avec table ronde, prêt à imprimer et à utiliser hors ligne.',
    downloadDetails: 'Fichier ZIP, {size}, en {language}',
    downloadFiles: 'Contient : {files}',
    printView: 'Version simple à imprimer',
    printViewIntro:
      'Le même contenu que le kit sur une seule page. Utilisez la commande Imprimer de votre navigateur.',
  },
  ar: {
    eventKit: 'حقيبة الفعالية',
    aboutTheFilm: 'عن الفيلم',
    contentWarningsIntro: 'يتناول الفيلم والنقاش الموضوعات التالية. أخبر الحضور بها قبل العرض.',
    noContentWarnings: 'لم تُذكر تحذيرات محتوى لهذا الفيلم. شاهده بنفسك قبل عرضه.',
    planningChecklist: 'قائمة التحضير',
    planningIntro: 'ضع علامة على كل مهمة عند إنجازها.',
    facilitationNotes: 'ملاحظات للميسّر',
    panelistsIntro: 'من تدعو إلى حلقة النقاش، ولماذا تهم وجهة نظرهم.',
    safetyNotes: 'ملاحظات السلامة',
    safetyIntro:
      'ربما عاش أحد الحاضرين ما يعرضه الفيلم. قبل الفعالية، ضع رقم الخط الساخن حيث يراه الجميع، واتفقوا على من يرافق جانبًا أي شخص يحتاج إلى الدعم.',
    hotlineFor: 'الخط الساخن: {name}',
    hotlineCall: 'اتصل على {phone}',
    hotlineText: 'رسالة نصية إلى {sms}',
    hotlineHours: 'ساعات العمل: {hours}',
    disclosureHeading: 'إذا أخبرك شخص بتجربته الخاصة',
    disclosure1: 'استمع إليه وصدّقه واشكره على ثقته بك.',
    disclosure2: 'انتقلا إلى مكان أهدأ إن رغب في ذلك. لا تسأل عن تفاصيل لا يذكرها.',
    disclosure3: 'لا تعد بكتمان سر لا تستطيع كتمانه، ولا تتصل بأحد نيابة عنه دون موافقته.',
    disclosure4: 'اعرض عليه رقم الخط الساخن، واترك له أن يقرر إن كان سيتصل ومتى.',
    disclosure5: 'إذا كان أحد في خطر داهم، فاتصل برقم الطوارئ المحلي.',
    moderatorVersion: 'نسخة مدير الجلسة',
    panelIntro: 'مقدمة',
    questionNumber: 'السؤال {number}',
    questionCards: 'بطاقات الأسئلة',
    cardsIntro: 'قص على طول الخطوط المتقطعة وأعط كل متحدث بطاقاته، أو اقرأها بصوت عال.',
    posterHeadline: 'عرض فيلم وحلقة نقاش',
    posterInvite: 'شاهد الفيلم معنا وابق للحديث عما يمكننا فعله معًا.',
    posterDate: 'التاريخ',
    posterTime: 'الوقت',
    posterVenue: 'المكان',
    posterHost: 'الجهة المنظمة',
    posterFromHub: 'حقيبة فعالية مجانية من {hub}',
    posterPaper: 'مقاس الورق: {size}',
    posterFillingIn: 'تعبئة الملصق',
    posterArabicFields:
      'كثير من برامج قراءة PDF لا تصل الحروف العربية المكتوبة في حقول الملصق: تعرضها وتطبعها حروفًا منفصلة بترتيب معكوس. انظر إلى معاينة الطباعة قبل أن تطبع. إذا لم تكن الحروف متصلة، فاطبع الملصق دون تعبئته واكتب التاريخ والوقت والمكان والجهة المنظمة بخط اليد في المربعات.',
    donationDrive: 'حملة التبرعات',
    donationIntro: 'ما تحتاجه {provider} الآن، الأكثر إلحاحًا أولًا.',
    lastVerifiedOn:
      'رُوجعت هذه القائمة آخر مرة في {date}. الاحتياجات تتغير: تأكد مع المنظمة قبل أن تبدأ الجمع.',
    partInEnglish: 'هذا الجزء من الحقيبة غير مترجم إلى العربية بعد. يُعرض بالإنجليزية.',
    readmeTitle: 'حقيبة الفعالية: {film}',
    readmeIntro:
      'تحتوي هذه الحقيبة على ما تحتاجه لتنظيم عرض فيلم "{film}" مع حلقة نقاش، ولطباعة كل شيء ليوم الفعالية. تعمل دون اتصال بالإنترنت.',
    readmeContents: 'في هذه الحقيبة',
    readmeFacilitatorGuide:
      'الفيلم، وتحذيرات المحتوى، وقائمة التحضير، وملاحظات الميسّر، والمتحدثون، وملاحظات السلامة، والموارد.',
    readmePanelQuestions: 'أسئلة مع ملاحظات لمدير الجلسة، وبطاقات للطباعة والقص.',
    readmePoster:
      'ملصق بمقاس A4 ومقاس US Letter. اكتب التاريخ والوقت والمكان والجهة المنظمة في حقوله باستخدام قارئ PDF، ثم اطبعه.',
    readmeDonationDrive: 'ما يجب جمعه، وكيفية التبرع، ومتى رُوجعت القائمة آخر مرة.',
    readmeOnline: 'أحدث نسخة من هذه الحقيبة على الإنترنت: {url}',
    readmeHelp: 'هل تحتاج إلى مساعدة الآن؟ {hotline}',
    readmeUpdated: 'آخر تحديث للمحتوى: {date}',
    downloadKit: 'تنزيل حقيبة الفعالية',
    downloadIntro: 'كل ما يلزم لتنظيم عرض مع حلقة نقاش، جاهز للطباعة والاستخدام دون اتصال.',
    downloadDetails: 'ملف ZIP، {size}، باللغة {language}',
    downloadFiles: 'يحتوي على: {files}',
    printView: 'نسخة بسيطة للطباعة',
    printViewIntro: 'محتوى الحقيبة نفسه في صفحة واحدة. استخدم أمر الطباعة في متصفحك.',
  },
  th: {
    eventKit: 'ชุดจัดกิจกรรม',
    aboutTheFilm: 'เกี่ยวกับภาพยนตร์',
    contentWarningsIntro: 'ภาพยนตร์และการเสวนามีเนื้อหาต่อไปนี้ โปรดแจ้งผู้ชมก่อนเริ่มฉาย',
    noContentWarnings: 'ไม่มีคำเตือนเนื้อหาสำหรับภาพยนตร์เรื่องนี้ โปรดดูด้วยตนเองก่อนนำไปฉาย',
    planningChecklist: 'รายการเตรียมงาน',
    planningIntro: 'ทำเครื่องหมายเมื่อทำแต่ละงานเสร็จ',
    facilitationNotes: 'บันทึกสำหรับผู้ดำเนินรายการ',
    panelistsIntro: 'ควรเชิญใครมาร่วมเสวนา และทำไมมุมมองของเขาจึงสำคัญ',
    safetyNotes: 'ข้อควรระวังด้านความปลอดภัย',
    safetyIntro:
      'อาจมีผู้ชมบางคนเคยผ่านเหตุการณ์แบบในภาพยนตร์ ก่อนเริ่มงาน ให้ติดหมายเลขสายด่วนไว้ในที่ที่ทุกคนมองเห็น และตกลงกันว่าใครจะดูแลผู้ที่ต้องการความช่วยเหลือเป็นการส่วนตัว',
    hotlineFor: 'สายด่วน: {name}',
    hotlineCall: 'โทร {phone}',
    hotlineText: 'ส่งข้อความไปที่ {sms}',
    hotlineHours: 'เวลาทำการ: {hours}',
    disclosureHeading: 'ถ้ามีคนเล่าประสบการณ์ของตนเองให้คุณฟัง',
    disclosure1: 'ตั้งใจฟัง เชื่อเขา และขอบคุณที่เล่าให้ฟัง',
    disclosure2: 'ย้ายไปที่ที่เงียบกว่าถ้าเขาต้องการ อย่าถามรายละเอียดที่เขาไม่ได้เล่าเอง',
    disclosure3: 'อย่าสัญญาว่าจะเก็บความลับที่คุณเก็บไม่ได้ และอย่าติดต่อใครแทนเขาโดยไม่ได้รับความยินยอม',
    disclosure4: 'ให้หมายเลขสายด่วน และให้เขาตัดสินใจเองว่าจะโทรหรือไม่และเมื่อไร',
    disclosure5: 'ถ้ามีใครตกอยู่ในอันตรายเฉพาะหน้า ให้โทรหมายเลขฉุกเฉินในพื้นที่',
    moderatorVersion: 'ฉบับผู้ดำเนินรายการ',
    panelIntro: 'บทนำ',
    questionNumber: 'คำถามที่ {number}',
    questionCards: 'บัตรคำถาม',
    cardsIntro: 'ตัดตามเส้นประแล้วแจกบัตรให้ผู้ร่วมเสวนาแต่ละคน หรืออ่านออกเสียง',
    posterHeadline: 'ฉายภาพยนตร์และเสวนา',
    posterInvite: 'มาชมภาพยนตร์ด้วยกัน แล้วอยู่ต่อเพื่อพูดคุยว่าเราจะทำอะไรร่วมกันได้บ้าง',
    posterDate: 'วันที่',
    posterTime: 'เวลา',
    posterVenue: 'สถานที่',
    posterHost: 'ผู้จัด',
    posterFromHub: 'ชุดจัดกิจกรรมฟรีจาก {hub}',
    posterPaper: 'ขนาดกระดาษ: {size}',
    posterFillingIn: 'การกรอกโปสเตอร์',
    posterArabicFields:
      'โปรแกรมอ่าน PDF หลายโปรแกรมเชื่อมตัวอักษรอาหรับที่พิมพ์ลงในช่องกรอกของโปสเตอร์ไม่ได้ ตัวอักษรจะแสดงและพิมพ์ออกมาแยกกันและเรียงกลับด้าน โปรดดูตัวอย่างก่อนพิมพ์ ถ้าตัวอักษรไม่เชื่อมกัน ให้พิมพ์โปสเตอร์โดยไม่กรอก แล้วเขียนวันที่ เวลา สถานที่ และผู้จัดด้วยลายมือลงในกรอบ',
    donationDrive: 'รับบริจาคสิ่งของ',
    donationIntro: 'สิ่งที่ {provider} ต้องการตอนนี้ เรียงจากเร่งด่วนที่สุด',
    lastVerifiedOn:
      'ตรวจสอบรายการนี้ครั้งล่าสุดเมื่อ {date} ความต้องการเปลี่ยนได้ โปรดสอบถามองค์กรก่อนเริ่มรับบริจาค',
    partInEnglish: 'ส่วนนี้ของชุดกิจกรรมยังไม่ได้แปลเป็นภาษาไทย จึงแสดงเป็นภาษาอังกฤษ',
    readmeTitle: 'ชุดจัดกิจกรรม: {film}',
    readmeIntro:
      'ชุดนี้มีทุกอย่างที่ต้องใช้ในการจัดฉายภาพยนตร์ "{film}" พร้อมเวทีเสวนา และพิมพ์เอกสารทั้งหมดสำหรับวันงาน ใช้งานได้โดยไม่ต้องต่ออินเทอร์เน็ต',
    readmeContents: 'ในชุดนี้',
    readmeFacilitatorGuide:
      'ข้อมูลภาพยนตร์ คำเตือนเนื้อหา รายการเตรียมงาน บันทึกสำหรับผู้ดำเนินรายการ ผู้ร่วมเสวนา ข้อควรระวัง และแหล่งข้อมูล',
    readmePanelQuestions: 'คำถามพร้อมบันทึกสำหรับผู้ดำเนินรายการ และบัตรคำถามสำหรับพิมพ์และตัด',
    readmePoster:
      'โปสเตอร์ขนาด A4 และ US Letter พิมพ์วันที่ เวลา สถานที่ และผู้จัดลงในช่องกรอกด้วยโปรแกรมอ่าน PDF ใดก็ได้ แล้วสั่งพิมพ์',
    readmeDonationDrive: 'สิ่งของที่ควรรับบริจาค วิธีบริจาค และวันที่ตรวจสอบรายการครั้งล่าสุด',
    readmeOnline: 'ชุดกิจกรรมฉบับล่าสุดอยู่ที่: {url}',
    readmeHelp: 'ต้องการความช่วยเหลือตอนนี้ใช่ไหม {hotline}',
    readmeUpdated: 'ปรับปรุงเนื้อหาล่าสุด: {date}',
    downloadKit: 'ดาวน์โหลดชุดจัดกิจกรรม',
    downloadIntro: 'ทุกอย่างสำหรับจัดฉายภาพยนตร์พร้อมเสวนา พร้อมพิมพ์และใช้งานแบบออฟไลน์',
    downloadDetails: 'ไฟล์ ZIP ขนาด {size} เป็นภาษา{language}',
    downloadFiles: 'ประกอบด้วย: {files}',
    printView: 'ฉบับพิมพ์อย่างง่าย',
    printViewIntro: 'เนื้อหาเดียวกับชุดกิจกรรมในหน้าเดียว ใช้คำสั่งพิมพ์ของเบราว์เซอร์เพื่อพิมพ์',
  },
}

/** A kit string in `locale`, with `{name}` placeholders filled from `values`. */
export function kitText(locale: Locale, key: KitKey, values: Record<string, string | number> = {}): string {
  return kitStrings[locale][key].replace(/\{(\w+)\}/g, (match, name: string) =>
    name in values ? String(values[name]) : match,
  )
}

/** What to do when someone discloses their own experience, in order: the same steps in the kit's PDF and on the print view. */
export function disclosureSteps(locale: Locale): string[] {
  return (['disclosure1', 'disclosure2', 'disclosure3', 'disclosure4', 'disclosure5'] as const).map((key) =>
    kitText(locale, key),
  )
}
