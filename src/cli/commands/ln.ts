/**
 * `lafs ln FROM TO`: links what FROM names at TO as well (into TO when TO
 * is a directory). Only caps move: nothing is copied.
 */
import { type Command, type CliIo, UsageError, EXIT_OK } from '../command.js'
import { parseFileStoreArgs } from '../file-store-options.js'
import { gridContext, nodeInfo, nodeJson, pathOf, remotePath, requestText, splitLast } from '../grid-client.js'
import type { RemotePath } from '../../fs/paths.js'

/** TO itself, or TO/NAME when TO is an existing directory (or ends in '/'). */
export async function destination (base: URL, to: RemotePath, name: string): Promise<RemotePath> {
  const json = to.trailingSlash || to.segments.length === 0 ? ['dirnode', {}] : await nodeJson(base, pathOf(to, { t: 'json' }))
  if (json !== undefined && nodeInfo(json).type === 'dirnode') return { ...to, segments: [...to.segments, name] }
  return to
}

export const ln: Command = {
  path: ['ln'],
  usage: 'ln [-d NODEDIR | -u URL] [ALIAS:]FROM [ALIAS:]TO',
  summary: 'link a file or directory under a second name',
  async run (args: string[], io: CliIo): Promise<number> {
    const { values, positionals } = parseFileStoreArgs(args, {})
    const [fromArg, toArg] = positionals
    if (fromArg === undefined || toArg === undefined || positionals.length > 2) throw new UsageError('expected FROM and TO')
    const { base, aliases } = await gridContext(values, io)
    const from = remotePath(fromArg, aliases)
    const { name } = splitLast(from, 'ln')
    const cap = await requestText(base, 'GET', pathOf(from, { t: 'uri' }))
    const to = await destination(base, remotePath(toArg, aliases), name)
    splitLast(to, 'ln')
    await requestText(base, 'PUT', pathOf(to, { t: 'uri' }), cap)
    return EXIT_OK
  }
}
