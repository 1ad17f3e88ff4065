import yauzl from 'yauzl'

/** Every entry of a ZIP file and its bytes, read with yauzl. */
export function zipEntries(zip: Buffer): Promise<Map<string, Buffer>> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(zip, { lazyEntries: true }, (error, archive) => {
      if (error) return reject(error)
      const entries = new Map<string, Buffer>()
      archive.on('entry', (entry: yauzl.Entry) =>
        archive.openReadStream(entry, async (streamError, stream) => {
          if (streamError) return reject(streamError)
          const chunks: Buffer[] = []
          for await (const chunk of stream) chunks.push(chunk as Buffer)
          entries.set(entry.fileName, Buffer.concat(chunks))
          archive.readEntry()
        }),
      )
      archive.on('end', () => resolve(entries))
      archive.on('error', reject)
      archive.readEntry()
    })
  })
}
