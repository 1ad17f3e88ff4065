import type { DefaultServerCellComponentProps } from 'payload'

import { reviewDue } from '../../health/reviewDue'
import { listColumnWords } from './words'
import './index.css'

/** The review-by date in a list, with whether it has passed or falls within the month. */
export function ReviewByCell({ cellData, i18n }: DefaultServerCellComponentProps) {
  if (typeof cellData !== 'string' || !cellData) return null
  const due = reviewDue(cellData)
  const words = listColumnWords(i18n?.language)
  return (
    <span className="review-by-cell" data-review-due={due ?? 'later'}>
      {cellData.slice(0, 10)}
      {due && <strong className={`review-by-cell__${due}`}> · {words[due]}</strong>}
    </span>
  )
}
