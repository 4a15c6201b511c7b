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
  { path: ['mkdir'], load: async () => (await import('./mkdir.js')).mkdir },
  { path: ['ls'], load: async () => (await import('./ls.js')).ls },
  { path: ['cp'], load: async () => (await import('./cp.js')).cp },
  { path: ['mv'], load: async () => (await import('./mv.js')).mv },
  { path: ['ln'], load: async () => (await import('./ln.js')).ln },
  { path: ['unlink'], load: async () => (await import('./unlink.js')).unlink },
  { path: ['rm'], load: async () => (await import('./unlink.js')).rm },
  { path: ['create-alias'], load: async () => (await import('./create-alias.js')).createAlias },
  { path: ['add-alias'], load: async () => (await import('./add-alias.js')).addAliasCommand },
  { path: ['list-aliases'], load: async () => (await import('./list-aliases.js')).listAliases },
  { path: ['debug', 'chk-cap'], load: async () => (await import('./debug-chk-cap.js')).debugChkCap },
  { path: ['debug', 'ssk-cap'], load: async () => (await import('./debug-ssk-cap.js')).debugSskCap },
  { path: ['debug', 'dump-cap'], load: async () => (await import('./debug-dump-cap.js')).debugDumpCap }
]
