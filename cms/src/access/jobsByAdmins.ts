import type { PayloadRequest } from 'payload'

import { roleOf } from './roles'

/** Running, queueing or cancelling jobs through the API (`/api/payload-jobs/run`, `/handle-schedules`). */
export const jobsByAdmins = ({ req }: { req: PayloadRequest }): boolean => roleOf(req.user) === 'admin'
