import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { ar } from '@payloadcms/translations/languages/ar'
import { en } from '@payloadcms/translations/languages/en'
import { es } from '@payloadcms/translations/languages/es'
import { fr } from '@payloadcms/translations/languages/fr'
import { th } from '@payloadcms/translations/languages/th'
import { buildConfig, type Config } from 'payload'
import sharp from 'sharp'

import { defaultLocale, localeNames, locales, resourceCollections, rtlLocales } from '@hub/content-schemas'
import { readSettings } from '@hub/content-schemas/settings'

import { jobsByAdmins } from './access/jobsByAdmins'
import { withLockAccess } from './access/lockAccess'
import { AuditLog } from './collections/AuditLog'
import { documentCollections } from './collections/documentCollections'
import { LinkChecks } from './collections/LinkChecks'
import { ReviewRequests } from './collections/ReviewRequests'
import { SiteBuilds } from './collections/SiteBuilds'
import { Users } from './collections/Users'
import { ReviewSettings } from './globals/ReviewSettings'
import { SiteSettings } from './globals/SiteSettings'
import { VerificationSettings } from './globals/VerificationSettings'
import { databaseAdapter, migrationsFor } from './database'
import { digestQueue, sendDigestsTask } from './digest/sendDigestsTask'
import { emailAdapter } from './email'
import { richTextEditor } from './editor/richTextEditor'
import { translationEndpoints } from './endpoints/translationExchange'
import { checkLinksTask, linkCheckQueue } from './links/checkLinksTask'
import { markInterruptedBuilds } from './publishing/interruptedBuilds'
import { livePreviewUrl } from './publishing/previewUrl'
import { dailyRebuildTask } from './publishing/dailyRebuildTask'
import { publishSiteTask } from './publishing/publishSiteTask'
import { prepareReleaseBuild } from './publishing/buildRelease'
import { sitePaths } from './publishing/sitePaths'
import { siteBuildQueue } from './publishing/buildQueue'
import { payloadSecret } from './secret'
import { uploadBodyLimit } from './utilities/boundedBody'

const dirname = path.dirname(fileURLToPath(import.meta.url))

export type HubConfigOptions = {
  /** `file:` SQLite, `postgres://` or `mongodb://`; defaults to DATABASE_URI, then the demo SQLite file. */
  databaseUri?: string
  /** Where uploads are stored; defaults to MEDIA_DIR, then ./media. */
  mediaDir?: string
  /** Run queued jobs (scheduled publishing, site builds) on a timer; off for one-off commands and most tests. */
  autoRunJobs?: boolean
  /** The SMTP server mail is sent through; defaults to SMTP_URL, unset for none. */
  smtpUrl?: string
}

/** The whole CMS configuration; tests build one per database. */
export function hubConfig(
  options: HubConfigOptions = {},
): Promise<ReturnType<typeof buildConfig> extends Promise<infer C> ? C : never> {
  const settings = readSettings()
  const {
    databaseUri = settings.DATABASE_URI,
    mediaDir = settings.MEDIA_DIR,
    autoRunJobs = settings.HUB_JOBS_AUTORUN === '1',
    smtpUrl = settings.SMTP_URL,
  } = options
  const config: Config = {
    serverURL: settings.SERVER_URL,
    secret: payloadSecret(),
    admin: {
      user: Users.slug,
      meta: { titleSuffix: ' · Coalition Resource Hub' },
      // Gravatar would send every editor's hashed e-mail to a third party.
      avatar: 'default',
      importMap: { baseDir: path.resolve(dirname) },
      components: { beforeDashboard: ['/components/ContentHealth#ContentHealth'] },
      livePreview: { url: livePreviewUrl, collections: [...resourceCollections] },
    },
    collections: [...documentCollections(mediaDir), Users, SiteBuilds, AuditLog, LinkChecks, ReviewRequests],
    globals: [SiteSettings, VerificationSettings, ReviewSettings],
    // Translation exchange with CAT tools (XLIFF 1.2): /api/xliff/export and /api/xliff/import.
    endpoints: translationEndpoints,
    editor: richTextEditor,
    localization: {
      locales: locales.map((code) => ({ code, label: localeNames[code], rtl: rtlLocales.includes(code) })),
      defaultLocale,
      fallback: true,
      // Publish publishes the language being edited; another language's unfinished draft stays a draft.
      defaultLocalePublishOption: 'active',
    },
    i18n: { fallbackLanguage: 'en', supportedLanguages: { en, es, fr, ar, th } },
    db: databaseAdapter(databaseUri, path.resolve(dirname, 'migrations')),
    sharp,
    email: emailAdapter(smtpUrl, settings.SMTP_FROM),
    // The largest file an upload may carry; the request as a whole is bounded in the API routes.
    upload: { limits: { fileSize: uploadBodyLimit } },
    graphQL: { disablePlaygroundInProduction: true },
    telemetry: false,
    typescript: { outputFile: path.resolve(dirname, 'payload-types.ts') },
    jobs: {
      tasks: [publishSiteTask, dailyRebuildTask, checkLinksTask, sendDigestsTask],
      // Payload lets any signed-in user run, queue or cancel jobs; here only admins may, by hand.
      access: { run: jobsByAdmins, queue: jobsByAdmins, cancel: jobsByAdmins },
      autoRun: [
        // Scheduled publishing queues jobs on the default queue: checked every minute.
        { cron: '* * * * *', queue: 'default', limit: 20 },
        // Site builds, one at a time: a change's own build starts when it commits (pickUpBuildOnCommit); this
        // tick takes the rest (the daily rebuild, a change made while a build ran) within a second.
        { cron: '* * * * * *', queue: siteBuildQueue, limit: 1 },
        // The nightly link check (scheduled by its task) starts within a minute of its time.
        { cron: '* * * * *', queue: linkCheckQueue, limit: 1 },
        // The Monday digest likewise.
        { cron: '* * * * *', queue: digestQueue, limit: 1 },
      ],
      shouldAutoRun: () => autoRunJobs,
    },
    onInit: async (payload) => {
      const migrations = migrationsFor(databaseUri)
      if (migrations.length > 0) await payload.db.migrate({ migrations })
      // Only the long-running CMS builds the site; one-off commands and tests leave the records alone. Its
      // first build is started ahead, to wait loaded for the first change.
      if (autoRunJobs) {
        await markInterruptedBuilds(payload)
        prepareReleaseBuild(sitePaths())
      }
    },
  }
  return buildConfig(config).then(withLockAccess)
}

export default hubConfig()
