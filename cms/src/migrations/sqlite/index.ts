import * as migration_20261124_225122_initial from './20261124_225122_initial'
import * as migration_20261124_234134_site_settings from './20261124_234134_site_settings'
import * as migration_20261126_042001_site_builds from './20261126_042001_site_builds'
import * as migration_20261128_022310_site_builds_author_page from './20261128_022310_site_builds_author_page'
import * as migration_20261128_024334_audit_log_co_owners from './20261128_024334_audit_log_co_owners'
import * as migration_20261128_050007_link_checks from './20261128_050007_link_checks'
import * as migration_20261128_052304_verification from './20261128_052304_verification'
import * as migration_20261128_054219_hotline_per_language from './20261128_054219_hotline_per_language'
import * as migration_20261128_084044_review from './20261128_084044_review'
import * as migration_20261128_091755_volunteer from './20261128_091755_volunteer'
import * as migration_20261128_093009_posts from './20261128_093009_posts'
import * as migration_20261128_093314_orgs from './20261128_093314_orgs'
import * as migration_20261128_095118_events from './20261128_095118_events'
import * as migration_20261128_100458_event_recap from './20261128_100458_event_recap'
import * as migration_20261128_102113_training_default from './20261128_102113_training_default'
import * as migration_20261128_114304_reader_polish from './20261128_114304_reader_polish'

export const migrations = [
  {
    up: migration_20261124_225122_initial.up,
    down: migration_20261124_225122_initial.down,
    name: '20261124_225122_initial',
  },
  {
    up: migration_20261124_234134_site_settings.up,
    down: migration_20261124_234134_site_settings.down,
    name: '20261124_234134_site_settings',
  },
  {
    up: migration_20261126_042001_site_builds.up,
    down: migration_20261126_042001_site_builds.down,
    name: '20261126_042001_site_builds',
  },
  {
    up: migration_20261128_022310_site_builds_author_page.up,
    down: migration_20261128_022310_site_builds_author_page.down,
    name: '20261128_022310_site_builds_author_page',
  },
  {
    up: migration_20261128_024334_audit_log_co_owners.up,
    down: migration_20261128_024334_audit_log_co_owners.down,
    name: '20261128_024334_audit_log_co_owners',
  },
  {
    up: migration_20261128_050007_link_checks.up,
    down: migration_20261128_050007_link_checks.down,
    name: '20261128_050007_link_checks',
  },
  {
    up: migration_20261128_052304_verification.up,
    down: migration_20261128_052304_verification.down,
    name: '20261128_052304_verification',
  },
  {
    up: migration_20261128_054219_hotline_per_language.up,
    down: migration_20261128_054219_hotline_per_language.down,
    name: '20261128_054219_hotline_per_language',
  },
  {
    up: migration_20261128_084044_review.up,
    down: migration_20261128_084044_review.down,
    name: '20261128_084044_review',
  },
  {
    up: migration_20261128_091755_volunteer.up,
    down: migration_20261128_091755_volunteer.down,
    name: '20261128_091755_volunteer',
  },
  {
    up: migration_20261128_093009_posts.up,
    down: migration_20261128_093009_posts.down,
    name: '20261128_093009_posts',
  },
  {
    up: migration_20261128_093314_orgs.up,
    down: migration_20261128_093314_orgs.down,
    name: '20261128_093314_orgs',
  },
  {
    up: migration_20261128_095118_events.up,
    down: migration_20261128_095118_events.down,
    name: '20261128_095118_events',
  },
  {
    up: migration_20261128_100458_event_recap.up,
    down: migration_20261128_100458_event_recap.down,
    name: '20261128_100458_event_recap',
  },
  {
    up: migration_20261128_102113_training_default.up,
    down: migration_20261128_102113_training_default.down,
    name: '20261128_102113_training_default',
  },
  {
    up: migration_20261128_114304_reader_polish.up,
    down: migration_20261128_114304_reader_polish.down,
    name: '20261128_114304_reader_polish',
  },
]
