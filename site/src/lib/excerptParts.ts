export type ExcerptPart = { text: string; mark: boolean; english: boolean }

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
    else if (piece)
      parts.push(...runs(piece.replace(/&lt;/g, '<').replace(/&gt;/g, '>'), mark, latinIsEnglish))
  }
  return parts
}
