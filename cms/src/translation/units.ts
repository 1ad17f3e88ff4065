import type { Block, Field } from 'payload'

import type { LexicalNode } from '@hub/content-schemas'

import { guideBlocks } from '../blocks'
import {
  codeIds,
  isInlineNode,
  nodesOf,
  plainText,
  segmentOf,
  type Inline,
  type Segment,
} from './inlineCodes'

type Doc = Record<string, unknown>
type Path = (string | number)[]

/**
 * One piece of text a translator translates: a localized text field, an
 * array row's text, a paragraph, heading, list item or quote of a rich text,
 * or a text field of a block placed in a rich text.
 */
export type Unit = {
  /** Stable across exports: array rows and blocks by their ids, rich text nodes by position. */
  id: string
  /** The field as the content contract names it ("items.0.name", "body"). */
  field: string
  note: string
  maxLength?: number
  source: Segment
  /** The translation the document already has, with the English text's code ids. */
  target?: Segment
  /** Where the field's value sits in the document. */
  at: Path
  /** For a rich text: the node (child indexes from the root) and, for a block, the path in its fields. */
  richText?: { node: number[]; within?: Path }
}

type Context = { id: string; field: string; at: Path; label: string; inRichText: boolean }

const isDoc = (value: unknown): value is Doc =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

// Web addresses in blocks are the same in every language; the id is the one Payload gives each block.
const untranslatedNames = new Set(['url', 'id', 'blockName'])

function labelOf(field: Field): string {
  const label = 'label' in field ? field.label : undefined
  if (typeof label === 'string') return label
  if (isDoc(label) && typeof label.en === 'string') return label.en
  const name = 'name' in field ? field.name : ''
  return name.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/^./, (first) => first.toUpperCase())
}

function descriptionOf(field: Field): string | undefined {
  const description = field.admin && 'description' in field.admin ? field.admin.description : undefined
  return typeof description === 'string' ? description : undefined
}

const join = (prefix: string, part: string | number) => (prefix === '' ? String(part) : `${prefix}.${part}`)

function nested(context: Context, part: string | number, label: string, idPart = part): Context {
  return {
    ...context,
    id: join(context.id, idPart),
    field: join(context.field, part),
    at: [...context.at, part],
    label: context.label === '' ? label : `${context.label} › ${label}`,
  }
}

const sameCodes = (a: Segment, b: Segment) =>
  a.codes.size === b.codes.size &&
  [...a.codes].every(([id, code]) => {
    const other = b.codes.get(id)
    if (!other || other.kind !== code.kind) return false
    return code.kind !== 'format' || (other.kind === 'format' && other.format === code.format)
  })

const nodeKinds: Record<string, string> = {
  paragraph: 'paragraph',
  heading: 'heading',
  listitem: 'list item',
  quote: 'quote',
}

