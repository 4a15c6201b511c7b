/**
 * The bridge from the broker's table to what the uploader and downloader
 * use: each live storage server as a GridServer, reached through this
 * node's own storage when it is us, and otherwise through one remote
 * `/lafs/storage/1` client per peer, kept while the server is known.
 */
import type { ComponentLogger, PeerId, Stream, AbortOptions } from '@libp2p/interface'
import type { Broker } from '../actors/broker/index.js'
import type { GridServer, ServerSource } from '../actors/grid.js'
import type { StorageServer } from '../actors/storage/interface.js'
import { remoteStorageServer, type RemoteStorageServer } from '../protocol/storage-client.js'

export interface GridServersComponents {
  broker: Broker
  /** This node's storage, when it stores shares. */
  localStorage: StorageServer | undefined
  dialProtocol: (peer: PeerId, protocol: string, options?: AbortOptions) => Promise<Stream>
  logger: ComponentLogger
}

export interface GridServers {
  source: ServerSource
  close: () => Promise<void>
}

export function gridServers (components: GridServersComponents): GridServers {
  const remotes = new Map<string, RemoteStorageServer>()
  const log = components.logger.forComponent('lafs:grid')
  const forget = (event: CustomEvent<{ peerId: PeerId }>): void => {
    const id = event.detail.peerId.toString()
    const remote = remotes.get(id)
    remotes.delete(id)
    remote?.close().catch((err: unknown) => { log.error('closing the client of %s failed: %s', id, err instanceof Error ? err.message : String(err)) })
  }
  components.broker.events.on('server:removed', forget)

  const source: ServerSource = () => {
    const servers: GridServer[] = []
    for (const info of components.broker.servers()) {
      const id = info.peerId.toString()
      let storage: StorageServer | undefined
      if (info.isSelf) {
        storage = components.localStorage
      } else if (info.connection.status === 'connected') {
        storage = remotes.get(id)
        if (storage === undefined) {
          const remote = remoteStorageServer({ peerId: info.peerId })({ dialProtocol: components.dialProtocol, logger: components.logger })
          remotes.set(id, remote)
          storage = remote
        }
      }
      if (storage === undefined) continue
      servers.push({
        id,
        permutationSeed: info.publicKey,
        leaseSeed: info.publicKey,
        maximumImmutableShareSize: info.maximumImmutableShareSize,
        storage
      })
    }
    return servers
  }

  return {
    source,
    close: async () => {
      components.broker.events.off('server:removed', forget)
      await Promise.allSettled([...remotes.values()].map(async remote => { await remote.close() }))
      remotes.clear()
    }
  }
}
