import { z } from 'zod'

/** One setting of the hub: the variable, what it means, its default as `.env.example` and the README show it. */
export type SettingDefinition = {
  name: string
  meaning: string
  /** The value used when the variable is unset or empty; '' when the default is computed (named in `meaning`). */
  default: string
  schema: z.ZodType<string>
  /** What to do when the value is refused. */
  fix: string
}

const url = z.url({ protocol: /^https?$/ })
const flag = z.enum(['0', '1'])
const port = z.string().regex(/^\d{1,5}$/)
const any = z.string()

const urlFix = 'Give an absolute http:// or https:// address, or unset it for the default.'
const flagFix = 'Use 1 (on) or 0 (off), or unset it for the default.'
const portFix = 'Give a port number such as 3000, or unset it for the default.'

/**
 * Every environment variable the hub reads, in the order `.env.example` lists them.
 * Paths are resolved by the package that reads them, relative to where it runs.
 */
export const settingDefinitions = [
  {
    name: 'DATABASE_URI',
    meaning: 'The CMS database: file: for SQLite (relative to cms/), postgres:// or mongodb://.',
    default: 'file:./data/hub.db',
    schema: z.string().regex(/^(file:|postgres(ql)?:\/\/|mongodb(\+srv)?:\/\/)/),
    fix: 'Use file:./data/hub.db (SQLite), postgres://user:password@host/db or mongodb://host/db.',
  },
  {
    name: 'PAYLOAD_SECRET',
    meaning: 'Signs login tokens; required in production (openssl rand -hex 32), unless HUB_DEMO=1.',
    default: '',
    schema: any,
    fix: '',
  },
  {
    name: 'SERVER_URL',
    meaning: "The CMS's public address; on https the CMS marks cookies Secure and sends HSTS.",
    default: '',
    schema: url,
    fix: urlFix,
  },
  {
    name: 'MEDIA_DIR',
    meaning: 'Where uploaded images and PDFs are stored (relative to cms/).',
    default: 'media',
    schema: any,
    fix: '',
  },
  {
    name: 'HUB_DEMO',
    meaning: 'Set to 1 for a local demo: the CMS may then start without PAYLOAD_SECRET.',
    default: '0',
    schema: flag,
    fix: flagFix,
  },
  {
    name: 'HUB_JOBS_AUTORUN',
    meaning: 'Set to 0 to keep the CMS from running queued site builds on its own.',
    default: '1',
    schema: flag,
    fix: flagFix,
  },
  {
    name: 'HUB_BUILD_AHEAD',
    meaning:
      'Set to 0 to keep the CMS from starting each site build before its publish: the build waits loaded, with search indexes of the live site (about 450 MB; 1.1 GB at 2,000 documents in five languages), and a publish is live 1 to 4 s sooner.',
    default: '1',
    schema: flag,
    fix: flagFix,
  },
  {
    name: 'HUB_LINK_CHECK_PRIVATE',
    meaning:
      'Set to 1 to let the link checker reach private and local addresses (an intranet hub, tests); off, an editor cannot make the CMS call into its own network.',
    default: '0',
    schema: flag,
    fix: flagFix,
  },
  {
    name: 'SMTP_URL',
    meaning:
      "The mail server the weekly digest to each organization's editors is sent through, as smtp://user:password@host:587 (smtps:// for TLS from the start); unset, the digest is shown in the admin only.",
    default: '',
    schema: z.url({ protocol: /^smtps?$/ }),
    fix: 'Give an address such as smtp://user:password@mail.example.org:587, or unset it to show the digest in the admin only.',
  },
  {
    name: 'SMTP_FROM',
    meaning: 'The sender address of the e-mail the hub sends (the weekly digest).',
    default: 'hub@localhost',
    schema: z.email(),
    fix: 'Give an e-mail address such as hub@example.org, or unset it for the default.',
  },
  {
    name: 'HUB_SITE_URL',
    meaning:
      "The public site's address: canonical links, the sitemap, kits, previews and the CMS's CSP use it.",
    default: 'http://localhost:4321',
    schema: url,
    fix: urlFix,
  },
  {
    name: 'HUB_CMS_URL',
    meaning: 'Where the site server asks the CMS for drafts to preview.',
    default: 'http://localhost:3000',
    schema: url,
    fix: urlFix,
  },
  {
    name: 'HUB_SITE_DIR',
    meaning: 'The Astro project the CMS builds the site from; default site/ in the repository.',
    default: '',
    schema: any,
    fix: '',
  },
  {
    name: 'HUB_PUBLISH_DIR',
    meaning: 'Where the CMS keeps releases/ and the live dist link; default HUB_SITE_DIR.',
    default: '',
    schema: any,
    fix: '',
  },
  {
    name: 'HUB_SNAPSHOT_DIR',
    meaning: 'The exported snapshot the site is built from; default snapshot/ in the repository.',
    default: '',
    schema: any,
    fix: '',
  },
  {
    name: 'HUB_SITE_OUT_DIR',
    meaning: 'Where the site build writes its output; default site/dist.',
    default: '',
    schema: any,
    fix: '',
  },
  {
    name: 'HUB_BUILD_REASON',
    meaning: 'The reason a site build started from the command line records in the build history.',
    default: 'pnpm build',
    schema: any,
    fix: '',
  },
  {
    name: 'HUB_BUILD_NOW',
    meaning:
      'The moment a site build takes as now (an ISO date or date and time), for reproducible builds and tests; unset, the clock. Volunteer opportunities closed before it are left out.',
    default: '',
    schema: z.union([z.iso.date(), z.iso.datetime({ offset: true })]),
    fix: 'Give an ISO date such as 2027-01-31 or a date and time such as 2027-01-31T09:00:00Z, or unset it to use the clock.',
  },
  {
    name: 'HUB_BACKUP_FILE',
    meaning: 'The backup file the CMS backup and restore scripts write or read (hub backup sets it).',
    default: '',
    schema: any,
    fix: '',
  },
  {
    name: 'AWS_ENDPOINT_URL_S3',
    meaning:
      'The S3-compatible server hub deploy --to s3://bucket/prefix uploads to (buckets addressed by path); unset for Amazon S3.',
    default: '',
    schema: url,
    fix: "Give the storage service's endpoint, such as https://s3.example.org, or unset it for Amazon S3.",
  },
  {
    name: 'AWS_REGION',
    meaning:
      "The bucket's region for hub deploy --to s3://; S3-compatible servers mostly accept the default.",
    default: 'us-east-1',
    schema: z.string().regex(/^[a-z0-9-]+$/),
    fix: 'Give a region name such as eu-west-1 (or auto, if your storage service says so).',
  },
  {
    name: 'AWS_ACCESS_KEY_ID',
    meaning:
      "The key hub deploy --to s3:// signs with; unset to use the AWS SDK's other sources (AWS_PROFILE, an instance role).",
    default: '',
    schema: any,
    fix: '',
  },
  {
    name: 'AWS_SECRET_ACCESS_KEY',
    meaning: 'The secret of AWS_ACCESS_KEY_ID.',
    default: '',
    schema: any,
    fix: '',
  },
  {
    name: 'AWS_SESSION_TOKEN',
    meaning: 'The session token of temporary credentials, with AWS_ACCESS_KEY_ID.',
    default: '',
    schema: any,
    fix: '',
  },
  {
    name: 'HOST',
    meaning: 'The address hub start, hub serve-site and the systemd units (deploy/systemd) listen on.',
    default: '127.0.0.1',
    schema: any,
    fix: '',
  },
  {
    name: 'PORT',
    meaning: "The CMS's port for hub start and the hub-cms unit.",
    default: '3000',
    schema: port,
    fix: portFix,
  },
  {
    name: 'HUB_SITE_PORT',
    meaning: "The site server's port for hub start, hub serve-site and the hub-site unit.",
    default: '4321',
    schema: port,
    fix: portFix,
  },
  {
    name: 'CHROMIUM_PATH',
    meaning: 'The Chromium the browser tests and benchmarks drive.',
    default: '/usr/bin/chromium',
    schema: any,
    fix: '',
  },
  {
    name: 'POSTGRES_TEST_URI',
    meaning: 'A PostgreSQL server the tests create databases on; its suites are skipped when unset.',
    default: '',
    schema: z.string().regex(/^postgres(ql)?:\/\//),
    fix: 'Use postgres://user:password@host:5432/postgres, or unset it to skip the PostgreSQL suites.',
  },
  {
    name: 'MONGODB_URI',
    meaning: 'A MongoDB server the tests create databases on; its suites are skipped when unset.',
    default: '',
    schema: z.string().regex(/^mongodb(\+srv)?:\/\//),
    fix: 'Use mongodb://host:27017, or unset it to skip the MongoDB suites.',
  },
] as const satisfies readonly SettingDefinition[]

export type SettingName = (typeof settingDefinitions)[number]['name']
/** Every setting, with its default applied; '' stands for a default the reader computes. */
export type Settings = Record<SettingName, string>

/**
 * Reads and checks every setting from `env`. An empty variable counts as unset.
 * A refused value throws one error naming each variable and what to do.
 */
export function readSettings(env: Record<string, string | undefined> = process.env): Settings {
  const settings = {} as Settings
  const problems: string[] = []
  for (const setting of settingDefinitions) {
    const given = env[setting.name]
    if (given === undefined || given === '') {
      settings[setting.name] = setting.default
      continue
    }
    const parsed = setting.schema.safeParse(given)
    if (parsed.success) settings[setting.name] = parsed.data
    else problems.push(`${setting.name}="${redact(given)}" is not valid: ${setting.fix}`)
  }
  if (problems.length) throw new Error(`Check your settings (see .env.example):\n${problems.join('\n')}`)
  return settings
}

/** Hides the password of a connection address in an error message. */
function redact(value: string): string {
  return value.replace(/\/\/[^@/]*@/, '//***@')
}

/**
 * Where a site build into `outDir` (HUB_SITE_OUT_DIR, or the CMS's build link)
 * keeps its caches: beside it, so two builds into different directories never
 * restore each other's pages. The site, the CMS, the bench and the tests all ask here.
 */
export const siteBuildCacheDir = (outDir: string): string => `${outDir}.cache`
