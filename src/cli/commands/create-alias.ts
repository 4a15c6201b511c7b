/** `lafs create-alias ALIAS`: makes a new directory and records it as ALIAS in NODEDIR/private/aliases. */
import { type Command, type CliIo, UsageError, EXIT_OK } from '../command.js'
import { parseFileStoreArgs } from '../file-store-options.js'
import { addAlias, checkAliasName } from '../../fs/aliases.js'
import { gridContext, readAliasesText, requestText, writeAliasesText } from '../grid-client.js'

export const createAlias: Command = {
  path: ['create-alias'],
  usage: 'create-alias [-d NODEDIR | -u URL] ALIAS',
  summary: 'make a new directory and name it ALIAS',
  async run (args: string[], io: CliIo): Promise<number> {
    const { values, positionals } = parseFileStoreArgs(args, {})
    const [name] = positionals
    if (name === undefined || positionals.length > 1) throw new UsageError('expected one ALIAS')
    const alias = name.endsWith(':') ? name.slice(0, -1) : name
    checkAliasName(alias)
    const { base, nodeDir, aliases } = await gridContext(values, io)
    if (aliases.has(alias)) throw new UsageError(`alias ${JSON.stringify(alias)} already exists`)
    const cap = await requestText(base, 'POST', 'uri?t=mkdir')
    await writeAliasesText(nodeDir, addAlias(await readAliasesText(nodeDir), alias, cap))
    io.stdout.write(`Alias '${alias}' created\n`)
    return EXIT_OK
  }
}
