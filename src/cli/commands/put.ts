/** `lafs put [FILE|-]`: uploads an immutable file through the node and prints its cap. */
import { createReadStream } from 'node:fs'
import { stat } from 'node:fs/promises'
import { type Command, type CliIo, UsageError, EXIT_OK } from '../command.js'
import { expectOk, nodeRequest, readText, resolveNodeUrl } from '../node-client.js'
import { nodeLocation, parseFileStoreArgs } from '../file-store-options.js'
import { ProgressBar } from '../progress.js'

const READ_CHUNK = 1024 * 1024

export const put: Command = {
  path: ['put'],
  usage: 'put [-d NODEDIR | -u URL] [FILE|-]',
  summary: 'upload a file (or standard input) and print its cap',
  async run (args: string[], io: CliIo): Promise<number> {
    const { values, positionals } = parseFileStoreArgs(args, {})
    if (positionals.length > 1) throw new UsageError('expected at most one FILE')
    const from = positionals[0] ?? '-'
    const base = await resolveNodeUrl(nodeLocation(values, io.env))

    let body: AsyncIterable<Uint8Array>
    let size: number | undefined
    if (from === '-') {
      body = io.stdin as AsyncIterable<Uint8Array>
    } else {
      const info = await stat(from)
      if (!info.isFile()) throw new UsageError(`${from} is not a regular file`)
      size = info.size
      body = createReadStream(from, { highWaterMark: READ_CHUNK })
    }
    const progress = new ProgressBar(io.stderr, io.isTTY, 'uploading')
    const response = await nodeRequest({
      method: 'PUT',
      base,
      path: 'uri',
      headers: size === undefined ? {} : { 'content-length': String(size) },
      body,
      onBodyProgress: bytes => { progress.update(bytes, size) }
    })
    progress.done()
    await expectOk(response)
    io.stdout.write(`${(await readText(response)).trim()}\n`)
    return EXIT_OK
  }
}
