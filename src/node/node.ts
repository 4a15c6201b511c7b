/**
 * A running lafs node, assembled from its node directory: configuration,
 * node key, libp2p, the actors (started in order, stopped in reverse) and,
 * when the caller supplies one, the web API with its `node.url`.
 */
import './polyfills.js'
import { rm, writeFile } from 'node:fs/promises'
import type { PeerId } from '@libp2p/interface'
import { join } from 'node:path'
import { announcer, type Announcer, type AnnouncerInit } from '../actors/announcer/index.js'
import { localStorageServer } from '../actors/storage/index.js'
import { uploaderActor, type Uploader } from '../actors/uploader/index.js'
import { downloaderActor, type Downloader } from '../actors/downloader/index.js'
import { mutableFilesActor, type MutableFiles } from '../actors/mutable/index.js'
import { keyPool } from '../actors/mutable/key-pool.js'
import { directories, type Directories } from '../fs/directories/index.js'
import type { ServerSource } from '../actors/grid.js'
import { storageProtocolHandler } from '../protocol/storage-handler.js'
import { gridServers } from './grid-servers.js'
import { broker, type Broker, type BrokerInit } from '../actors/broker/index.js'
import type { NodeConfig } from './config.js'
import { nodePrivateKey } from './keys.js'
import { createNodeLibp2p, type NodeLibp2p } from './libp2p.js'
import { nodePath, readConvergenceSecret, readLeaseSecret, readNodeConfig, readNodeKeySeed } from './node-dir.js'
import { diskSpace } from './space.js'
import { fileSeqnumStore, fileServerStore } from './stores.js'
import { LAFS_VERSION_STRING } from './version.js'

/** A face of the node served over HTTP (the gateway). */
export interface WebServer {
  /** Starts listening on 127.0.0.1; resolves with the base URL, e.g. `http://127.0.0.1:3456/`. */
  start: () => Promise<string>
  stop: () => Promise<void>
}

export type WebServerFactory = (node: LafsNode, port: number) => WebServer

export interface StartNodeOptions {
  /** The web API. Without it the node serves no HTTP and writes no node.url. */
  web?: WebServerFactory
  /** Overrides of the broker's settings (tests use short timers). */
  broker?: Partial<BrokerInit>
  /** Overrides of the announcer's settings. */
  announcer?: Partial<AnnouncerInit>
}

export interface LafsNode {
  readonly dir: string
  readonly config: NodeConfig
  readonly peerId: PeerId
  readonly libp2p: NodeLibp2p
  readonly broker: Broker
  /** Present when the node stores shares (and so announces itself). */
  readonly announcer: Announcer | undefined
  readonly uploader: Uploader
  readonly downloader: Downloader
  readonly mutable: MutableFiles
  /** Directories on the grid, over the node's mutable files, uploader and downloader. */
  readonly directories: Directories
  /** The storage servers usable now, this node's own included. */
  readonly servers: ServerSource
  /** The web API's base URL, when it runs. */
  readonly webUrl: string | undefined
  /** The libp2p addresses this node listens at, each ending in /p2p/PEERID. */
  addresses: () => string[]
  stop: () => Promise<void>
}

/** One thing the node starts and stops; started in list order, stopped in reverse. */
interface Actor {
  name: string
  start: () => Promise<void>
  stop: () => Promise<void>
}

class RunningNode implements LafsNode {
  webUrl: string | undefined
  readonly directories: Directories
  private web: WebServer | undefined
  private stopping: Promise<void> | undefined

  constructor (
    readonly dir: string,
    readonly config: NodeConfig,
    readonly libp2p: NodeLibp2p,
    readonly broker: Broker,
    readonly announcer: Announcer | undefined,
    readonly uploader: Uploader,
    readonly downloader: Downloader,
    readonly mutable: MutableFiles,
    readonly servers: ServerSource,
    private readonly actors: Actor[]
  ) {
    this.directories = directories({ mutable, uploader, downloader, log: libp2p.logger.forComponent('lafs:directories') })
  }

  get peerId (): PeerId {
    return this.libp2p.peerId
  }

  addresses (): string[] {
    return this.libp2p.getMultiaddrs().map(address => address.toString())
  }

  async startWeb (factory: WebServerFactory): Promise<void> {
    this.web = factory(this, this.config.web.port)
    this.webUrl = await this.web.start()
    await writeFile(nodePath(this.dir, 'nodeUrl'), `${this.webUrl}\n`)
  }

  async stop (): Promise<void> {
    this.stopping ??= this.shutdown()
    return this.stopping
  }

  private async shutdown (): Promise<void> {
    const failures: unknown[] = []
    const attempt = async (step: () => Promise<unknown>): Promise<void> => {
      try {
        await step()
      } catch (err: unknown) {
        failures.push(err)
      }
    }
    if (this.web !== undefined) {
      const web = this.web
      await attempt(async () => rm(nodePath(this.dir, 'nodeUrl'), { force: true }))
      await attempt(async () => web.stop())
    }
    for (const actor of [...this.actors].reverse()) await attempt(async () => actor.stop())
    await attempt(async () => this.libp2p.stop())
    if (failures.length > 0) throw new AggregateError(failures, 'the node did not stop cleanly')
  }
}

