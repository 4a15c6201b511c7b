/** `lafs unlink [ALIAS:]PATH` (and `lafs rm`): removes a link from its directory. */
import { type Command, type CliIo, UsageError, EXIT_OK } from '../command.js'
import { parseFileStoreArgs } from '../file-store-options.js'
import { gridContext, pathOf, remotePath, requestText, splitLast } from '../grid-client.js'

export const unlink: Command = {
  path: ['unlink'],
  usage: 'unlink [-d NODEDIR | -u URL] [ALIAS:]PATH...',
  summary: 'remove links from their directories',
  async run (args: string[], io: CliIo): Promise<number> {
    const { values, positionals } = parseFileStoreArgs(args, {})
    if (positionals.length === 0) throw new UsageError('expected at least one PATH')
    const { base, aliases } = await gridContext(values, io)
    for (const argument of positionals) {
      const target = remotePath(argument, aliases)
      splitLast(target, 'unlink')
      await requestText(base, 'DELETE', pathOf(target))
    }
    return EXIT_OK
  }
}

export const rm: Command = { ...unlink, path: ['rm'], usage: unlink.usage.replace(/^unlink/, 'rm'), summary: 'the same as unlink' }
