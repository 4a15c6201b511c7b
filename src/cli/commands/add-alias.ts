/** `lafs add-alias ALIAS DIRCAP`: records an existing directory as ALIAS in NODEDIR/private/aliases. */
import { type Command, type CliIo, UsageError, EXIT_OK } from '../command.js'
import { parseFileStoreArgs } from '../file-store-options.js'
import { addAlias } from '../../fs/aliases.js'
import { nodeDirOf, readAliasesText, writeAliasesText } from '../grid-client.js'

export const addAliasCommand: Command = {
  path: ['add-alias'],
  usage: 'add-alias [-d NODEDIR] ALIAS DIRCAP',
  summary: 'name an existing directory ALIAS',
  async run (args: string[], io: CliIo): Promise<number> {
    const { values, positionals } = parseFileStoreArgs(args, {})
    const [name, cap] = positionals
    if (name === undefined || cap === undefined || positionals.length > 2) throw new UsageError('expected ALIAS and DIRCAP')
    const alias = name.endsWith(':') ? name.slice(0, -1) : name
    const nodeDir = nodeDirOf(values, io.env)
    await writeAliasesText(nodeDir, addAlias(await readAliasesText(nodeDir), alias, cap))
    io.stdout.write(`Alias '${alias}' added\n`)
    return EXIT_OK
  }
}
