/**
 * `npm start`: a 10-node grid on this machine, with a gateway node serving
 * the web API on 127.0.0.1:3456, until Ctrl-C. The grid lives in `.grid/`
 * and comes back with its files on the next `npm start`.
 */
import { access } from 'node:fs/promises'
import { createServer } from 'node:net'
import { join, resolve } from 'node:path'
import { isNodeProcess, resumeTestnet, startTestnet, stopTestnet, TESTNET_FILE, HOST, type TestnetFile } from './lib/testnet.js'

const GRID_DIR = resolve('.grid')
const STORAGE_NODES = 10
const WEB_PORT = 3456
/** How often to check that every node process is still alive. */
const WATCH_INTERVAL_MS = 10_000

async function portIsFree (port: number): Promise<boolean> {
  return await new Promise(resolvePort => {
    const probe = createServer()
    probe.once('error', () => { resolvePort(false) })
    probe.listen(port, HOST, () => { probe.close(() => { resolvePort(true) }) })
  })
}

async function exists (path: string): Promise<boolean> {
  return await access(path).then(() => true, () => false)
}

/** Resolves at the first Ctrl-C (or SIGTERM/SIGHUP), from the very start, so a half-started grid is stopped too. */
const stopRequested = new Promise<void>(resolveSignal => {
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.once(signal, () => { resolveSignal() })
})

async function stopGrid (): Promise<void> {
  console.log('\nstopping the grid ...')
  const { stopped, killed } = await stopTestnet(GRID_DIR)
  console.log(`stopped ${stopped} node(s)${killed > 0 ? `, ${killed} killed after the timeout` : ''}`)
}

async function main (): Promise<void> {
  const started = startGrid()
  const first = await Promise.race([started, stopRequested.then(() => undefined)])
  if (first === undefined) {
    // Stopped while starting: let the start settle (it fails or finishes), then stop whatever runs.
    await started.catch(() => undefined)
    if (await exists(join(GRID_DIR, TESTNET_FILE))) await stopGrid()
    return
  }
  await serve(first)
}

async function startGrid (): Promise<TestnetFile> {
  let grid: TestnetFile
  if (await exists(join(GRID_DIR, TESTNET_FILE))) {
    console.log(`starting the grid in ${GRID_DIR} again ...`)
    grid = await resumeTestnet(GRID_DIR)
  } else {
    if (!await portIsFree(WEB_PORT)) throw new Error(`port ${WEB_PORT} on ${HOST} is in use: stop whatever serves it first`)
    console.log(`creating a grid of ${STORAGE_NODES} storage nodes and a gateway in ${GRID_DIR} ...`)
    grid = await startTestnet({ nodes: STORAGE_NODES, dir: GRID_DIR, client: true, clientWebPort: WEB_PORT })
  }
  return grid
}

async function serve (grid: TestnetFile): Promise<void> {
  const gateway = grid.nodes.find(node => !node.storage)
  const url = gateway?.webUrl ?? `http://${HOST}:${WEB_PORT}/`
  console.log(`
lafs grid running: ${grid.nodes.filter(node => node.storage).length} storage nodes; web API at ${url}

  npm run lafs -- put -u ${url} FILE          # prints the file's cap
  npm run lafs -- get -u ${url} CAP OUT       # writes the file to OUT
  curl -T FILE ${url}uri                  # the same through the web API
  curl ${url}uri/CAP                      # (URL-encode the cap: ':' as %3A)

Press Ctrl-C to stop the grid; 'npm start' brings it back with its files.`)

  // Watching the nodes also keeps this process alive until a signal comes.
  const reported = new Set<string>()
  const watch = setInterval(() => {
    void (async () => {
      for (const node of grid.nodes) {
        if (!reported.has(node.name) && !await isNodeProcess(node.pid, node.dir)) {
          reported.add(node.name)
          console.error(`warning: ${node.name} (pid ${node.pid}) has exited; see ${join(node.dir, 'logs', 'node.log')}`)
        }
      }
    })()
  }, WATCH_INTERVAL_MS)
  await stopRequested
  clearInterval(watch)
  await stopGrid()
}

try {
  await main()
} catch (err: unknown) {
  console.error(`lafs start: ${err instanceof Error ? err.message : String(err)}`)
  process.exitCode = 1
}
