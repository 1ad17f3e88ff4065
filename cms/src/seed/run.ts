import config from '@payload-config'
import { getPayload } from 'payload'

import { seedDemoContent } from './seed'

const payload = await getPayload({ config })
await seedDemoContent(payload, (message) => console.log(message))
await payload.destroy()
process.exit(0)
