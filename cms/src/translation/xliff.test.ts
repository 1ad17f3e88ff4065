import { createLocalReq } from 'payload'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { xliff12ToJs } from 'xliff'

import { lexical, type LexicalNode } from '@hub/content-schemas'

import type { User } from '../payload-types'
import { databaseTargets } from '../testing/databases'
import { createOrganization, createUser, guideData } from '../testing/fixtures'
import { startTestHub, type TestHub } from '../testing/testHub'
import { exportDocument, exportMissing } from './exportXliff'
import { importXliff } from './importXliff'
import { translationProgress } from './progress'
import { XliffError } from './xliffFile'

/** A translator's work, done by a program: every text run of every source marked, codes kept. */
export function translateAll(xml: string, mark = 'FR '): string {
  return xml.replace(/<source>([\s\S]*?)<\/source>/g, (_, inner: string) => {
    const translated = inner.replace(
      /(^|>)([^<]+)/g,
      (_match, before: string, text: string) => `${before}${mark}${text}`,
    )
    return `<source>${inner}</source><target state="translated">${translated}</target>`
  })
}

for (const target of databaseTargets) {
  describe.skipIf(!target.available)(`XLIFF translation exchange on ${target.kind}`, () => {
    let hub: TestHub
    let guideId: number | string
    const users = {} as Record<'translator' | 'editor' | 'otherEditor', User>
    const reqAs = (role: keyof typeof users) =>
      createLocalReq({ user: { ...users[role], collection: 'users' } }, hub.payload)
    const versions = async () =>
      (await hub.payload.countVersions({ collection: 'guides', where: { parent: { equals: guideId } } }))
        .totalDocs
    const frenchDraft = async () =>
      (await hub.payload.findByID({
        collection: 'guides',
        id: guideId,
        locale: 'fr',
        fallbackLocale: false,
        draft: true,
        depth: 0,
      })) as unknown as Record<string, unknown> & { body: { root: LexicalNode } }

    beforeAll(async () => {
      hub = await startTestHub(target.kind)
      const ours = (await createOrganization(hub.payload, 'xliff-ours')).id
      const theirs = (await createOrganization(hub.payload, 'xliff-theirs')).id
      users.translator = await createUser(hub.payload, 'translator', 'translator@xliff.example')
      users.editor = await createUser(hub.payload, 'editor', 'editor@xliff.example', ours)
      users.otherEditor = await createUser(hub.payload, 'editor', 'other@xliff.example', theirs)
      const png = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#336699' } })
        .png()
        .toBuffer()
      const media = await hub.payload.create({
        collection: 'media',
        data: { alt: 'A blue square' },
        file: { data: png, mimetype: 'image/png', name: 'square.png', size: png.length },
        overrideAccess: true,
      })
      const guide = await hub.payload.create({
        collection: 'guides',
        data: guideData(ours, {
          slug: 'xliff-guide',
          title: 'Know your rights',
          body: lexical.doc(
            lexical.h2('Before you go'),
            lexical.p(
              'Read ',
              lexical.bold('this'),
              ' and ',
              lexical.link('the law', 'https://example.org/law'),
              '.',
            ),
            lexical.ul(['First step'], ['Second ', lexical.italic('step')]),
            lexical.block({ blockType: 'callout', tone: 'info', title: 'Note', text: 'Stay calm.' }),
            lexical.block({ blockType: 'image', image: media.id, caption: 'A blue square' }),
          ),
        }),
        overrideAccess: true,
      })
      guideId = guide.id
    })

    afterAll(async () => {
      await hub?.close()
    })

    it('exports every localized text, with inline codes, notes and a source hash', async () => {
      const xml = await exportDocument(await reqAs('translator'), 'guides', String(guideId), 'fr')
      expect(xml).toContain('<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">')
      expect(xml).toContain(`original="guides/${guideId}"`)
      expect(xml).toContain('source-language="en" target-language="fr"')
      expect(xml).toMatch(
        /<trans-unit id="title" extradata="[0-9a-f]{16}"[^>]*maxwidth="160" size-unit="char">/,
      )
      expect(xml).toContain(
        '<source>Read <g id="1" ctype="bold">this</g> and <g id="2" ctype="link">the law</g>.</source>',
      )
      expect(xml).not.toContain('https://example.org/law')
      expect(xml).toContain('<source>Second <g id="1" ctype="italic">step</g></source>')
      expect(xml).toContain('id="body#3/text"')
      expect(xml).not.toContain('id="body#3/id"')
      expect(xml).toContain('<source>A blue square</source>')
      expect(xml).toContain(
        '<note from="hub">Summary: One or two sentences shown in search results and lists.</note>',
      )
      expect(xml).toContain('<note from="hub">Body: heading (h2)</note>')
      expect(xml).not.toContain('<target')
    })

    it('is read by an XLIFF library the project did not write', async () => {
      const xml = await exportDocument(await reqAs('translator'), 'guides', String(guideId), 'fr')
      const read = await xliff12ToJs(xml)
      expect(read).toMatchObject({ sourceLanguage: 'en', targetLanguage: 'fr' })
      const units = read.resources[`guides/${guideId}`]!
      expect(units.title).toMatchObject({ source: 'Know your rights', note: 'Title' })
      expect(units['body#1']!.source).toEqual([
        'Read ',
        { GenericSpan: { id: '1', ctype: 'bold', contents: 'this' } },
        ' and ',
        { GenericSpan: { id: '2', ctype: 'link', contents: 'the law' } },
        '.',
      ])
      expect(units['body#4/caption']).toMatchObject({
        source: 'A blue square',
        note: 'Body: Image block › Caption',
      })
    })

    it('imports a translated file as a French draft, links and formatting intact, nothing published', async () => {
      const xml = translateAll(
        await exportDocument(await reqAs('translator'), 'guides', String(guideId), 'fr'),
      )
      const report = await importXliff(await reqAs('translator'), xml, 'fr')
      const [document] = report.documents
      expect(document).toMatchObject({ document: `guides/${guideId}`, refused: [], stale: false })
      expect(document!.applied.map((outcome) => outcome.unit)).toEqual(
        expect.arrayContaining([
          'title',
          'summary',
          'body#0',
          'body#1',
          'body#2.1',
          'body#3/title',
          'body#4/caption',
        ]),
      )
      const french = await frenchDraft()
      expect(french.title).toBe('FR Know your rights')
      const [heading, paragraph, list, callout, image] = french.body.root.children as LexicalNode[]
      expect(heading).toMatchObject({ type: 'heading', tag: 'h2', children: [{ text: 'FR Before you go' }] })
      expect(paragraph!.children).toMatchObject([
        { type: 'text', text: 'FR Read ', format: 0 },
        { type: 'text', text: 'FR this', format: 1 },
        { type: 'text', text: 'FR  and ', format: 0 },
        { type: 'link', fields: { url: 'https://example.org/law' }, children: [{ text: 'FR the law' }] },
        { type: 'text', text: 'FR .' },
      ])
      expect(list!.children![1]!.children).toMatchObject([
        { text: 'FR Second ' },
        { text: 'FR step', format: 2 },
      ])
      expect(callout).toMatchObject({
        fields: { blockType: 'callout', tone: 'info', title: 'FR Note', text: 'FR Stay calm.' },
      })
      expect(image).toMatchObject({ fields: { blockType: 'image', caption: 'FR A blue square' } })
      const published = await hub.payload.findByID({
        collection: 'guides',
        id: guideId,
        locale: 'fr',
        fallbackLocale: false,
      })
      expect(published.title).toBeFalsy()
    })

    it('pre-fills existing translations as targets on the next export', async () => {
      const xml = await exportDocument(await reqAs('editor'), 'guides', String(guideId), 'fr')
      expect(xml).toContain('<target state="translated">FR Know your rights</target>')
      expect(xml).toContain(
        '<target state="translated">FR Read <g id="1" ctype="bold">FR this</g>FR  and <g id="2" ctype="link">FR the law</g>FR .</target>',
      )
    })

    it('counts translation progress in English words, per language and type', async () => {
      const progress = await translationProgress(await reqAs('editor'))
      const guides = (locale: string) =>
        progress
          .find((entry) => entry.locale === locale)!
          .byType.find((type) => type.collection === 'guides')!
      // Title 3 words, summary 6, the body 18 (heading, paragraph, list items and block texts).
      expect(guides('fr')).toEqual({ collection: 'guides', translated: 27, total: 27 })
      expect(guides('es')).toEqual({ collection: 'guides', translated: 0, total: 27 })
    })

    it('refuses units with broken codes, a rich text only whole, and over-long text, saving the rest', async () => {
      const before = await versions()
      const xml = translateAll(
        await exportDocument(await reqAs('editor'), 'guides', String(guideId), 'es'),
        'ES ',
      )
        .replace(
          '<target state="translated">ES Read <g id="1" ctype="bold">ES this</g>',
          '<target state="translated">ES Read ES this',
        )
        .replace(/(<trans-unit id="title"[\s\S]*?<target state="translated">)[^<]*/, `$1${'x'.repeat(200)}`)
      const report = await importXliff(await reqAs('editor'), xml)
      const [document] = report.documents
      const reasons = Object.fromEntries(document!.refused.map((outcome) => [outcome.unit, outcome.reason]))
      expect(reasons['body#1']).toBe('inline code 1 of the English text is missing')
      expect(reasons['body#0']).toContain('body is imported whole')
      expect(reasons.title).toMatch(/^title \(es\): /)
      expect(document!.applied.map((outcome) => outcome.unit)).toEqual(['summary'])
      expect(await versions()).toBe(before + 1)
    })

    it('flags a file whose English source changed since the export and applies none of that text', async () => {
      const xml = translateAll(
        await exportDocument(await reqAs('editor'), 'guides', String(guideId), 'ar'),
        'AR ',
      )
      await hub.payload.update({
        collection: 'guides',
        id: guideId,
        data: { title: 'Know your rights now' },
        draft: true,
        overrideAccess: true,
      })
      const before = await versions()
      const report = await importXliff(
        await reqAs('editor'),
        xml.replace(/<trans-unit id="(?!title)[\s\S]*?<\/trans-unit>/g, ''),
      )
      expect(report.documents[0]).toMatchObject({
        stale: true,
        applied: [],
        refused: [
          { unit: 'title', field: 'title', reason: expect.stringContaining('changed since the export') },
        ],
      })
      expect(await versions()).toBe(before)
    })

    it('lets only those who may edit the document import or export it', async () => {
      const xml = translateAll(await exportDocument(await reqAs('editor'), 'guides', String(guideId), 'th'))
      const before = await versions()
      const report = await importXliff(await reqAs('otherEditor'), xml)
      expect(report.documents[0]!.error).toBe(
        `You may not edit guides/${guideId}, so you cannot import its translation.`,
      )
      expect(await versions()).toBe(before)
      expect(await exportMissing(await reqAs('otherEditor'), 'th')).not.toContain('<file ')
      expect(await exportMissing(await reqAs('editor'), 'th')).toContain(`original="guides/${guideId}"`)
    })

    it('translates array rows (donation items) by row, leaving their other fields as they are', async () => {
      const organization = (await createOrganization(hub.payload, `xliff-donations-${target.kind}`)).id
      const list = await hub.payload.create({
        collection: 'donation-lists',
        data: {
          slug: 'xliff-donations',
          title: 'Winter drive',
          summary: 'What the shelter needs this winter.',
          organization,
          reviewBy: '2027-06-01',
          lastVerified: '2026-11-01',
          items: [
            { name: 'Blankets', category: 'clothing', priority: 'urgent' },
            { name: 'Soap', category: 'hygiene', priority: 'normal', notes: 'Unscented, please.' },
          ],
          howToDonate: 'Bring items to the front desk.',
          _status: 'published',
        },
        overrideAccess: true,
      })
      const req = await reqAs('translator')
      const xml = await exportDocument(req, 'donation-lists', String(list.id), 'es')
      const [blankets, soap] = list.items!
      expect(xml).toContain(`<trans-unit id="items.${blankets!.id}.name"`)
      expect(xml).toContain('<note from="hub">Items 2 › Notes</note>')
      const report = await importXliff(req, translateAll(xml, 'ES '))
      expect(report.documents[0]).toMatchObject({ refused: [], stale: false })
      const spanish = await hub.payload.findByID({
        collection: 'donation-lists',
        id: list.id,
        locale: 'es',
        fallbackLocale: false,
        draft: true,
        depth: 0,
      })
      expect(spanish.items).toMatchObject([
        { id: blankets!.id, name: 'ES Blankets', category: 'clothing', priority: 'urgent' },
        { id: soap!.id, name: 'ES Soap', notes: 'ES Unscented, please.', category: 'hygiene' },
      ])
      expect(spanish.howToDonate).toBe('ES Bring items to the front desk.')
    })

    it('refuses a file that is not XLIFF 1.2 with a clear message', async () => {
      const req = await reqAs('editor')
      await expect(importXliff(req, '<xliff version="2.0"></xliff>')).rejects.toThrow(
        new XliffError('The file is XLIFF 2.0; the hub reads XLIFF 1.2, as it exports.'),
      )
      await expect(importXliff(req, '<xliff version="1.2"><file>')).rejects.toThrow(/not well-formed XML/)
    })
  })
}
