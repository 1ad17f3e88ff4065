/** The npm package `xliff` ships no types; the tests read exported files with it as a CAT tool would. */
declare module 'xliff' {
  type Content = string | Record<string, { id: string; ctype?: string; contents?: unknown }> | Content[]
  export function xliff12ToJs(xml: string): Promise<{
    sourceLanguage: string
    targetLanguage: string
    resources: Record<string, Record<string, { source: Content; target?: Content; note?: string }>>
  }>
}
