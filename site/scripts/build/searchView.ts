import { createHash } from 'node:crypto'

/** Changes whenever the rules below change, so bundles keyed by the old digests are not reused. */
export const searchViewVersion = 1

// A start or end tag whose attributes are well formed; a quoted value may hold any character, "<" and ">" too.
const tag =
  /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*(\/?)>/y
const attributeName = /\s+([^\s"'>/=]+)(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?/g
const voidElements = new Set('area base br col embed hr img input link meta source track wbr'.split(' '))
// What Pagefind reads even inside an ignored element (the page's title from the first h1 or the
// <title>, its image from the first img), and elements whose text could hold what looks like a tag.
const readInside = new Set(
  'h1 title img script style template textarea xmp iframe noembed noframes noscript plaintext math'.split(
    ' ',
  ),
)
// An ignored element of these kinds passes the ids of its ancestors' anchors on to its children,
// whose text then becomes those anchors' text in the index (Pagefind's INLINE_SELECTORS).
const inline = new Set(
  'a abbr acronym b bdo big br button cite code dfn em i img input kbd label map object output q samp script select small span strong sub sup textarea time tt var'.split(
    ' ',
  ),
)
// Start tags that end an open <p> without its end tag: the HTML parser and a streaming reader could disagree on its extent.
const closesParagraph = new Set(
  'address article aside blockquote details div dl fieldset figcaption figure footer h1 h2 h3 h4 h5 h6 header hgroup hr main menu nav ol p pre section table ul'.split(
    ' ',
  ),
)

const namesOf = (attributes: string) =>
  [...attributes.matchAll(attributeName)].map(([, name]) => name!.toLowerCase())

/**
 * Where the element whose start tag ends at `from` ends (after its end tag),
 * when nothing inside it is read by Pagefind and its extent is beyond doubt:
 * every tag inside well formed and closed in order, no comment, no element whose
 * text is not markup. Undefined otherwise.
 */
function ignorableEnd(html: string, from: number, name: string): number | undefined {
  const open: string[] = []
  let cursor = from
  for (;;) {
    const at = html.indexOf('<', cursor)
    if (at < 0) return undefined
    tag.lastIndex = at
    const found = tag.exec(html)
    if (!found) return undefined
    const [, closing, rawName, attributes, selfClosing] = found
    const inner = rawName!.toLowerCase()
    cursor = tag.lastIndex
    if (closing) {
      if (open.length === 0) return inner === name ? cursor : undefined
      if (open.pop() !== inner) return undefined
      continue
    }
    if (
      readInside.has(inner) ||
      namesOf(attributes!).some((attribute) => attribute.startsWith('data-pagefind-'))
    )
      return undefined
    if (name === 'p' && closesParagraph.has(inner)) return undefined
    if (voidElements.has(inner)) continue
    if (selfClosing) {
      if (open.includes('svg')) continue
      return undefined
    }
    open.push(inner)
  }
}

/**
 * The sha256 of a page as Pagefind's index sees it: the page without the
 * elements marked `data-pagefind-ignore` whose content Pagefind drops whole.
 * Pages with one view make the same index entries, so a change confined to
 * such elements (a page's "updated" date, the site header or footer) leaves
 * the locale's search bundle as it was: a publish need not index it again.
 *
 * Read from Pagefind's parser (fossick/parser.rs): an ignored element's text is
 * dropped, but filters, metadata and sort keys inside it are read, its first
 * h1 may name the page, and so on. An element is left out of the view only when
 * it holds none of what Pagefind reads and its extent is certain (see
 * `ignorableEnd`); when in doubt it stays, which costs an index made again,
 * never a stale one.
 */
export function searchView(html: string): string {
  const hash = createHash('sha256')
  let copied = 0
  let search = 0
  for (;;) {
    const mark = html.indexOf('data-pagefind-ignore', search)
    if (mark < 0) break
    search = mark + 1
    const start = html.lastIndexOf('<', mark)
    tag.lastIndex = start
    const found = start < copied ? null : tag.exec(html)
    if (!found || tag.lastIndex <= mark || found[1]) continue
    const [, , rawName, attributes] = found
    const name = rawName!.toLowerCase()
    const names = namesOf(attributes!)
    if (!names.includes('data-pagefind-ignore')) continue
    if (
      names.some(
        (attribute) => attribute.startsWith('data-pagefind-') && attribute !== 'data-pagefind-ignore',
      )
    )
      continue
    if (readInside.has(name) || inline.has(name) || voidElements.has(name) || found[4]) continue
    const end = ignorableEnd(html, tag.lastIndex, name)
    if (end === undefined) continue
    hash.update(html.slice(copied, start))
    copied = end
    search = end
  }
  return hash.update(html.slice(copied)).digest('hex')
}
