import type { UIFieldServerProps } from 'payload'

type Language = 'en' | 'es' | 'fr' | 'ar' | 'th'
type Part = { field: string; collection: 'panel-question-sets' | 'donation-lists'; file: string }

const parts: Part[] = [
  { field: 'panelQuestionSet', collection: 'panel-question-sets', file: 'panel-questions.pdf' },
  { field: 'donationList', collection: 'donation-lists', file: 'donation-drive.pdf' },
]

const messages: Record<Language, Record<Part['collection'], string> & { fix: string }> = {
  en: {
    'panel-question-sets':
      'The panel question set “{title}” is not published: {file} is left out of the kit.',
    'donation-lists': 'The donation list “{title}” is not published: {file} is left out of the kit.',
    fix: 'Publish it, or link a published one, and the next site build includes it.',
  },
  es: {
    'panel-question-sets':
      'El conjunto de preguntas «{title}» no está publicado: {file} queda fuera del kit.',
    'donation-lists': 'La lista de donaciones «{title}» no está publicada: {file} queda fuera del kit.',
    fix: 'Publíquelo o enlace uno publicado, y la próxima publicación del sitio lo incluirá.',
  },
  fr: {
    'panel-question-sets': 'La série de questions « {title} » n’est pas publiée : {file} est absent du kit.',
    'donation-lists': 'La liste de dons « {title} » n’est pas publiée : {file} est absent du kit.',
    fix: 'Publiez-la, ou liez-en une publiée, et la prochaine publication du site l’inclura.',
  },
  ar: {
    'panel-question-sets': 'مجموعة أسئلة الحلقة «{title}» غير منشورة، لذا يُستبعد {file} من الحقيبة.',
    'donation-lists': 'قائمة التبرعات «{title}» غير منشورة، لذا يُستبعد {file} من الحقيبة.',
    fix: 'انشرها أو اربط مجموعة منشورة، وسيتضمنها النشر التالي للموقع.',
  },
  th: {
    'panel-question-sets': 'ชุดคำถาม “{title}” ยังไม่ได้เผยแพร่ จึงไม่มี {file} ในชุดจัดกิจกรรม',
    'donation-lists': 'รายการรับบริจาค “{title}” ยังไม่ได้เผยแพร่ จึงไม่มี {file} ในชุดจัดกิจกรรม',
    fix: 'เผยแพร่รายการนั้นหรือเชื่อมโยงรายการที่เผยแพร่แล้ว แล้วการสร้างเว็บไซต์ครั้งถัดไปจะรวมไว้',
  },
}

const idOf = (value: unknown): number | string | undefined =>
  value && typeof value === 'object'
    ? (value as { id?: number | string }).id
    : (value as number | string | undefined)

/**
 * On a screening kit's edit view: the linked question set or donation list
 * that is not published, so the site leaves its PDF out of the kit's download
 * (the published snapshot is all the site has). Read from the saved kit.
 */
export async function KitOmissions({ data, payload, i18n }: UIFieldServerProps) {
  const language: Language = i18n.language in messages ? (i18n.language as Language) : 'en'
  const text = messages[language]
  const omitted: string[] = []
  for (const part of parts) {
    const id = idOf(data?.[part.field])
    if (id == null) continue
    const { totalDocs } = await payload.count({
      collection: part.collection,
      where: { and: [{ id: { equals: id } }, { _status: { equals: 'published' } }] },
      overrideAccess: true,
    })
    if (totalDocs > 0) continue
    const linked = await payload
      .findByID({ collection: part.collection, id, draft: true, depth: 0, overrideAccess: true })
      .catch(() => undefined)
    const title = (linked as { title?: string } | undefined)?.title ?? `id ${id}`
    omitted.push(text[part.collection].replace('{title}', title).replace('{file}', part.file))
  }
  if (omitted.length === 0) return null
  return (
    <div className="kit-omissions" role="status">
      {omitted.map((message) => (
        <p key={message}>{message}</p>
      ))}
      <p>{text.fix}</p>
    </div>
  )
}
