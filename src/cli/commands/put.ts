/**
 * `lafs put [--mutable] [--format CHK|SDMF|MDMF] [FILE|-] [WRITECAP|[ALIAS:]PATH]`:
 * uploads a file through the node and prints its cap; with a mutable
 * file's write cap as the target, replaces that file's contents; with a
 * grid path, links the new file there (into it, when it is a directory).
 */
import { createReadStream } from 'node:fs'
import { stat } from 'node:fs/promises'
import { basename } from 'node:path'
import { type Command, type CliIo, UsageError, EXIT_OK } from '../command.js'
import { expectOk, nodeRequest, readText, resolveNodeUrl } from '../node-client.js'
import { nodeLocation, parseFileStoreArgs } from '../file-store-options.js'
import { ProgressBar } from '../progress.js'
import type { NodeValues } from '../grid-client.js'
import { hasCapPrefix } from '../../fs/cap-prefix.js'

/**
 * The web API path a PUT of the file goes to. Caps, grid paths and aliases
 * are loaded only for a target: a plain `lafs put FILE` then starts some
 * 40 ms sooner (their modules, and the hashes they pull in, take that long
 * to load here).
 */
async function putPath (args: { from: string, to: string | undefined, format: string, values: NodeValues, io: CliIo }): Promise<string> {
  const { from, to, format } = args
  if (to === undefined) return format === 'CHK' ? 'uri' : `uri?format=${format}`
  // A file's cap (the older form of target) rather than a grid path.
  if (hasCapPrefix(to) && !to.includes('/') && !to.includes('URI:DIR2')) return `uri/${encodeURIComponent(to)}`
  const [{ gridContext, pathOf, remotePath, splitLast }, { destination }] = await Promise.all([import('../grid-client.js'), import('./ln.js')])
  const { base, aliases } = await gridContext(args.values, args.io)
  const name = from === '-' ? undefined : basename(from)
  let target = remotePath(to, aliases)
  if (name !== undefined) target = await destination(base, target, name)
  splitLast(target, 'put')
  return pathOf(target, format === 'CHK' ? {} : { format })
}

const READ_CHUNK = 1024 * 1024

export const put: Command = {
  path: ['put'],
  usage: 'put [-d NODEDIR | -u URL] [-m|--mutable] [--format CHK|SDMF|MDMF] [FILE|-] [WRITECAP|[ALIAS:]PATH]',
  summary: 'upload a file (or standard input) and print its cap; or replace a mutable file, or link it at a grid path',
  async run (args: string[], io: CliIo): Promise<number> {
    const { values, positionals } = parseFileStoreArgs(args, {
      mutable: { type: 'boolean', short: 'm' },
      format: { type: 'string' }
    })
    if (positionals.length > 2) throw new UsageError('expected at most FILE and a WRITECAP')
    const from = positionals[0] ?? '-'
    const to = positionals[1]
    const format = values.format?.toUpperCase() ?? (values.mutable === true ? 'SDMF' : 'CHK')
    if (!['CHK', 'SDMF', 'MDMF'].includes(format)) throw new UsageError(`--format must be CHK, SDMF or MDMF, not '${values.format ?? ''}'`)
    if (values.mutable === true && format === 'CHK') throw new UsageError('--mutable does not go with --format CHK')
    const path = await putPath({ from, to, format, values, io })
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
      path,
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
