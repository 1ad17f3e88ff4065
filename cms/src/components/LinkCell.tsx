import type { DefaultServerCellComponentProps } from 'payload'

/** A list cell showing an address as a link that opens beside the admin. */
export function LinkCell({ cellData }: DefaultServerCellComponentProps) {
  if (typeof cellData !== 'string' || !/^https?:\/\//.test(cellData)) return null
  return (
    <a href={cellData} target="_blank" rel="noopener noreferrer">
      {new URL(cellData).pathname}
    </a>
  )
}
