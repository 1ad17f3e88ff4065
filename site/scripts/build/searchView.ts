import { createHash } from 'node:crypto'

/** Changes whenever the rules below change, so bundles keyed by the old digests are not reused. */
export const searchViewVersion = 3

// A start or end tag whose attributes are well formed; a quoted value may hold any character, "<" and ">" too.
const tag =
  /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*(\/?)>/y
const attribute = /\s+([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g
const words = (list: string) => new Set(list.split(' '))
const voidElements = words('area base br col embed hr img input link meta source track wbr')
// What Pagefind reads inside an element ignored for its text (`data-pagefind-ignore`, "index"): the
// page's title from the first h1, its image from the first img. Inside one ignored with "all" it
// reads nothing.
const readInside = words('h1 img')
// Elements whose text is not markup: it could hold what looks like a tag. A script or style with no
// comment opener in it ends at its end tag; the others leave the element's extent in doubt (a <title>,
// which Pagefind could also take as the page's title, among them).
const rawText = words('script style')
const doubtful = words('template textarea title xmp iframe noembed noframes noscript plaintext math')
// An ignored element of these kinds passes the ids of its ancestors' anchors on to its children,
// whose text then becomes those anchors' text in the index (Pagefind's INLINE_SELECTORS).
const inline = words(
  'a abbr acronym b bdo big br button cite code dfn em i img input kbd label map object output q samp script select small span strong sub sup textarea time tt var',
)
// Start tags that end an open <p> without its end tag: the HTML parser and a streaming reader could disagree on its extent.
const closesParagraph = words(
  'address article aside blockquote details div dl fieldset figcaption figure footer h1 h2 h3 h4 h5 h6 header hgroup hr main menu nav ol p pre section table ul',
)

/** A start tag's attributes, names in lower case. */
const attributesOf = (source: string) =>
  new Map([...source.matchAll(attribute)].map(([, name, ...value]) => [name!.toLowerCase(), value.join('')]))

const readsPagefind = (attributes: Map<string, string>) =>
  [...attributes.keys()].some((name) => name.startsWith('data-pagefind-'))

/**
 * Where the element whose start tag ends at `from` ends (after its end tag),
 * when nothing inside it is read by Pagefind and its extent is beyond doubt:
 * every tag inside well formed and closed in order, no comment, no element whose
 * text is not markup. Undefined otherwise. `all` is an element ignored whole.
 */
function ignorableEnd(html: string, from: number, name: string, all: boolean): number | undefined {
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
    // Also true when only a value holds the text: such a tag leaves the element in the view, which is safe.
    if (doubtful.has(inner) || attributes!.toLowerCase().includes('data-pagefind-')) return undefined
    if (!all && readInside.has(inner)) return undefined
    if (name === 'p' && closesParagraph.has(inner)) return undefined
    if (rawText.has(inner)) {
      const text = html.slice(cursor)
      const end = text.search(new RegExp(`</${inner}[\\s/>]`, 'i'))
      if (end < 0 || text.slice(0, end).includes('<!--')) return undefined
      tag.lastIndex = cursor + end
      const endTag = tag.exec(html)
      if (!endTag || endTag[3] || endTag[4]) return undefined
      cursor = tag.lastIndex
      continue
    }
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
 * Read from Pagefind's parser (fossick/parser.rs): an element ignored for its
 * text still gives the page filters, metadata and sort keys, its title from an
 * h1 and its image from an img; one ignored with "all" gives nothing. An
 * element is left out of the view only when it holds none of what Pagefind
 * reads and its extent is certain (see `ignorableEnd`); when in doubt it stays,
 * which costs an index made again, never a stale one.
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
    const [, , rawName, source, selfClosing] = found
    const name = rawName!.toLowerCase()
    const attributes = attributesOf(source!)
    const ignore = attributes.get('data-pagefind-ignore')
    if (ignore === undefined || selfClosing || voidElements.has(name) || inline.has(name)) continue
    attributes.delete('data-pagefind-ignore')
    if (readsPagefind(attributes) || readInside.has(name) || rawText.has(name) || doubtful.has(name)) continue
    // Pagefind ignores the text only for these values, and everything for "all" or any other.
    const all = !['', 'index', 'true'].includes(ignore.toLowerCase())
    const end = ignorableEnd(html, tag.lastIndex, name, all)
    if (end === undefined) continue
    hash.update(html.slice(copied, start))
    copied = end
    search = end
  }
  return hash.update(html.slice(copied)).digest('hex')
}
