/**
 * Every CLI command, one per line, loaded only when it runs (or for help).
 * Each lives in its own file.
 */
import type { CommandEntry } from '../command.js'

export const COMMANDS: CommandEntry[] = [
  { path: ['create-node'], load: async () => (await import('./create-node.js')).createNode },
  { path: ['run'], load: async () => (await import('./run.js')).run },
  { path: ['put'], load: async () => (await import('./put.js')).put },
  { path: ['get'], load: async () => (await import('./get.js')).get },
  { path: ['debug', 'chk-cap'], load: async () => (await import('./debug-chk-cap.js')).debugChkCap },
  { path: ['debug', 'ssk-cap'], load: async () => (await import('./debug-ssk-cap.js')).debugSskCap },
  { path: ['debug', 'dump-cap'], load: async () => (await import('./debug-dump-cap.js')).debugDumpCap }
]
