/**
 * `lafs mkdir [--format SDMF|MDMF] [PATH]`: makes a mutable directory and
 * prints its write cap; with `[ALIAS:]path`, links it there (the parent
 * must exist; an existing name is refused).
 */
import { type Command, type CliIo, UsageError, EXIT_OK } from '../command.js'
import { parseFileStoreArgs } from '../file-store-options.js'
import { gridContext, pathOf, remotePath, requestText, splitLast } from '../grid-client.js'

export const mkdir: Command = {
  path: ['mkdir'],
  usage: 'mkdir [-d NODEDIR | -u URL] [--format SDMF|MDMF] [[ALIAS:]PATH]',
  summary: 'make a directory and print its write cap (linked at PATH if given)',
  async run (args: string[], io: CliIo): Promise<number> {
    const { values, positionals } = parseFileStoreArgs(args, { format: { type: 'string' } })
    if (positionals.length > 1) throw new UsageError('expected at most one PATH')
    const format = values.format?.toUpperCase()
    if (format !== undefined && format !== 'SDMF' && format !== 'MDMF') throw new UsageError('--format must be SDMF or MDMF')
    const formatQuery: Record<string, string> = format === undefined ? {} : { format }
    const { base, aliases } = await gridContext(values, io)
    const target = positionals[0]
    let cap: string
    if (target === undefined) {
      cap = await requestText(base, 'POST', `uri?${new URLSearchParams({ t: 'mkdir', ...formatQuery }).toString()}`)
    } else {
      const { parent, name } = splitLast(remotePath(target, aliases), 'mkdir')
      cap = await requestText(base, 'POST', pathOf(parent, { t: 'mkdir', name, replace: 'false', ...formatQuery }))
    }
    io.stdout.write(`${cap}\n`)
    return EXIT_OK
  }
}
