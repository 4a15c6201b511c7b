/** `lafs get CAP|[ALIAS:]PATH [OUT|-]`: downloads a file through the node, to OUT or standard output. */
import { createWriteStream } from 'node:fs'
import { rm } from 'node:fs/promises'
import { pipeline } from 'node:stream/promises'
import { Transform } from 'node:stream'
import { type Command, type CliIo, UsageError, EXIT_OK } from '../command.js'
import { LafsError } from '../../errors.js'
import { expectOk, nodeRequest, resolveNodeUrl } from '../node-client.js'
import { nodeLocation, parseFileStoreArgs } from '../file-store-options.js'
import { ProgressBar } from '../progress.js'
import { hasCapPrefix } from '../../fs/cap-prefix.js'

export const get: Command = {
  path: ['get'],
  usage: 'get [-d NODEDIR | -u URL] CAP|[ALIAS:]PATH [OUT|-]',
  summary: 'download a file by its cap or grid path to OUT (default: standard output)',
  async run (args: string[], io: CliIo): Promise<number> {
    const { values, positionals } = parseFileStoreArgs(args, {})
    const [cap, to = '-'] = positionals
    if (cap === undefined || positionals.length > 2) throw new UsageError('expected CAP and at most one OUT')
    let base: URL
    let path: string
    if (hasCapPrefix(cap) && !cap.includes('/')) {
      base = await resolveNodeUrl(nodeLocation(values, io.env))
      path = `uri/${encodeURIComponent(cap)}`
    } else {
      // Grid paths and aliases are loaded only for a path: a get by cap starts some 30 ms sooner.
      const { gridContext, pathOf, remotePath } = await import('../grid-client.js')
      const context = await gridContext(values, io)
      base = context.base
      path = pathOf(remotePath(cap, context.aliases))
    }
    const response = await nodeRequest({ method: 'GET', base, path })
    await expectOk(response)

    const total = Number(response.headers['content-length'] ?? NaN)
    const progress = new ProgressBar(io.stderr, io.isTTY && to !== '-', 'downloading')
    let received = 0
    const meter = new Transform({
      transform (chunk: Buffer, _encoding, callback) {
        received += chunk.length
        progress.update(received, Number.isFinite(total) ? total : undefined)
        callback(null, chunk)
      }
    })
    try {
      await pipeline(response, meter, to === '-' ? io.stdout : createWriteStream(to))
    } catch (err: unknown) {
      if (to !== '-') await rm(to, { force: true })
      throw err
    } finally {
      progress.done()
    }
    if (Number.isFinite(total) && received !== total) {
      if (to !== '-') await rm(to, { force: true })
      throw new LafsError('ERR_TRUNCATED', `the download stopped after ${received} of ${total} bytes`)
    }
    return EXIT_OK
  }
}
