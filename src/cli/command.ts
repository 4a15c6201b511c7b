/**
 * The shape every CLI command has. Commands get their arguments and an IO
 * object (so tests can capture output) and return the process exit code.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util'
import { LafsError } from '../errors.js'

export interface CliIo {
  stdout: NodeJS.WritableStream
  stderr: NodeJS.WritableStream
  stdin: NodeJS.ReadableStream
  /** True when stderr is a terminal (progress bars go there). */
  isTTY: boolean
  env: NodeJS.ProcessEnv
}

export interface Command {
  /** The words that select the command, e.g. ['debug', 'chk-cap']. */
  readonly path: readonly string[]
  readonly usage: string
  readonly summary: string
  run (args: string[], io: CliIo): Promise<number>
}

/**
 * A command as the table lists it: its words, and how to load it. Loading
 * on demand keeps every command's start-up (time and memory) to what that
 * command itself needs.
 */
export interface CommandEntry {
  readonly path: readonly string[]
  load (): Promise<Command>
}

/** Bad command-line input: printed with the usage, exit code 2. */
export class UsageError extends LafsError {
  constructor (message: string) {
    super('ERR_USAGE', message)
  }
}

export const EXIT_OK = 0
export const EXIT_FAILURE = 1
export const EXIT_USAGE = 2

/** node:util's parseArgs, with its errors turned into UsageError (exit code 2). */
export function parseCommandArgs<T extends ParseArgsConfig> (config: T): ReturnType<typeof parseArgs<T>> {
  try {
    return parseArgs(config)
  } catch (err: unknown) {
    throw new UsageError(err instanceof Error ? err.message : String(err))
  }
}
