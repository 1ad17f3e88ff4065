import { nextMessage, takeBuildEnvironment } from './build/buildMessages'
import { buildPaths } from './build/buildPaths'
import { BuiltFileFacts } from './build/builtFileFacts'
import { CompressedCopies } from './build/compressedCopies'
import { readAhead } from './build/readAhead'

/**
 * Started by `build.mjs` beside `astro build`, given the build's environment
 * (build/buildMessages.ts), then told by a message (or by its parent going
 * away) that Astro is done: reads and compresses the files Astro
 * writes meanwhile (`build/readAhead.ts`), then saves their facts for the
 * post-build.
 */
if (!(await takeBuildEnvironment())) process.exit(0)
const stopped = nextMessage()
const { client, cacheDir } = buildPaths()
const started = performance.now()
const facts = await BuiltFileFacts.open(cacheDir)
const copies = await CompressedCopies.open(cacheDir)
const read = await readAhead({ client, facts, copies, stopped })
await facts.save({ keepUnseen: true })
const seconds = ((performance.now() - started) / 1000).toFixed(2)
console.log(`Read ahead while Astro rendered: ${read} files read and compressed in ${seconds} s.`)
if (process.connected) process.disconnect()
