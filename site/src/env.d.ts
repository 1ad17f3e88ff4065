declare namespace App {
  interface Locals {
    /** The runs of English marked so far on the page being rendered (components/EnglishRun.astro). */
    englishRuns?: number
  }
}
