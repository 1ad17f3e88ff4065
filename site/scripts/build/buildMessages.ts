/**
 * How a step of the site build waits for whoever started it (build.mjs, or
 * the CMS for build.mjs itself): once loaded and listening it says 'ready',
 * and takes the build's environment from the first message. A build started
 * ahead of its publish (`build.mjs --standby`) so builds what the publish
 * asks for, not what was set when it started.
 */

/** The next message, or undefined when the starter goes away first. */
export function nextMessage<Message>(): Promise<Message | undefined> {
  return new Promise((resolve) => {
    const onMessage = (message: Message) => {
      process.off('disconnect', onGone)
      resolve(message)
    }
    const onGone = () => {
      process.off('message', onMessage)
      resolve(undefined)
    }
    process.once('message', onMessage).once('disconnect', onGone)
  })
}

/** Says 'ready' and waits for the build's environment, which replaces this process's; false if none came. */
export async function takeBuildEnvironment(): Promise<boolean> {
  const told = nextMessage<{ env: NodeJS.ProcessEnv }>()
  process.send!('ready')
  const message = await told
  if (!message) return false
  for (const name of Object.keys(process.env)) if (!(name in message.env)) delete process.env[name]
  Object.assign(process.env, message.env)
  return true
}
