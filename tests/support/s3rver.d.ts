// @20minutes/s3rver ships no types: what the bucket tests use of it.
declare module '@20minutes/s3rver' {
  import { EventEmitter } from 'node:events'
  import type { AddressInfo } from 'node:net'

  /** The S3 event notification it emits for each object written or deleted one at a time. */
  export type S3Event = { Records: { eventName: string; s3: { object: { key: string } } }[] }

  export default class S3rver extends EventEmitter {
    constructor(options: {
      address: string
      port: number
      directory: string
      silent?: boolean
      configureBuckets?: { name: string }[]
    })
    run(): Promise<AddressInfo>
    close(): Promise<void>
    store: { existsObject(bucket: string, key: string): Promise<boolean> }
  }
}
