/** Every CLI command, one per line; each lives in its own file. */
import type { Command } from '../command.js'
import { debugChkCap } from './debug-chk-cap.js'
import { debugSskCap } from './debug-ssk-cap.js'
import { debugDumpCap } from './debug-dump-cap.js'

export const COMMANDS: Command[] = [
  debugChkCap,
  debugSskCap,
  debugDumpCap,
]
