/**
 * The `lafs` command line: finds the command by its leading words and runs it.
 * This module and the commands it loads must stay light: short commands
 * never load libp2p.
 */
import { type CliIo, type CommandEntry, UsageError, EXIT_FAILURE, EXIT_USAGE } from './command.js'
import { COMMANDS } from './commands/index.js'
import { LafsError } from '../errors.js'

function findCommand (args: string[]): { entry: CommandEntry, rest: string[] } | undefined {
  let best: { entry: CommandEntry, rest: string[] } | undefined
  for (const entry of COMMANDS) {
    const matches = entry.path.every((word, i) => args[i] === word)
    if (matches && (best === undefined || entry.path.length > best.entry.path.length)) {
      best = { entry, rest: args.slice(entry.path.length) }
    }
  }
  return best
}

async function helpText (): Promise<string> {
  const commands = await Promise.all(COMMANDS.map(async entry => await entry.load()))
  const lines = ['usage: lafs COMMAND [OPTIONS]', '', 'commands:']
  const width = Math.max(...commands.map(c => c.path.join(' ').length))
  for (const command of commands) lines.push(`  ${command.path.join(' ').padEnd(width)}  ${command.summary}`)
  return lines.join('\n') + '\n'
}

export async function main (args: string[], io: CliIo = defaultIo()): Promise<number> {
  if (args.length === 0 || args[0] === '--help' || args[0] === '-h' || args[0] === 'help') {
    io.stdout.write(await helpText())
    return args.length === 0 ? EXIT_USAGE : 0
  }
  const found = findCommand(args)
  if (found === undefined) {
    io.stderr.write(`lafs: unknown command '${args.join(' ')}'\n\n${await helpText()}`)
    return EXIT_USAGE
  }
  const command = await found.entry.load()
  const { rest } = found
  if (rest.includes('--help') || rest.includes('-h')) {
    io.stdout.write(`usage: lafs ${command.usage}\n\n${command.summary}\n`)
    return 0
  }
  try {
    return await command.run(rest, io)
  } catch (err: unknown) {
    if (err instanceof UsageError) {
      io.stderr.write(`lafs ${command.path.join(' ')}: ${err.message}\nusage: lafs ${command.usage}\n`)
      return EXIT_USAGE
    }
    if (err instanceof LafsError) {
      io.stderr.write(`lafs ${command.path.join(' ')}: ${err.message}\n`)
      return EXIT_FAILURE
    }
    if (err instanceof Error && 'code' in err && typeof err.code === 'string' && 'syscall' in err) {
      io.stderr.write(`lafs ${command.path.join(' ')}: ${err.message}\n`)
      return EXIT_FAILURE
    }
    throw err
  }
}

function defaultIo (): CliIo {
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    stdin: process.stdin,
    isTTY: process.stderr.isTTY,
    env: process.env
  }
}
