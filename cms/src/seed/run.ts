import { runCommand } from '../utilities/runCommand'
import { seedDemoContent } from './seed'

await runCommand(async (payload) => {
  await seedDemoContent(payload, (message) => console.log(message))
})
