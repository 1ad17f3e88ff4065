import { readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { format, resolveConfig } from 'prettier'

import { matrix, operations, roleNames, roles, type Outcome } from './matrix'

const shown: Record<Outcome, string> = { yes: 'yes', no: 'no', draft: 'draft', self: 'own only' }

export const docPath = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../docs/SECURITY.md')
const begin =
  '<!-- security-matrix:begin (written by tests/security/render.ts from tests/security/matrix.ts) -->'
const end = '<!-- security-matrix:end -->'

/** The matrix as a Markdown table. */
export function renderMatrix(): string {
  const lines = [
    `| collection | operation | ${roles.map((role) => roleNames[role]).join(' | ')} |`,
    `| --- | --- | ${roles.map(() => '---').join(' | ')} |`,
    ...matrix.map(
      (cell) =>
        `| ${cell.collection} | ${operations[cell.operation]} | ${roles.map((role) => shown[cell.expect[role]]).join(' | ')} |`,
    ),
  ]
  return [begin, ...lines, end].join('\n')
}

/** docs/SECURITY.md with its matrix section replaced by the current table, formatted as the repository formats Markdown. */
export async function documentWithMatrix(): Promise<{ current: string; expected: string }> {
  const current = await readFile(docPath, 'utf8')
  const from = current.indexOf(begin)
  const to = current.indexOf(end)
  if (from < 0 || to < from) throw new Error(`${docPath} has no ${begin} ... ${end} section for the matrix.`)
  const replaced = current.slice(0, from) + renderMatrix() + current.slice(to + end.length)
  const expected = await format(replaced, { ...(await resolveConfig(docPath)), filepath: docPath })
  return { current, expected }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { expected } = await documentWithMatrix()
  await writeFile(docPath, expected)
  console.log(`Wrote the security matrix into ${docPath}`)
}
