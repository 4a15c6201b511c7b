/**
 * `lafs mv FROM TO`: moves a link (into TO when TO is a directory), within
 * a directory or between two, with the web API's t=relink.
 */
import { type Command, type CliIo, UsageError, EXIT_OK } from '../command.js'
import { parseFileStoreArgs } from '../file-store-options.js'
import { gridContext, pathOf, remotePath, requestText, splitLast } from '../grid-client.js'
import { destination } from './ln.js'

export const mv: Command = {
  path: ['mv'],
  usage: 'mv [-d NODEDIR | -u URL] [ALIAS:]FROM [ALIAS:]TO',
  summary: 'move or rename a link',
  async run (args: string[], io: CliIo): Promise<number> {
    const { values, positionals } = parseFileStoreArgs(args, {})
    const [fromArg, toArg] = positionals
    if (fromArg === undefined || toArg === undefined || positionals.length > 2) throw new UsageError('expected FROM and TO')
    const { base, aliases } = await gridContext(values, io)
    const from = splitLast(remotePath(fromArg, aliases), 'mv')
    const to = splitLast(await destination(base, remotePath(toArg, aliases), from.name), 'mv')
    const toDir = await requestText(base, 'GET', pathOf(to.parent, { t: 'uri' }))
    await requestText(base, 'POST', pathOf(from.parent, { t: 'relink', from_name: from.name, to_dir: toDir, to_name: to.name }))
    return EXIT_OK
  }
}
