import { createLocalReq, type PayloadRequest } from 'payload'

import { collections, toContentIssues, type Locale } from '@hub/content-schemas'

import { wouldBeDocument } from '../hooks/wouldBeDocument'
import { isTargetLocale, isTranslatableCollection, mayEdit, readDraft } from './exportXliff'
import { plainText, type Inline } from './inlineCodes'
import { documentUnits, translatedData, UnitError, type Unit } from './units'
import { parseXliff, sourceHash, type ParsedFile } from './xliffFile'

export type UnitOutcome = { unit: string; field: string; reason?: string }

export type DocumentReport = {
  /** "guides/12", as the file's `original` names it. */
  document: string
  title?: string
  locale: string
  /** Why nothing of this document was imported, if so. */
  error?: string
  /** Its English text changed since the export: the units translated from older text were refused. */
  stale: boolean
  applied: UnitOutcome[]
  refused: UnitOutcome[]
  untranslated: number
}

export type ImportReport = { documents: DocumentReport[] }

// States with which CAT tools mark a target that is not a translation yet.
const untranslatedStates = new Set(['new', 'needs-translation'])

const richTextKey = (unit: Unit) => (unit.richText ? JSON.stringify(unit.at) : null)

/**
 * Takes translations out of `accepted` until what is left fits: a rich text
 * is imported whole or not at all, inline codes must be the English ones,
 * and the content contract must hold for the translated fields.
 */
async function fitting(
  req: PayloadRequest,
  file: { collection: string; id: string; locale: Locale },
  en: Record<string, unknown>,
  translated: Record<string, unknown>,
  units: Unit[],
  accepted: Map<string, Inline[]>,
  refuse: (unit: Unit, reason: string) => void,
) {
  const refuseField = (unit: Unit, reason: string) => {
    const key = richTextKey(unit)
    for (const other of units) {
      if (!accepted.has(other.id)) continue
      if (other === unit || (key !== null && richTextKey(other) === key)) {
        accepted.delete(other.id)
        refuse(
          other,
          other === unit ? reason : `${unit.field} is imported whole, and unit "${unit.id}" was refused`,
        )
      }
    }
  }
  for (const unit of units) {
    if (!unit.richText || !accepted.has(unit.id)) continue
    const missing = units.filter(
      (other) => richTextKey(other) === richTextKey(unit) && !accepted.has(other.id),
    )
    if (missing.length > 0) {
      refuseField(
        unit,
        `${unit.field} is imported whole: translate its other units too (${missing.map((other) => other.id).join(', ')})`,
      )
    }
  }
  const collection = file.collection as keyof typeof collections
  const stored = (await req.payload.findByID({
    collection: file.collection as 'guides',
    id: file.id,
    locale: 'all',
    draft: true,
    depth: 0,
    overrideAccess: true,
    req,
  })) as unknown as Record<string, unknown>
  const fields = req.payload.collections[file.collection as 'guides'].config.fields
  for (let attempt = 0; attempt <= units.length; attempt += 1) {
    let data: Record<string, unknown>
    try {
      data = translatedData(en, translated, units, accepted)
    } catch (error) {
      if (!(error instanceof UnitError)) throw error
      refuseField(error.unit, error.message)
      continue
    }
    const document = wouldBeDocument(fields, stored, data, file.locale)
    const result = collections[collection].content.safeParse(document)
    const issues = result.success
      ? []
      : toContentIssues(result.error, document).filter((issue) => issue.locale === file.locale)
    const offending = units.find(
      (unit) =>
        accepted.has(unit.id) &&
        issues.some((issue) => issue.field === unit.field || issue.field.startsWith(`${unit.field}.`)),
    )
    if (!offending) return data
    const issue = issues.find(
      (candidate) => candidate.field === offending.field || candidate.field.startsWith(`${offending.field}.`),
    )!
    refuseField(offending, `${issue.field} (${file.locale}): ${issue.message}`)
  }
  return {}
}

async function importFile(req: PayloadRequest, file: ParsedFile, locale?: string): Promise<DocumentReport> {
  const report: DocumentReport = {
    document: file.original,
    locale: file.targetLanguage,
    stale: false,
    applied: [],
    refused: [],
    untranslated: 0,
  }
  const fail = (error: string) => ({ ...report, error })
  const [collection = '', id = '', ...extra] = file.original.split('/')
  if (!isTranslatableCollection(collection) || id === '' || extra.length > 0) {
    return fail(`The file's original "${file.original}" names no translatable document (e.g. "guides/12").`)
  }
  if (!isTargetLocale(file.targetLanguage)) {
    return fail(`The target language "${file.targetLanguage}" is not one of the site's translated locales.`)
  }
  if (locale && locale !== file.targetLanguage) {
    return fail(
      `The file is a ${file.targetLanguage} translation, not ${locale}: choose ${file.targetLanguage}.`,
    )
  }
  const target = file.targetLanguage
  const exists = await req.payload.count({
    collection,
    where: { id: { equals: id } },
    overrideAccess: true,
    req,
  })
  if (exists.totalDocs === 0) return fail(`There is no document ${file.original} any more.`)
  if (!(await mayEdit(req, collection, id))) {
    return fail(`You may not edit ${file.original}, so you cannot import its translation.`)
  }
  const en = await readDraft(req, collection, id, 'en')
  const translated = await readDraft(req, collection, id, target)
  report.title = String(en.title ?? '')
  const units = documentUnits(req.payload.collections[collection].config.fields, en, translated)
  const byId = new Map(units.map((unit) => [unit.id, unit]))
  const accepted = new Map<string, Inline[]>()
  const refuse = (unit: Pick<Unit, 'id' | 'field'>, reason: string) =>
    report.refused.push({ unit: unit.id, field: unit.field, reason })
  for (const parsed of file.units) {
    if (
      !parsed.target ||
      plainText(parsed.target).trim() === '' ||
      untranslatedStates.has(parsed.state ?? '')
    ) {
      report.untranslated += 1
      continue
    }
    const unit = byId.get(parsed.id)
    if (!unit) {
      report.stale = true
      refuse({ id: parsed.id, field: '' }, 'the English document has no such text any more: export it again')
    } else if (parsed.hash !== sourceHash(unit)) {
      report.stale = true
      refuse(unit, 'the English text changed since the export: export again and translate the new text')
    } else accepted.set(unit.id, parsed.target)
  }
  const data = await fitting(req, { collection, id, locale: target }, en, translated, units, accepted, refuse)
  if (accepted.size === 0) return report
  // A request of its own: a refused save rolls back its own transaction only.
  const saveReq = await createLocalReq({ user: req.user ?? undefined }, req.payload)
  try {
    await req.payload.update({
      collection,
      id,
      locale: target,
      data: { ...data, _status: 'draft' },
      draft: true,
      overrideAccess: false,
      user: req.user,
      req: saveReq,
    })
  } catch (error) {
    const reason = `not saved: ${(error as Error).message}`
    for (const unitId of accepted.keys()) refuse(byId.get(unitId)!, reason)
    return report
  }
  report.applied = [...accepted.keys()].map((unitId) => ({ unit: unitId, field: byId.get(unitId)!.field }))
  return report
}

/**
 * Imports a translated XLIFF file as drafts of its target locale, never
 * publishing: each document with the translations that fit, the rest
 * refused with the reason. Throws an XliffError for a file it cannot read.
 */
export async function importXliff(req: PayloadRequest, xml: string, locale?: string): Promise<ImportReport> {
  const files = parseXliff(xml)
  const documents: DocumentReport[] = []
  for (const file of files) documents.push(await importFile(req, file, locale))
  return { documents }
}
