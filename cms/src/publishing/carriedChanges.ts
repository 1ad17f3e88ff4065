import type { WaitingChange } from './waitingBuilds'

/** Changes named one by one in a build's record; a bulk publish of hundreds is summed up after them. */
const named = 10

/**
 * What a build's record says it carries: the change that started it, then
 * the ones it took in from the queue, so the admin's build list names every
 * change that went live with it and everyone who made one. A change queued
 * twice (a document saved twice before the build) is named once.
 */
export function carriedChanges(first: WaitingChange, taken: readonly WaitingChange[]): WaitingChange {
  const reasons = [...new Set(taken.map((change) => change.reason))].filter(
    (reason) => reason !== first.reason,
  )
  const people = [...new Set([first, ...taken].map((change) => change.triggeredBy).filter(Boolean))]
  const triggeredBy = people.length > 0 ? people.join(', ') : undefined
  if (reasons.length === 0) return { reason: first.reason, triggeredBy }
  const listed = reasons.slice(0, named)
  const unlisted = reasons.length - listed.length
  const more = `${reasons.length} more ${reasons.length === 1 ? 'change' : 'changes'}`
  return {
    reason: `${first.reason}; with ${more}: ${listed.join('; ')}${unlisted > 0 ? `; and ${unlisted} others` : ''}`,
    triggeredBy,
  }
}
