import * as migration_20261124_225138_initial from './20261124_225138_initial'

export const migrations = [
  {
    up: migration_20261124_225138_initial.up,
    down: migration_20261124_225138_initial.down,
    name: '20261124_225138_initial',
  },
]
