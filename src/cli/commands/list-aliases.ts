/** `lafs list-aliases [--json]`: the aliases of NODEDIR/private/aliases, with their caps. */
import { type Command, type CliIo, UsageError, EXIT_OK } from '../command.js'
import { parseFileStoreArgs } from '../file-store-options.js'
import { formatCap, parseCap, readCap } from '../../encoding/caps.js'
import { loadAliases, nodeDirOf } from '../grid-client.js'

function readOnly (cap: string): string {
  try {
    const parsed = parseCap(cap)
    return formatCap(readCap(parsed) ?? parsed)
  } catch {
    return cap
  }
}

export const listAliases: Command = {
  path: ['list-aliases'],
  usage: 'list-aliases [-d NODEDIR] [--json]',
  summary: 'list the aliases and their directory caps',
  async run (args: string[], io: CliIo): Promise<number> {
    const { values, positionals } = parseFileStoreArgs(args, { json: { type: 'boolean' } })
    if (positionals.length > 0) throw new UsageError('expected no arguments')
    const aliases = [...await loadAliases(nodeDirOf(values, io.env))].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    if (values.json === true) {
      // Tahoe's shape: each alias with its read-write and read-only caps.
      const table = Object.fromEntries(aliases.map(([name, cap]) => [name, { readwrite: cap, readonly: readOnly(cap) }]))
      io.stdout.write(`${JSON.stringify(table, null, 2)}\n`)
      return EXIT_OK
    }
    const width = Math.max(0, ...aliases.map(([name]) => name.length + 1))
    for (const [name, cap] of aliases) io.stdout.write(`${`${name}:`.padStart(width)} ${cap}\n`)
    return EXIT_OK
  }
}
