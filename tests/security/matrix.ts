/**
 * Who may do what, as one table: role x collection x operation. The security
 * tests (matrix.test.ts) drive every cell over REST and, where the operation
 * exists there, GraphQL, against a running CMS; docs/SECURITY.md shows the same
 * table (render.ts writes it, doc.test.ts checks it is current).
 */
export const roles = ['anonymous', 'translator', 'ownEditor', 'otherEditor', 'coordinator', 'admin'] as const
export type Role = (typeof roles)[number]

export const roleNames: Record<Role, string> = {
  anonymous: 'Anonymous',
  translator: 'Translator',
  ownEditor: 'Editor (owning org.)',
  otherEditor: 'Editor (other org.)',
  coordinator: 'Coordinator',
  admin: 'Admin',
}

/**
 * yes: allowed and done. no: refused, nothing changes. draft: saved as a
 * draft only, what readers see stays as it was (a duplicate is a new draft,
 * owned by an editor's own organisation). self: one's own account only.
 */
export const outcomes = ['yes', 'no', 'draft', 'self'] as const
export type Outcome = (typeof outcomes)[number]

export const operations = {
  read: 'read the published document',
  readDraft: 'read an unpublished draft',
  readUnused: 'read a file no published document uses',
  create: 'create (owned by the organisation)',
  update: 'edit a translated field',
  changeOwner: 'move to another organisation',
  publish: 'publish a pending draft',
  unpublish: 'unpublish',
  delete: 'delete',
  duplicate: 'duplicate',
  restore: 'restore a version',
  coOwners: 'choose the co-owning organisations',
  coEdit: "edit, where the editor's org. is a co-owner",
  coDelete: "delete, where the editor's org. is a co-owner",
  upload: 'upload a file',
  replaceFile: 'replace the file',
  lock: 'lock for editing',
  releaseLock: "release another user's lock",
  readAccount: "read another user's account",
  createAccount: 'create an account',
  changeRole: "change a user's role or organisation",
  deleteAccount: 'delete an account',
  unlockAccount: 'unlock an account',
  updateSettings: 'change the settings',
  runJobs: 'run queued jobs and schedules by hand',
  markVerified: 'mark as verified (a new version, republished)',
  exportXliff: 'export for translation (XLIFF)',
  importXliff: 'import a translation (XLIFF)',
  publishUnderReview: "publish, where the editor's org. submits for review",
  submitReview: 'submit a draft for review',
  readReview: "see a draft the owning org.'s other editor submitted",
  returnReview: 'return a submitted draft with a comment',
} as const
export type Operation = keyof typeof operations

export type Cell = { collection: string; operation: Operation; expect: Record<Role, Outcome> }

/** One row: the outcomes for anonymous, translator, owning editor, other editor, coordinator, admin. */
function row(collection: string, operation: Operation, codes: string): Cell {
  const values = codes.trim().split(/\s+/) as Outcome[]
  if (values.length !== roles.length || values.some((value) => !outcomes.includes(value))) {
    throw new Error(`Matrix row ${collection} ${operation}: give ${roles.length} of ${outcomes.join(', ')}`)
  }
  return {
    collection,
    operation,
    expect: Object.fromEntries(roles.map((role, i) => [role, values[i]])) as Cell['expect'],
  }
}

/**
 * Guides stand for every resource type: screening kits, panel question sets, donation lists,
 * volunteer opportunities, outreach materials, news posts, take-action items and events share
 * their rules (`resourceCollection`).
 */
const owned = (collection: string) => [
  //                              anon  transl ownEd othEd coord admin
  row(collection, 'read', '       yes   yes    yes   yes   yes   yes'),
  row(collection, 'readDraft', '  no    yes    yes   yes   yes   yes'),
  row(collection, 'create', '     no    no     yes   no    no    yes'),
  row(collection, 'update', '     no    draft  yes   no    yes   yes'),
  row(collection, 'changeOwner', 'no    no     no    no    no    yes'),
  row(collection, 'publish', '    no    no     yes   no    yes   yes'),
  row(collection, 'unpublish', '  no    no     yes   no    yes   yes'),
  row(collection, 'delete', '     no    no     yes   no    no    yes'),
  row(collection, 'duplicate', '  no    no     draft draft no    draft'),
  row(collection, 'restore', '    no    no     yes   no    yes   yes'),
  row(collection, 'lock', '       no    yes    yes   no    yes   yes'),
  row(collection, 'releaseLock', 'no    yes    yes   no    yes   yes'),
  row(collection, 'coOwners', '   no    no     yes   no    no    yes'),
  row(collection, 'coEdit', '     no    draft  yes   no    yes   yes'),
  row(collection, 'coDelete', '   no    no     no    no    no    yes'),
  // Translation exchange: whoever may edit the document; an import is only ever a draft.
  row(collection, 'exportXliff', 'no    yes    yes   no    yes   yes'),
  row(collection, 'importXliff', 'no    draft  draft no    draft draft'),
]

