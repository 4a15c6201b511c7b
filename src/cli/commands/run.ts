/**
 * `lafs run DIR`: runs the node in the foreground until SIGINT or SIGTERM,
 * then stops it cleanly. The node code (and so libp2p) is imported here,
 * lazily, so that other commands stay quick.
 */
import { type Command, type CliIo, parseCommandArgs, UsageError, EXIT_OK } from '../command.js'

const STOP_SIGNALS = ['SIGINT', 'SIGTERM'] as const

interface SignalWait {
  promise: Promise<NodeJS.Signals>
  cancel: () => void
}

function nextSignal (): SignalWait {
  let handler: (signal: NodeJS.Signals) => void = () => {}
  const cancel = (): void => {
    for (const name of STOP_SIGNALS) process.off(name, handler)
  }
  const promise = new Promise<NodeJS.Signals>(resolve => {
    handler = (signal) => {
      cancel()
      resolve(signal)
    }
    for (const name of STOP_SIGNALS) process.on(name, handler)
  })
  return { promise, cancel }
}

export const run: Command = {
  path: ['run'],
  usage: 'run DIR',
  summary: 'run the node in DIR in the foreground until interrupted',
  async run (args: string[], io: CliIo): Promise<number> {
    const parsed = parseCommandArgs({ args, allowPositionals: true, options: {} })
    const dir = parsed.positionals[0]
    if (parsed.positionals.length !== 1 || dir === undefined || dir === '') throw new UsageError('expected exactly one DIR')

    // Listen for signals before the slow start, so that an early one still stops the node cleanly.
    const stopSignal = nextSignal()
    let node
    try {
      const { startNode } = await import('../../node/index.js')
      const { tuneHeapForTransfers } = await import('../../node/heap.js')
      tuneHeapForTransfers()
      const { gateway } = await import('../../gateway/index.js')
      node = await startNode(dir, { web: gateway })
    } catch (err: unknown) {
      stopSignal.cancel()
      throw err
    }
    const nickname = node.config.node.nickname === '' ? '' : ` ${node.config.node.nickname}`
    io.stdout.write(`lafs node${nickname} running\npeer id: ${node.peerId.toString()}\n`)
    for (const address of node.addresses()) io.stdout.write(`listening: ${address}\n`)
    if (node.webUrl !== undefined) io.stdout.write(`web: ${node.webUrl}\n`)

    const signal = await stopSignal.promise
    io.stdout.write(`${signal}: stopping\n`)
    // A second signal while stopping means: stop now.
    const force = nextSignal()
    void force.promise.then(() => { process.exit(1) })
    try {
      await node.stop()
    } finally {
      force.cancel()
    }
    io.stdout.write('stopped\n')
    return EXIT_OK
  }
}
