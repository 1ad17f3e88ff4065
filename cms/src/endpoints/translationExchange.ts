import type { Endpoint, PayloadRequest } from 'payload'

import { localeNames } from '@hub/content-schemas'

import {
  exportDocument,
  exportMissing,
  isTargetLocale,
  isTranslatableCollection,
  mayEdit,
} from '../translation/exportXliff'
import { importXliff } from '../translation/importXliff'
import { XliffError } from '../translation/xliffFile'

const message = (text: string, status: number) => Response.json({ errors: [{ message: text }] }, { status })

const targetLocales = () => Object.keys(localeNames).filter(isTargetLocale).join(', ')

function xliffResponse(xml: string, filename: string) {
  return new Response(xml, {
    headers: {
      'Content-Type': 'application/x-xliff+xml; charset=utf-8',
      'Content-Disposition': `attachment; filename="${filename}"`,
      'Cache-Control': 'no-store',
    },
  })
}

/**
 * `GET /api/xliff/export?locale=fr&collection=guides&id=12`: one document;
 * `GET /api/xliff/export?locale=fr&missing=1`: every document the user may
 * edit whose translation is missing or incomplete. Only for those who may
 * edit the documents, as saving the translation back will be.
 */
const exportEndpoint: Endpoint = {
  path: '/xliff/export',
  method: 'get',
  handler: async (req: PayloadRequest) => {
    if (!req.user) return message('Sign in to export documents for translation.', 401)
    const locale = String(req.query.locale ?? '')
    if (!isTargetLocale(locale)) {
      return message(`Choose the language to translate into: locale is one of ${targetLocales()}.`, 400)
    }
    if (req.query.missing !== undefined) {
      return xliffResponse(await exportMissing(req, locale), `missing-translations.${locale}.xlf`)
    }
    const collection = String(req.query.collection ?? '')
    const id = String(req.query.id ?? '')
    if (!isTranslatableCollection(collection) || id === '') {
      return message('Name the document: collection (e.g. guides) and id, or ask for missing=1.', 400)
    }
    const exists = await req.payload.count({
      collection,
      where: { id: { equals: id } },
      overrideAccess: true,
      req,
    })
    if (exists.totalDocs === 0) return message(`There is no document ${collection}/${id}.`, 404)
    if (!(await mayEdit(req, collection, id))) {
      return message(`You may not edit ${collection}/${id}, so you cannot export it for translation.`, 403)
    }
    return xliffResponse(
      await exportDocument(req, collection, id, locale),
      `${collection}-${id}.${locale}.xlf`,
    )
  },
}

/**
 * `POST /api/xliff/import?locale=fr` with the XLIFF file as the body: saves
 * the translations as drafts of the file's locale and answers with the report.
 */
const importEndpoint: Endpoint = {
  path: '/xliff/import',
  method: 'post',
  handler: async (req: PayloadRequest) => {
    if (!req.user) return message('Sign in to import translations.', 401)
    const locale = req.query.locale === undefined ? undefined : String(req.query.locale)
    if (locale !== undefined && !isTargetLocale(locale)) {
      return message(
        `The locale "${locale}" is not one translations are imported into: ${targetLocales()}.`,
        400,
      )
    }
    const xml = req.text ? await req.text() : ''
    if (xml.trim() === '') return message('Send the translated XLIFF file as the request body.', 400)
    try {
      return Response.json(await importXliff(req, xml, locale))
    } catch (error) {
      if (error instanceof XliffError) return message(error.message, 400)
      throw error
    }
  },
}

export const translationEndpoints = [exportEndpoint, importEndpoint]
