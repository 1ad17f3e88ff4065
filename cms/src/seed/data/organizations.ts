import type { SeedOrganization } from '../types'

/** Fictional member organizations: the demo must not speak for real ones. */
export const organizations: SeedOrganization[] = [
  {
    slug: 'harbor-alliance',
    name: { en: 'Harbor Alliance', es: 'Alianza Harbor' },
    country: 'US',
    founded: 2009,
    mission: {
      en: 'Harbor Alliance connects survivors of trafficking in the United States with housing, legal help and work they choose.',
      es: 'Alianza Harbor conecta a sobrevivientes de trata en Estados Unidos con vivienda, asesoría legal y un trabajo que ellos eligen.',
    },
    focusAreas: ['survivor-support', 'sex-trafficking', 'know-your-rights'],
    services: [
      { text: { en: 'Emergency shelter referrals', es: 'Derivación a refugios de emergencia' } },
      { text: { en: 'Immigration legal clinic', es: 'Clínica legal de inmigración' } },
      { text: { en: 'Job readiness coaching', es: 'Preparación para el empleo' } },
    ],
    projects: [
      {
        name: { en: 'Open Door Housing', es: 'Vivienda Puerta Abierta' },
        description: {
          en: 'Transitional apartments for survivors leaving exploitative situations.',
          es: 'Apartamentos de transición para sobrevivientes que dejan situaciones de explotación.',
        },
      },
    ],
    languagesServed: [{ code: 'en' }, { code: 'es' }, { code: 'zh' }],
    website: 'https://harbor-alliance.example.org',
    publicContact: { email: 'hello@harbor-alliance.example.org', phone: '+1 555 010 2040' },
    logo: 'logo-harbor-alliance',
    reviewBy: '2027-03-31',
  },
  {
    slug: 'red-de-jornaleros',
    name: { en: 'Day Labourers’ Network', es: 'Red de Jornaleros' },
    country: 'MX',
    founded: 2014,
    mission: {
      en: 'A network of worker centres in Mexico that helps agricultural and construction workers claim fair pay and safe conditions.',
      es: 'Una red de centros de trabajadores en México que ayuda a jornaleros agrícolas y de la construcción a exigir salarios justos y condiciones seguras.',
    },
    focusAreas: ['labour-exploitation', 'know-your-rights'],
    services: [
      { text: { en: 'Wage claim support', es: 'Apoyo para reclamar salarios' } },
      { text: { en: 'Know-your-rights workshops', es: 'Talleres sobre derechos laborales' } },
    ],
    languagesServed: [{ code: 'es' }, { code: 'nah' }, { code: 'en' }],
    website: 'https://red-jornaleros.example.org',
    publicContact: { email: 'contacto@red-jornaleros.example.org' },
    reviewBy: '2027-02-28',
  },
  {
    slug: 'mekong-worker-rights',
    name: {
      en: 'Mekong Worker Rights Centre',
      es: 'Centro de Derechos Laborales del Mekong',
      fr: 'Centre des droits des travailleurs du Mékong',
      ar: 'مركز حقوق العمال في ميكونغ',
      th: 'ศูนย์สิทธิแรงงานลุ่มน้ำโขง',
    },
    country: 'TH',
    founded: 2011,
    mission: {
      en: 'We support migrant workers from Myanmar, Cambodia and Laos in Thailand’s fishing, seafood and farm sectors, and help people who escape forced labour at sea return home safely.',
      es: 'Apoyamos a trabajadores migrantes de Myanmar, Camboya y Laos en la pesca, el procesamiento de mariscos y la agricultura de Tailandia, y ayudamos a quienes escapan del trabajo forzoso en el mar a volver a casa con seguridad.',
      fr: 'Nous soutenons les travailleurs migrants du Myanmar, du Cambodge et du Laos dans la pêche, la transformation des produits de la mer et l’agriculture en Thaïlande, et aidons les personnes qui échappent au travail forcé en mer à rentrer chez elles en sécurité.',
      ar: 'ندعم العمال المهاجرين القادمين من ميانمار وكمبوديا ولاوس في قطاعات الصيد وتجهيز المأكولات البحرية والزراعة في تايلاند، ونساعد من ينجون من العمل القسري في البحر على العودة إلى ديارهم بأمان.',
      th: 'เราสนับสนุนแรงงานข้ามชาติจากเมียนมา กัมพูชา และลาว ในภาคประมง แปรรูปอาหารทะเล และเกษตรกรรมของไทย และช่วยให้ผู้ที่หนีจากการบังคับใช้แรงงานในทะเลได้กลับบ้านอย่างปลอดภัย',
    },
    focusAreas: ['labour-exploitation', 'survivor-support'],
    services: [
      {
        text: {
          en: 'Multilingual helpline',
          es: 'Línea de ayuda multilingüe',
          fr: 'Ligne d’aide multilingue',
          ar: 'خط مساعدة متعدد اللغات',
          th: 'สายด่วนหลายภาษา',
        },
      },
      {
        text: {
          en: 'Safe return and family tracing',
          es: 'Retorno seguro y localización de familiares',
          fr: 'Retour en sécurité et recherche des familles',
          ar: 'العودة الآمنة والبحث عن الأسر',
          th: 'การส่งกลับอย่างปลอดภัยและการตามหาครอบครัว',
        },
      },
    ],
    languagesServed: [{ code: 'th' }, { code: 'my' }, { code: 'km' }, { code: 'lo' }, { code: 'en' }],
    website: 'https://mekong-workers.example.org',
    publicContact: { email: 'help@mekong-workers.example.org', phone: '+66 2 555 0199' },
    reviewBy: '2027-01-31',
  },
  {
    slug: 'escale-solidaire',
    name: { en: 'Escale Solidaire', es: 'Escale Solidaire', fr: 'Escale Solidaire' },
    country: 'FR',
    founded: 2003,
    mission: {
      en: 'A French association that welcomes people leaving prostitution and trafficking, with housing, French classes and accompaniment through legal procedures.',
      es: 'Una asociación francesa que acoge a personas que salen de la prostitución y la trata, con alojamiento, clases de francés y acompañamiento en los trámites legales.',
      fr: 'Une association qui accueille les personnes sortant de la prostitution et de la traite : hébergement, cours de français et accompagnement dans les démarches juridiques.',
    },
    focusAreas: ['sex-trafficking', 'survivor-support'],
    services: [
      {
        text: {
          en: 'Accompaniment to court',
          es: 'Acompañamiento ante los tribunales',
          fr: 'Accompagnement au tribunal',
        },
      },
      { text: { en: 'French classes', es: 'Clases de francés', fr: 'Cours de français' } },
    ],
    languagesServed: [{ code: 'fr' }, { code: 'en' }, { code: 'es' }, { code: 'ar' }],
    website: 'https://escale-solidaire.example.org',
    publicContact: { email: 'accueil@escale-solidaire.example.org' },
    reviewBy: '2027-04-30',
  },
  {
    slug: 'puente-seguro',
    name: { en: 'Safe Bridge Collective', es: 'Colectivo Puente Seguro' },
    country: 'US',
    founded: 2017,
    mission: {
      en: 'A Texas collective of volunteers and former farmworkers who train churches, schools and clinics to recognise the signs of labour trafficking.',
      es: 'Un colectivo de Texas formado por voluntarios y antiguos trabajadores agrícolas que enseña a iglesias, escuelas y clínicas a reconocer las señales de la trata laboral.',
    },
    focusAreas: ['recognising-signs', 'volunteering', 'community-events'],
    services: [
      { text: { en: 'Community trainings', es: 'Capacitaciones comunitarias' } },
      { text: { en: 'Volunteer accompaniment', es: 'Acompañamiento por voluntarios' } },
    ],
    languagesServed: [{ code: 'es' }, { code: 'en' }],
    website: 'https://puente-seguro.example.org',
    publicContact: { email: 'hola@puente-seguro.example.org', phone: '+1 555 010 3311' },
    reviewBy: '2027-05-31',
  },
  {
    slug: 'desert-bridge',
    name: {
      en: 'Desert Bridge Migrant Support',
      es: 'Puente del Desierto, apoyo a migrantes',
      ar: 'جسر الصحراء لدعم المهاجرين',
    },
    country: 'AE',
    founded: 2015,
    mission: {
      en: 'We help domestic and construction workers in the Gulf recover withheld passports and wages and reach their embassies safely.',
      es: 'Ayudamos a trabajadoras del hogar y obreros de la construcción en el Golfo a recuperar pasaportes y salarios retenidos y a llegar a sus embajadas con seguridad.',
      ar: 'نساعد عاملات المنازل وعمال البناء في الخليج على استعادة جوازات السفر والأجور المحتجزة والوصول إلى سفاراتهم بأمان.',
    },
    focusAreas: ['labour-exploitation', 'know-your-rights'],
    services: [
      {
        text: {
          en: 'Wage and passport claims',
          es: 'Reclamos de salarios y pasaportes',
          ar: 'المطالبة بالأجور وجوازات السفر',
        },
      },
      {
        text: { en: 'Embassy referrals', es: 'Derivación a embajadas', ar: 'الإحالة إلى السفارات' },
      },
    ],
    languagesServed: [{ code: 'ar' }, { code: 'en' }, { code: 'hi' }, { code: 'tl' }, { code: 'ne' }],
    website: 'https://desert-bridge.example.org',
    publicContact: { email: 'help@desert-bridge.example.org' },
    reviewBy: '2027-04-15',
  },
  {
    slug: 'bayanihan-migrant-desk',
    name: { en: 'Bayanihan Migrant Desk', es: 'Mesa Migrante Bayanihan' },
    country: 'PH',
    founded: 2006,
    mission: {
      en: 'Prepares Filipino workers before they leave for jobs abroad and welcomes them home, with pre-departure sessions, recruiter checks and reintegration support.',
      es: 'Prepara a trabajadores filipinos antes de partir a empleos en el extranjero y los recibe a su regreso, con sesiones previas a la salida, verificación de reclutadores y apoyo a la reintegración.',
    },
    focusAreas: ['know-your-rights', 'recognising-signs', 'survivor-support'],
    services: [
      { text: { en: 'Pre-departure orientation', es: 'Orientación previa a la salida' } },
      { text: { en: 'Recruiter checks', es: 'Verificación de agencias de reclutamiento' } },
      { text: { en: 'Reintegration support', es: 'Apoyo a la reintegración' } },
    ],
    languagesServed: [{ code: 'tl' }, { code: 'en' }, { code: 'ceb' }],
    website: 'https://bayanihan-desk.example.org',
    publicContact: { email: 'desk@bayanihan-desk.example.org', phone: '+63 2 8555 0199' },
    reviewBy: '2027-05-15',
  },
  {
    slug: 'camino-libre',
    name: { en: 'Camino Libre', es: 'Camino Libre', fr: 'Camino Libre' },
    country: 'ES',
    founded: 2012,
    mission: {
      en: 'Outreach workers in Madrid and Almería who meet women and seasonal farmworkers where they are, and open the way to shelter, legal advice and training.',
      es: 'Educadoras de calle en Madrid y Almería que salen al encuentro de mujeres y temporeros agrícolas donde están, y abren el camino a alojamiento, asesoría legal y formación.',
      fr: 'Des équipes de rue à Madrid et à Almería qui vont à la rencontre des femmes et des saisonniers agricoles là où ils sont, et ouvrent l’accès à un hébergement, à des conseils juridiques et à une formation.',
    },
    focusAreas: ['sex-trafficking', 'labour-exploitation', 'community-events'],
    services: [
      { text: { en: 'Street outreach', es: 'Trabajo de calle', fr: 'Maraudes' } },
      { text: { en: 'Legal advice', es: 'Asesoría legal', fr: 'Conseil juridique' } },
    ],
    languagesServed: [{ code: 'es' }, { code: 'fr' }, { code: 'ar' }, { code: 'ro' }, { code: 'en' }],
    website: 'https://camino-libre.example.org',
    publicContact: { email: 'info@camino-libre.example.org' },
    reviewBy: '2027-06-30',
  },
]
