import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'

import S3rver, { type S3Event } from '@20minutes/s3rver'

export type S3Server = {
  /** The endpoint, for AWS_ENDPOINT_URL_S3. */
  url: string
  server: S3rver
  /** `ObjectCreated:Put key` for every object written so far, in the order the server stored them. */
  events: string[]
  stop: () => Promise<void>
}

/**
 * An S3-compatible server on 127.0.0.1, keeping objects in a folder of its
 * own, with the given buckets. It accepts the key S3RVER with the secret S3RVER.
 */
export async function startS3Server(buckets: string[]): Promise<S3Server> {
  const directory = await mkdtemp(path.join(tmpdir(), 'hub-s3-'))
  const server = new S3rver({
    address: '127.0.0.1',
    port: 0,
    directory,
    silent: true,
    configureBuckets: buckets.map((name) => ({ name })),
  })
  const { port } = await server.run()
  const events: string[] = []
  server.on('event', (event: S3Event) =>
    events.push(...event.Records.map((record) => `${record.eventName} ${record.s3.object.key}`)),
  )
  return {
    url: `http://127.0.0.1:${port}`,
    server,
    events,
    stop: async () => {
      await server.close()
      await rm(directory, { recursive: true, force: true })
    },
  }
}