/** Hotlines, topics and regions belong to the whole coalition. */
const shared = (collection: string) => [
  //                              anon  transl ownEd othEd coord admin
  row(collection, 'read', '       yes   yes    yes   yes   yes   yes'),
  row(collection, 'readDraft', '  no    yes    yes   yes   yes   yes'),
  row(collection, 'create', '     no    no     yes   yes   no    yes'),
  row(collection, 'update', '     no    draft  yes   yes   yes   yes'),
  row(collection, 'publish', '    no    no     yes   yes   yes   yes'),
  row(collection, 'unpublish', '  no    no     yes   yes   yes   yes'),
  row(collection, 'delete', '     no    no     no    no    no    yes'),
  row(collection, 'duplicate', '  no    no     draft draft no    draft'),
  row(collection, 'restore', '    no    no     yes   yes   yes   yes'),
  row(collection, 'lock', '       no    yes    yes   yes   yes   yes'),
  row(collection, 'releaseLock', 'no    yes    yes   yes   yes   yes'),
]

export const matrix: Cell[] = [
  ...owned('guides'),
  // News posts, take-action items, volunteer roles, events and outreach materials are resources owned like guides, with the same rules.
  ...owned('posts'),
  ...owned('actions'),
  ...owned('volunteer-opportunities'),
  ...owned('events'),
  ...owned('outreach-materials'),
  // An organisation's own editors keep its profile current; only admins add or remove members.
  //                                 anon  transl ownEd othEd coord admin
  row('organizations', 'read', '     yes   yes    yes   yes   yes   yes'),
  row('organizations', 'readDraft', 'no    yes    yes   yes   yes   yes'),
  row('organizations', 'create', '   no    no     no    no    no    yes'),
  row('organizations', 'update', '   no    draft  yes   no    yes   yes'),
  row('organizations', 'publish', '  no    no     yes   no    yes   yes'),
  row('organizations', 'unpublish', 'no    no     yes   no    yes   yes'),
  row('organizations', 'delete', '   no    no     no    no    no    yes'),
  row('organizations', 'duplicate', 'no    no     no    no    no    draft'),
  row('organizations', 'restore', '  no    no     yes   no    yes   yes'),
  row('organizations', 'lock', '     no    yes    yes   no    yes   yes'),
  // "Mark as verified" changes what readers see (the date), so it follows the right to publish.
  //                                         anon  transl ownEd othEd coord admin
  row('donation-lists', 'markVerified', '    no    no     yes   no    no    yes'),
  ...shared('hotlines'),
  row('hotlines', 'markVerified', '          no    no     yes   yes   no    yes'),
  ...shared('topics'),
  ...shared('regions'),
  //                                anon  transl ownEd othEd coord admin
  // A file is public while a published document uses it (here a guide's download), and only then.
  row('media', 'read', '            yes   yes    yes   yes   yes   yes'),
  row('media', 'readUnused', '      no    yes    yes   yes   yes   yes'),
  row('media', 'upload', '          no    no     yes   yes   no    yes'),
  row('media', 'update', '          no    yes    yes   yes   yes   yes'),
  row('media', 'replaceFile', '     no    no     yes   yes   no    yes'),
  row('media', 'delete', '          no    no     no    no    no    yes'),
  row('media', 'lock', '            no    yes    yes   yes   yes   yes'),
  row('users', 'readAccount', '     no    self   self  self  self  yes'),
  row('users', 'createAccount', '   no    no     no    no    no    yes'),
  row('users', 'changeRole', '      no    no     no    no    no    yes'),
  row('users', 'deleteAccount', '   no    no     no    no    no    yes'),
  row('users', 'unlockAccount', '   no    no     no    no    no    yes'),
  row('site-settings', 'read', '    yes   yes    yes   yes   yes   yes'),
  row('site-settings', 'updateSettings', 'no    no     no    no    no    yes'),
  // How often hotlines and donation lists must be re-verified: for the team, not the public.
  row('verification-settings', 'read', '          no    yes    yes   yes   yes   yes'),
  row('verification-settings', 'updateSettings', 'no    no     no    no    no    yes'),
  row('site-builds', 'read', '      no    yes    yes   yes   yes   yes'),
  row('site-builds', 'create', '    no    no     no    no    no    no'),
  row('site-builds', 'delete', '    no    no     no    no    no    yes'),
  // The link checker's results: read by the team, written only by the nightly job.
  row('link-checks', 'read', '      no    yes    yes   yes   yes   yes'),
  row('link-checks', 'create', '    no    no     no    no    no    no'),
  row('link-checks', 'delete', '    no    no     no    no    no    no'),
  // The job queue runs on its own; by hand (/api/payload-jobs/run, /handle-schedules) only admins may.
  row('payload-jobs', 'runJobs', '  no    no     no    no    no    yes'),
  // Who published, unpublished, deleted or restored what, and account changes: read by admins, changed by nobody.
  row('audit-log', 'read', '        no    no     no    no    no    yes'),
  row('audit-log', 'delete', '      no    no     no    no    no    no'),
  // Review before publishing: which organizations submit for review is the team's to read, the admins' to set.
  row('review-settings', 'read', '  no    yes    yes   yes   yes   yes'),
  row('review-settings', 'updateSettings', 'no  no   no    no    no    yes'),
  // Editors and translators submit what they may edit; coordinators and admins return or publish it.
  row('guides', 'submitReview', '   no    yes    yes   no    no    no'),
  row('guides', 'publishUnderReview', 'no  no   no    no    yes   yes'),
  // The queue: written only through submit, return and publishing, never by hand.
  row('review-requests', 'readReview', 'no  no   yes   no    yes   yes'),
  row('review-requests', 'returnReview', 'no no  no    no    yes   yes'),
  row('review-requests', 'create', 'no    no     no    no    no    no'),
  row('review-requests', 'delete', 'no    no     no    no    no    yes'),
]