function richTextUnits(en: unknown, tr: unknown, context: Context, out: Unit[]) {
  const rootOf = (value: unknown) => (isDoc(value) && isDoc(value.root) ? (value.root as LexicalNode) : null)
  const visit = (node: LexicalNode, translated: LexicalNode | null, path: number[]) => {
    const children = Array.isArray(node.children) ? node.children : []
    const inline = children.filter(isInlineNode)
    if (path.length > 0 && inline.length > 0) {
      const source = segmentOf(inline)
      const translatedInline =
        translated?.type === node.type ? (translated.children ?? []).filter(isInlineNode) : []
      const target = translatedInline.length > 0 ? segmentOf(translatedInline) : undefined
      const kind =
        node.type === 'heading' ? `heading (${String(node.tag)})` : (nodeKinds[node.type] ?? node.type)
      out.push({
        id: `${context.id}#${path.join('.')}`,
        field: context.field,
        note: `${context.label}: ${kind}`,
        source,
        ...(target && sameCodes(source, target) ? { target } : {}),
        at: context.at,
        richText: { node: path },
      })
    }
    children.forEach((child, index) => {
      const translatedChild = translated?.children?.[index] ?? null
      const childPath = [...path, index]
      if (child.type === 'block' && isDoc(child.fields)) {
        const fields = child.fields as Doc
        const block = guideBlocks.find((candidate: Block) => candidate.slug === fields.blockType)
        if (!block) return
        const translatedFields =
          translatedChild?.type === 'block' &&
          isDoc(translatedChild.fields) &&
          translatedChild.fields.id === fields.id
            ? (translatedChild.fields as Doc)
            : {}
        const blockUnits: Unit[] = []
        const blockLabel = typeof block.labels?.singular === 'string' ? block.labels.singular : block.slug
        walkFields(
          block.fields,
          fields,
          translatedFields,
          {
            id: `${context.id}#${childPath.join('.')}`,
            field: '',
            at: [],
            label: `${context.label}: ${blockLabel} block`,
            inRichText: true,
          },
          blockUnits,
        )
        for (const unit of blockUnits) {
          out.push({
            ...unit,
            // "body#4.caption" reads as node 4.caption; the slash ends the node path.
            id: unit.id.replace(/^([^#]*#[\d.]+)\./, '$1/'),
            field: context.field,
            at: context.at,
            richText: { node: childPath, within: unit.at },
          })
        }
      } else if (!isInlineNode(child) && Array.isArray(child.children)) {
        visit(child, translatedChild, childPath)
      }
    })
  }
  const root = rootOf(en)
  if (root) visit(root, rootOf(tr), [])
}

/** The units of a list of fields, English values from `en`, existing translations from `tr`. */
export function walkFields(fields: Field[], en: Doc, tr: Doc, context: Context, out: Unit[]) {
  for (const field of fields) {
    if (field.type === 'row' || field.type === 'collapsible') {
      walkFields(field.fields, en, tr, context, out)
    } else if (field.type === 'tabs') {
      for (const tab of field.tabs) {
        if ('name' in tab && tab.name) {
          const name = tab.name
          walkFields(
            tab.fields,
            isDoc(en[name]) ? en[name] : {},
            isDoc(tr[name]) ? tr[name] : {},
            nested(context, name, typeof tab.label === 'string' ? tab.label : name),
            out,
          )
        } else walkFields(tab.fields, en, tr, context, out)
      }
    } else if (field.type === 'group' && 'name' in field) {
      const value = en[field.name]
      const translated = tr[field.name]
      walkFields(
        field.fields,
        isDoc(value) ? value : {},
        isDoc(translated) ? translated : {},
        nested(context, field.name, labelOf(field)),
        out,
      )
    } else if (field.type === 'array') {
      const rows = Array.isArray(en[field.name]) ? (en[field.name] as unknown[]) : []
      const translatedRows = Array.isArray(tr[field.name]) ? (tr[field.name] as unknown[]) : []
      rows.forEach((row, index) => {
        if (!isDoc(row)) return
        const translatedRow = translatedRows.find((other) => isDoc(other) && other.id === row.id)
        const rowContext = nested(context, field.name, labelOf(field), field.name)
        walkFields(
          field.fields,
          row,
          isDoc(translatedRow) ? translatedRow : {},
          {
            ...rowContext,
            id: join(rowContext.id, String(row.id ?? index)),
            field: join(rowContext.field, index),
            at: [...rowContext.at, index],
            label: `${rowContext.label} ${index + 1}`,
          },
          out,
        )
      })
    } else if (field.type === 'text' || field.type === 'textarea') {
      const hidden = Boolean(field.hidden || field.admin?.hidden)
      const translatable =
        !hidden && (context.inRichText ? !untranslatedNames.has(field.name) : field.localized)
      const value = en[field.name]
      if (!translatable || typeof value !== 'string' || value.trim() === '') continue
      const translated = tr[field.name]
      const here = nested(context, field.name, labelOf(field))
      const description = descriptionOf(field)
      out.push({
        id: here.id,
        field: here.field,
        note: description ? `${here.label}: ${description}` : here.label,
        ...(typeof field.maxLength === 'number' ? { maxLength: field.maxLength } : {}),
        source: { content: [value], codes: new Map() },
        ...(typeof translated === 'string' && translated.trim() !== ''
          ? { target: { content: [translated], codes: new Map() } }
          : {}),
        at: here.at,
      })
    } else if (field.type === 'richText' && field.localized) {
      richTextUnits(en[field.name], tr[field.name], nested(context, field.name, labelOf(field)), out)
    }
  }
}

/** Every unit of a document: `en` is its English text, `tr` its text in the target locale (no fallback). */
export function documentUnits(fields: Field[], en: Doc, tr: Doc): Unit[] {
  const units: Unit[] = []
  walkFields(fields, en, tr, { id: '', field: '', at: [], label: '', inRichText: false }, units)
  return units
}

function getAt(value: unknown, path: Path): unknown {
  return path.reduce<unknown>(
    (current, part) => (isDoc(current) || Array.isArray(current) ? (current as Doc)[part] : undefined),
    value,
  )
}

function setAt(target: Doc, path: Path, value: unknown) {
  let current: Doc = target
  path.slice(0, -1).forEach((part, index) => {
    if (!isDoc(current[part]) && !Array.isArray(current[part])) {
      current[part] = typeof path[index + 1] === 'number' ? [] : {}
    }
    current = current[part] as Doc
  })
  current[path[path.length - 1]!] = value
}

function nodeAt(root: LexicalNode, path: number[]): LexicalNode {
  return path.reduce((node, index) => node.children![index]!, root)
}

const fieldKey = (unit: Unit) => JSON.stringify(unit.at)

/**
 * The data that writes the translations given (unit id to translated
 * content) into the document in the target locale: the top-level fields they
 * touch, each whole, from `tr` with the translations laid over it. A rich
 * text is rebuilt from the English one, so `translations` must hold every one
 * of its units. Throws, naming the unit, when a translation's codes do not fit.
 */
export function translatedData(en: Doc, tr: Doc, units: Unit[], translations: Map<string, Inline[]>): Doc {
  const data = structuredClone(tr)
  const touched = new Set<string | number>()
  const richTexts = new Map<string, Unit[]>()
  for (const unit of units) {
    const target = translations.get(unit.id)
    if (!target) continue
    if (unit.richText) {
      richTexts.set(fieldKey(unit), [...(richTexts.get(fieldKey(unit)) ?? []), unit])
      continue
    }
    if (codeIds(target).length > 0)
      throw new UnitError(unit, 'this field takes plain text: remove the inline codes')
    setAt(data, unit.at, plainText(target))
    touched.add(unit.at[0]!)
  }
  for (const fieldUnits of richTexts.values()) {
    const at = fieldUnits[0]!.at
    const tree = structuredClone(getAt(en, at)) as { root: LexicalNode }
    for (const unit of fieldUnits) {
      const target = translations.get(unit.id)!
      const node = nodeAt(tree.root, unit.richText!.node)
      if (unit.richText!.within) {
        if (codeIds(target).length > 0)
          throw new UnitError(unit, 'this field takes plain text: remove the inline codes')
        setAt(node.fields as Doc, unit.richText!.within, plainText(target))
        continue
      }
      let nodes: LexicalNode[]
      try {
        nodes = nodesOf(target, unit.source.codes)
      } catch (error) {
        throw new UnitError(unit, (error as Error).message)
      }
      node.children = [...nodes, ...(node.children ?? []).filter((child) => !isInlineNode(child))]
    }
    setAt(data, at, tree)
    touched.add(at[0]!)
  }
  return Object.fromEntries([...touched].map((key) => [key, data[key]]))
}

export class UnitError extends Error {
  constructor(
    readonly unit: Unit,
    message: string,
  ) {
    super(message)
  }
}
