/**
 * `lafs ls [-l] [--json] [--uri] [[ALIAS:]PATH]`: lists a directory (or
 * names a file). `-l` adds kind, size and modification time; `--uri`
 * adds each child's cap; `--json` prints the node's t=json as it is.
 */
import { type Command, type CliIo, UsageError, EXIT_OK } from '../command.js'
import { parseFileStoreArgs } from '../file-store-options.js'
import { capOfInfo, childrenOf, gridContext, nodeInfo, nodeJson, pathOf, remotePath, type NodeInfo } from '../grid-client.js'
import { NodeHttpError } from '../node-client.js'

const DEFAULT_PATH = ''

function modified (info: NodeInfo): string {
  const metadata = info.details.metadata as Record<string, unknown> | undefined
  const tahoe = metadata?.tahoe as Record<string, unknown> | undefined
  const time = tahoe?.linkmotime ?? metadata?.mtime
  return typeof time === 'number' ? new Date(time * 1000).toISOString().slice(0, 19).replace('T', ' ') : '-'
}

function line (name: string, info: NodeInfo, long: boolean, uri: boolean): string {
  const isDir = info.type === 'dirnode'
  let text = name
  if (long) {
    const kind = isDir ? 'd' : info.type === 'filenode' ? '-' : '?'
    const size = typeof info.details.size === 'number' ? String(info.details.size) : '-'
    text = `${kind} ${size.padStart(10)} ${modified(info)} ${name}`
  }
  if (uri) text += ` ${capOfInfo(info) ?? '?'}`
  return text
}

export const ls: Command = {
  path: ['ls'],
  usage: 'ls [-d NODEDIR | -u URL] [-l] [--json] [--uri] [[ALIAS:]PATH]',
  summary: 'list a directory on the grid',
  async run (args: string[], io: CliIo): Promise<number> {
    const { values, positionals } = parseFileStoreArgs(args, {
      long: { type: 'boolean', short: 'l' },
      json: { type: 'boolean' },
      uri: { type: 'boolean' }
    })
    if (positionals.length > 1) throw new UsageError('expected at most one PATH')
    const { base, aliases } = await gridContext(values, io)
    const target = remotePath(positionals[0] ?? DEFAULT_PATH, aliases)
    const json = await nodeJson(base, pathOf(target, { t: 'json' }))
    if (json === undefined) throw new NodeHttpError(404, `nothing at ${positionals[0] ?? 'tahoe:'}`)
    if (values.json === true) {
      io.stdout.write(`${JSON.stringify(json)}\n`)
      return EXIT_OK
    }
    const info = nodeInfo(json)
    const long = values.long === true
    const uri = values.uri === true
    if (info.type !== 'dirnode') {
      io.stdout.write(`${line(target.segments[target.segments.length - 1] ?? '', info, long, uri)}\n`)
      return EXIT_OK
    }
    const children = childrenOf(info).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    for (const [name, child] of children) io.stdout.write(`${line(name, child, long, uri)}\n`)
    return EXIT_OK
  }
}
