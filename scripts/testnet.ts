/**
 * `npm run testnet -- start --nodes N --dir DIR [--client]` starts a testnet
 * of N storage nodes (and a client-only node) as detached processes on
 * 127.0.0.1 and returns once every table is full, leaving them running.
 * `npm run testnet -- stop --dir DIR` stops them (SIGTERM, then SIGKILL).
 */
import { parseArgs } from 'node:util'
import { startTestnet, stopTestnet } from './lib/testnet.js'

const USAGE = 'usage: npm run testnet -- start --nodes N [--dir DIR] [--client] [--timeout SECONDS]\n' +
  '       npm run testnet -- stop [--dir DIR]\n'
const DEFAULT_DIR = '.testnet'

async function main (args: string[]): Promise<number> {
  let parsed
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: {
        nodes: { type: 'string' },
        dir: { type: 'string' },
        client: { type: 'boolean' },
        timeout: { type: 'string' }
      }
    })
  } catch (err: unknown) {
    process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n${USAGE}`)
    return 2
  }
  const { values, positionals } = parsed
  const dir = values.dir ?? DEFAULT_DIR
  const command = positionals[0]
  if (positionals.length !== 1) {
    process.stderr.write(USAGE)
    return 2
  }
  if (command === 'start') {
    const nodes = Number(values.nodes)
    const timeout = values.timeout === undefined ? undefined : Number(values.timeout) * 1000
    if (!Number.isInteger(nodes) || nodes < 1 || (timeout !== undefined && !(timeout > 0))) {
      process.stderr.write(USAGE)
      return 2
    }
    const started = performance.now()
    const result = await startTestnet({ nodes, dir, client: values.client === true, ...(timeout === undefined ? {} : { timeoutMs: timeout }) })
    const seconds = ((result.formedAt - started) / 1000).toFixed(1)
    console.log(`testnet of ${nodes} storage node(s)${values.client === true ? ' and a client' : ''} running in ${dir} (tables full after ${seconds} s)`)
    for (const node of result.nodes) {
      console.log(`  ${node.name.padEnd(8)} pid ${String(node.pid).padEnd(7)} ${node.webUrl}  ${node.peerId}${node.storage ? '' : '  (client)'}`)
    }
    console.log(`stop it with: npm run testnet -- stop --dir ${dir}`)
    return 0
  }
  if (command === 'stop') {
    const { stopped, killed } = await stopTestnet(dir)
    console.log(`stopped ${stopped} node(s)${killed > 0 ? `, ${killed} killed after the timeout` : ''}`)
    return 0
  }
  process.stderr.write(USAGE)
  return 2
}

try {
  process.exitCode = await main(process.argv.slice(2))
} catch (err: unknown) {
  console.error(`testnet: ${err instanceof Error ? err.message : String(err)}`)
  process.exitCode = 1
}
