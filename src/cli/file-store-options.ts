/** Options every file-store command takes: where the node is. */
import type { parseArgs, ParseArgsConfig } from 'node:util'
import { parseCommandArgs } from './command.js'
import type { NodeLocation } from './node-client.js'

export const NODE_OPTIONS = {
  'node-directory': { type: 'string', short: 'd' },
  'node-url': { type: 'string', short: 'u' }
} as const

export function parseFileStoreArgs<O extends NonNullable<ParseArgsConfig['options']>> (args: string[], options: O): ReturnType<typeof parseArgs<{ args: string[], options: O & typeof NODE_OPTIONS, allowPositionals: true }>> {
  return parseCommandArgs({ args, options: { ...options, ...NODE_OPTIONS }, allowPositionals: true })
}

export function nodeLocation (values: { 'node-directory'?: string, 'node-url'?: string }, env: NodeJS.ProcessEnv): NodeLocation {
  return { nodeDir: values['node-directory'], nodeUrl: values['node-url'], env }
}
