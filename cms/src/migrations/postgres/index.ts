import * as migration_20261124_225138_initial from './20261124_225138_initial'
import * as migration_20261124_234141_site_settings from './20261124_234141_site_settings'
import * as migration_20261126_042021_site_builds from './20261126_042021_site_builds'
import * as migration_20261128_022332_site_builds_author_page from './20261128_022332_site_builds_author_page'
import * as migration_20261128_024401_audit_log_co_owners from './20261128_024401_audit_log_co_owners'
import * as migration_20261128_050017_link_checks from './20261128_050017_link_checks'
import * as migration_20261128_052329_verification from './20261128_052329_verification'
import * as migration_20261128_054227_hotline_per_language from './20261128_054227_hotline_per_language'
import * as migration_20261128_084056_review from './20261128_084056_review'
import * as migration_20261128_091813_volunteer from './20261128_091813_volunteer'
import * as migration_20261128_093014_posts from './20261128_093014_posts'
import * as migration_20261128_093325_orgs from './20261128_093325_orgs'
import * as migration_20261128_095127_events from './20261128_095127_events'
import * as migration_20261128_101308_event_recap from './20261128_101308_event_recap'
import * as migration_20261128_102124_training_default from './20261128_102124_training_default'
import * as migration_20261128_114315_reader_polish from './20261128_114315_reader_polish'

export const migrations = [
  {
    up: migration_20261124_225138_initial.up,
    down: migration_20261124_225138_initial.down,
    name: '20261124_225138_initial',
  },
  {
    up: migration_20261124_234141_site_settings.up,
    down: migration_20261124_234141_site_settings.down,
    name: '20261124_234141_site_settings',
  },
  {
    up: migration_20261126_042021_site_builds.up,
    down: migration_20261126_042021_site_builds.down,
    name: '20261126_042021_site_builds',
  },
  {
    up: migration_20261128_022332_site_builds_author_page.up,
    down: migration_20261128_022332_site_builds_author_page.down,
    name: '20261128_022332_site_builds_author_page',
  },
  {
    up: migration_20261128_024401_audit_log_co_owners.up,
    down: migration_20261128_024401_audit_log_co_owners.down,
    name: '20261128_024401_audit_log_co_owners',
  },
  {
    up: migration_20261128_050017_link_checks.up,
    down: migration_20261128_050017_link_checks.down,
    name: '20261128_050017_link_checks',
  },
  {
    up: migration_20261128_052329_verification.up,
    down: migration_20261128_052329_verification.down,
    name: '20261128_052329_verification',
  },
  {
    up: migration_20261128_054227_hotline_per_language.up,
    down: migration_20261128_054227_hotline_per_language.down,
    name: '20261128_054227_hotline_per_language',
  },
  {
    up: migration_20261128_084056_review.up,
    down: migration_20261128_084056_review.down,
    name: '20261128_084056_review',
  },
  {
    up: migration_20261128_091813_volunteer.up,
    down: migration_20261128_091813_volunteer.down,
    name: '20261128_091813_volunteer',
  },
  {
    up: migration_20261128_093014_posts.up,
    down: migration_20261128_093014_posts.down,
    name: '20261128_093014_posts',
  },
  {
    up: migration_20261128_093325_orgs.up,
    down: migration_20261128_093325_orgs.down,
    name: '20261128_093325_orgs',
  },
  {
    up: migration_20261128_095127_events.up,
    down: migration_20261128_095127_events.down,
    name: '20261128_095127_events',
  },
  {
    up: migration_20261128_101308_event_recap.up,
    down: migration_20261128_101308_event_recap.down,
    name: '20261128_101308_event_recap',
  },
  {
    up: migration_20261128_102124_training_default.up,
    down: migration_20261128_102124_training_default.down,
    name: '20261128_102124_training_default',
  },
  {
    up: migration_20261128_114315_reader_polish.up,
    down: migration_20261128_114315_reader_polish.down,
    name: '20261128_114315_reader_polish',
  },
]
