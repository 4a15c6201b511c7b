/** Every CLI command, one per line; each lives in its own file. */
import type { Command } from '../command.js'

export const COMMANDS: Command[] = [
]