/** Starts the node whose directory is `dir`. */
export async function startNode (dir: string, options: StartNodeOptions = {}): Promise<LafsNode> {
  const config = await readNodeConfig(dir)
  const privateKey = await nodePrivateKey(await readNodeKeySeed(dir))
  const libp2p = await createNodeLibp2p({ privateKey, config, version: LAFS_VERSION_STRING })
  const pubsub = libp2p.services.pubsub

  const nodeBroker = broker({
    store: fileServerStore(nodePath(dir, 'servers')),
    bootstrap: config.network.bootstrap,
    ...options.broker
  })({ peerId: libp2p.peerId, pubsub, network: libp2p, log: libp2p.logger.forComponent('lafs:broker') })

  const actors: Actor[] = []
  // The storage actor starts first: it owns the share store under storage/,
  // and the /lafs/storage/1 handler serves it to the grid.
  let localStorage: ReturnType<typeof localStorageServer> | undefined
  if (config.storage.enabled) {
    const storage = localStorageServer({
      storageDir: nodePath(dir, 'storage'),
      nodeId: privateKey.publicKey.raw,
      reservedSpace: config.storage.reservedSpace,
      applicationVersion: LAFS_VERSION_STRING,
      logger: libp2p.logger.forComponent('lafs:storage')
    })
    const handler = storageProtocolHandler()({ registrar: libp2p, storage, logger: libp2p.logger })
    localStorage = storage
    actors.push({ name: 'storage', start: async () => storage.start(), stop: async () => storage.stop() })
    actors.push({ name: 'storage-protocol', start: async () => handler.start(), stop: async () => handler.stop() })
  }
  actors.push({ name: 'broker', start: async () => nodeBroker.start(), stop: async () => nodeBroker.stop() })

  const grid = gridServers({
    broker: nodeBroker,
    localStorage,
    dialProtocol: async (peer, protocol, dialOptions) => await libp2p.dialProtocol(peer, protocol, dialOptions),
    logger: libp2p.logger
  })
  const encoding = { k: config.shares.needed, happy: config.shares.happy, n: config.shares.total }
  const nodeUploader = uploaderActor({ encoding, tempDir: join(dir, 'tmp') })({
    servers: grid.source,
    leaseSecret: await readLeaseSecret(dir),
    convergenceSecret: await readConvergenceSecret(dir),
    log: libp2p.logger.forComponent('lafs:upload')
  })
  const nodeDownloader = downloaderActor()({ servers: grid.source, log: libp2p.logger.forComponent('lafs:download') })
  const mutableLog = libp2p.logger.forComponent('lafs:mutable')
  const nodeMutable = mutableFilesActor({ encoding: { k: encoding.k, n: encoding.n } })({
    servers: grid.source,
    leaseSecret: await readLeaseSecret(dir),
    // A client-only node is there to be used: its first directory need not
    // wait for an RSA key. A storage node makes its first key when first asked.
    keys: keyPool({ fillAtStart: !config.storage.enabled, log: mutableLog }),
    log: mutableLog
  })
  actors.push(
    { name: 'uploader', start: async () => nodeUploader.start(), stop: async () => nodeUploader.stop() },
    { name: 'downloader', start: async () => nodeDownloader.start(), stop: async () => nodeDownloader.stop() },
    { name: 'mutable', start: async () => nodeMutable.start(), stop: async () => nodeMutable.stop() },
    { name: 'grid-servers', start: async () => Promise.resolve(), stop: async () => grid.close() }
  )

  let nodeAnnouncer: Announcer | undefined
  if (config.storage.enabled) {
    const storageDir = nodePath(dir, 'storage')
    nodeAnnouncer = announcer({
      nickname: config.node.nickname,
      version: LAFS_VERSION_STRING,
      space: async () => diskSpace(storageDir, config.storage.reservedSpace),
      seqnum: fileSeqnumStore(nodePath(dir, 'seqnum')),
      onPublish: async (envelope) => nodeBroker.offerLocal(envelope),
      ...options.announcer
    })({ privateKey, pubsub, network: libp2p, log: libp2p.logger.forComponent('lafs:announcer') })
    const started = nodeAnnouncer
    actors.push({ name: 'announcer', start: async () => started.start(), stop: async () => started.stop() })
  }

  const node = new RunningNode(dir, config, libp2p, nodeBroker, nodeAnnouncer, nodeUploader, nodeDownloader, nodeMutable, grid.source, actors)
  try {
    await libp2p.start()
    for (const actor of actors) await actor.start()
    if (options.web !== undefined) await node.startWeb(options.web)
  } catch (err: unknown) {
    // Undo what did start (stopping what never started is harmless), then report the original failure.
    await node.stop().catch((stopErr: unknown) => {
      libp2p.logger.forComponent('lafs:node').error('could not stop after a failed start: %s', stopErr instanceof Error ? stopErr.message : String(stopErr))
    })
    throw err
  }
  return node
}
