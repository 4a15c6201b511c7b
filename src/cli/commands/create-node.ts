/**
 * `lafs create-node DIR`: makes a node directory (configuration, node key,
 * secrets, storage). Loads no libp2p: only the small key packages.
 */
import { type Command, type CliIo, parseCommandArgs, UsageError, EXIT_OK } from '../command.js'
import { LafsError } from '../../errors.js'
import { checkNickname, checkShares, defaultConfig, MAX_SHARES, type NodeConfig } from '../../node/config.js'
import { checkAnnounceAddress, checkBootstrapAddress, checkListenAddress } from '../../node/multiaddrs.js'
import { createNodeDir } from '../../node/node-dir.js'
import { parseSize } from '../../node/size.js'

/** Runs a check on a command-line value; its complaint becomes a usage error naming the option. */
function checked<T> (option: string, check: () => T): T {
  try {
    return check()
  } catch (err: unknown) {
    if (err instanceof LafsError) throw new UsageError(`--${option}: ${err.message}`)
    throw err
  }
}

function parseShares (text: string): NodeConfig['shares'] {
  const match = /^(\d+)\/(\d+)\/(\d+)$/.exec(text)
  if (match === null) throw new UsageError(`--shares must be K/H/N (needed/happy/total), e.g. 3/7/10, not '${text}'`)
  const [needed, happy, total] = [Number(match[1]), Number(match[2]), Number(match[3])]
  if (total > MAX_SHARES) throw new UsageError(`--shares: total must be at most ${MAX_SHARES}`)
  const shares = { needed, happy, total }
  checked('shares', () => { checkShares(shares) })
  return shares
}

function parsePort (text: string): number {
  if (!/^\d+$/.test(text) || Number(text) > 65535) throw new UsageError(`--web-port must be a port number (0-65535), not '${text}'`)
  return Number(text)
}

export const createNode: Command = {
  path: ['create-node'],
  usage: 'create-node DIR [--nickname NAME] [--listen MULTIADDR]... [--announce MULTIADDR]... [--bootstrap MULTIADDR]... ' +
    '[--no-storage] [--reserved-space SIZE] [--shares K/H/N] [--web-port PORT] [--no-mdns]',
  summary: 'make a new node directory (configuration, node key, secrets)',
  async run (args: string[], io: CliIo): Promise<number> {
    const parsed = parseCommandArgs({
      args,
      allowPositionals: true,
      options: {
        nickname: { type: 'string' },
        listen: { type: 'string', multiple: true },
        announce: { type: 'string', multiple: true },
        bootstrap: { type: 'string', multiple: true },
        'no-storage': { type: 'boolean' },
        'reserved-space': { type: 'string' },
        shares: { type: 'string' },
        'web-port': { type: 'string' },
        'no-mdns': { type: 'boolean' }
      }
    })
    const { values, positionals } = parsed
    const dir = positionals[0]
    if (positionals.length !== 1 || dir === undefined || dir === '') throw new UsageError('expected exactly one DIR')

    const config = defaultConfig()
    if (values.nickname !== undefined) {
      const nickname = values.nickname
      checked('nickname', () => { checkNickname(nickname) })
      config.node.nickname = nickname
    }
    if (values.listen !== undefined) {
      for (const address of values.listen) checked('listen', () => { checkListenAddress(address) })
      config.network.listen = values.listen
    }
    for (const address of values.announce ?? []) checked('announce', () => { checkAnnounceAddress(address) })
    for (const address of values.bootstrap ?? []) checked('bootstrap', () => { checkBootstrapAddress(address) })
    config.network.announce = values.announce ?? []
    config.network.bootstrap = values.bootstrap ?? []
    config.network.mdns = values['no-mdns'] !== true
    config.storage.enabled = values['no-storage'] !== true
    const reserved = values['reserved-space']
    if (reserved !== undefined) config.storage.reservedSpace = checked('reserved-space', () => parseSize(reserved))
    if (values.shares !== undefined) config.shares = parseShares(values.shares)
    if (values['web-port'] !== undefined) config.web.port = parsePort(values['web-port'])

    const created = await createNodeDir(dir, config)
    io.stdout.write(`created node directory ${dir}\npeer id: ${created.peerId}\nstart it with: lafs run ${dir}\n`)
    return EXIT_OK
  }
}
