export type ExcerptPart = { text: string; mark: boolean; english: boolean }

/** What a Pagefind 1.x search result (`result.data()`) holds beside its excerpt. */
export type Fragment = {
  /** The page's indexed text, `<` and `>` escaped; its words are what locations count. */
  raw_content: string
  /** The excerpt as Pagefind cut it from raw_content, without marks. */
  plain_excerpt: string
  /** The words the search matched. */
  locations: number[]
  /** Every indexed element with an id, at the word it stands before. */
  anchors: { id: string; location: number }[]
}

const unescape = (text: string) => text.replace(/&lt;/g, '<').replace(/&gt;/g, '>')
// Pagefind's word separator: white space other than U+FEFF.
const wordSeparators = /[^\S\uFEFF]+/
// The marks components/EnglishRun.astro puts around a run: its start (with its length in words, or not) and end.
const runMark = /^en-run-(\d+)(?:-(\d+)|(-end))?$/

/** The number of words Pagefind counts in a text. */
export function wordCount(text: string): number {
  return text.split(wordSeparators).filter(Boolean).length
}

// A run of Latin script: its letters and the digits, spaces and punctuation between them.
const latinRun = /\p{Script=Latin}(?:[\p{Script=Latin}\p{N}\p{Zs}\p{P}]*[\p{Script=Latin}\p{N}])?/gu

function runs(text: string, mark: boolean, latinIsEnglish: boolean): ExcerptPart[] {
  if (!latinIsEnglish) return [{ text, mark, english: false }]
  const parts: ExcerptPart[] = []
  let at = 0
  for (const run of text.matchAll(latinRun)) {
    if (run.index > at) parts.push({ text: text.slice(at, run.index), mark, english: false })
    parts.push({ text: run[0], mark, english: true })
    at = run.index + run[0].length
  }
  if (at < text.length) parts.push({ text: text.slice(at), mark, english: false })
  return parts
}

/**
 * A Pagefind excerpt as plain text runs, the matched words marked. Pagefind
 * builds the excerpt from the page's text with `<` and `>` escaped and only
 * `<mark>` added, so any other markup in it is text someone wrote: the page
 * shows it as text, never parses it as HTML.
 * On a page whose language is not written in Latin script (Arabic, Thai),
 * `latinIsEnglish` marks each Latin run as English: an excerpt can join the
 * page's own words to English standing in for a translation, or to a name
 * kept in English, and each must be laid out in its own direction.
 */
export function excerptParts(excerpt: string, latinIsEnglish = false): ExcerptPart[] {
  const parts: ExcerptPart[] = []
  let mark = false
  for (const piece of excerpt.split(/(<\/?mark>)/)) {
    if (piece === '<mark>') mark = true
    else if (piece === '</mark>') mark = false
    else if (piece) parts.push(...runs(unescape(piece), mark, latinIsEnglish))
  }
  return parts
}

/** The word ranges [from, to) of the runs of English the page marks. */
function englishRanges(anchors: Fragment['anchors']): [number, number][] {
  const starts = new Map<string, number>()
  const ranges: [number, number][] = []
  for (const { id, location } of anchors) {
    const [, run, words, end] = runMark.exec(id) ?? []
    if (!run) continue
    if (words) ranges.push([location, location + Number(words)])
    else if (!end) starts.set(run, location)
    else if (starts.has(run)) ranges.push([starts.get(run)!, location])
  }
  return ranges
}

/**
 * The excerpt of a search result in words, the matched ones marked and those
 * the page marks as English (components/EnglishRun.astro) set apart: on a
 * page in Latin script, the letters cannot tell English standing in for a
 * translation from the page's own language, but the page can. The excerpt
 * is found among the page's words as Pagefind cut it (`length` words, the
 * ellipsis where words are left out); undefined where it is not there (a
 * Pagefind that cuts excerpts otherwise), so the caller shows it unmarked.
 */
export function fragmentParts(
  fragment: Fragment,
  length: number,
  ellipsis: string,
): ExcerptPart[] | undefined {
  const words = fragment.raw_content.split(wordSeparators)
  const count = Math.min(length, words.length)
  let start = 0
  const cut = (at: number) =>
    (at > 0 ? `${ellipsis} ` : '') +
    words
      .slice(at, at + count)
      .join(' ')
      .trim() +
    (at + count < words.length ? ` ${ellipsis}` : '')
  while (start + count <= words.length && cut(start) !== fragment.plain_excerpt) start += 1
  if (start + count > words.length) return undefined
  const ranges = englishRanges(fragment.anchors)
  const matched = new Set(fragment.locations)
  const parts: ExcerptPart[] = []
  const add = (text: string, mark: boolean, english: boolean) => {
    const last = parts.at(-1)
    if (last && last.mark === mark && last.english === english) last.text += text
    else parts.push({ text, mark, english })
  }
  if (start > 0) add(`${ellipsis} `, false, false)
  let previous: boolean | undefined
  for (const [at, word] of words.slice(start, start + count).entries()) {
    if (!word) continue
    const english = ranges.some(([from, to]) => start + at >= from && start + at < to)
    // A space between two English words belongs to the run; at its edge, to the page's language.
    if (previous !== undefined) add(' ', false, previous && english)
    add(unescape(word), matched.has(start + at), english)
    previous = english
  }
  if (start + count < words.length) add(` ${ellipsis}`, false, false)
  return parts
}
