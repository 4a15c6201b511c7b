/**
 * The node directory: where each file lives, creating a new node directory
 * (`lafs create-node`), and reading what a starting node needs from it.
 *
 *     lafs.toml               configuration
 *     private/                mode 0700
 *       node.privkey          the node key (priv-v0-<base32 seed>), mode 0600
 *       secret                the lease secret (base32, 32 bytes), mode 0600
 *       convergence           the convergence secret (base32, 32 bytes), mode 0600
 *     storage/                shares held for the grid
 *     logs/
 *     announcement-seqnum     the last announcement sequence number
 *     servers.json            the storage servers last known
 *     node.url                the web API URL, while the node runs
 */
import { randomBytes } from 'node:crypto'
import { chmod, mkdir, readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { base32Decode, base32Encode, isBase32 } from '../crypto/base32.js'
import { LafsError } from '../errors.js'
import { CONFIG_FILE, ConfigError, parseConfig, renderConfig, type NodeConfig } from './config.js'
import { decodeNodeKey, encodeNodeKey, generateNodeKeySeed, nodePeerId } from './keys.js'

export const NODE_FILES = {
  config: CONFIG_FILE,
  private: 'private',
  nodeKey: join('private', 'node.privkey'),
  leaseSecret: join('private', 'secret'),
  convergence: join('private', 'convergence'),
  storage: 'storage',
  logs: 'logs',
  seqnum: 'announcement-seqnum',
  servers: 'servers.json',
  nodeUrl: 'node.url'
} as const

export type NodeFile = keyof typeof NODE_FILES

/** Size of the lease and convergence secrets (Tahoe's CRYPTO_VAL_SIZE). */
export const SECRET_BYTES = 32
const PRIVATE_DIR_MODE = 0o700
const PRIVATE_FILE_MODE = 0o600

export function nodePath (dir: string, file: NodeFile): string {
  return join(dir, NODE_FILES[file])
}

/** The directory is not (or not yet, or no longer) a usable node directory. */
export class NodeDirError extends LafsError {
  constructor (message: string, options?: ErrorOptions) {
    super('ERR_NODE_DIR', message, options)
  }
}

export interface CreatedNode {
  dir: string
  /** The new node's libp2p peer id (base58). */
  peerId: string
}

async function isMissingOrEmpty (dir: string): Promise<boolean> {
  try {
    return (await readdir(dir)).length === 0
  } catch (err: unknown) {
    if (err instanceof Error && 'code' in err && err.code === 'ENOENT') return true
    throw err
  }
}

async function writePrivate (path: string, text: string): Promise<void> {
  await writeFile(path, text, { mode: PRIVATE_FILE_MODE, flag: 'wx' })
  // The mode given to open is masked by the umask; make sure it is exactly 0600.
  await chmod(path, PRIVATE_FILE_MODE)
}

function encodeSecret (bytes: Uint8Array): string {
  return `${base32Encode(bytes)}\n`
}

/**
 * Makes a new node directory holding `config` and fresh keys and secrets.
 * Refuses a directory that exists and is not empty.
 */
export async function createNodeDir (dir: string, config: NodeConfig): Promise<CreatedNode> {
  if (!await isMissingOrEmpty(dir)) throw new NodeDirError(`${dir} exists and is not empty`)
  // Fail on a bad configuration before anything is written.
  const text = renderConfig(config)
  parseConfig(text)

  await mkdir(dir, { recursive: true })
  const privateDir = nodePath(dir, 'private')
  await mkdir(privateDir, { mode: PRIVATE_DIR_MODE })
  await chmod(privateDir, PRIVATE_DIR_MODE)
  const seed = generateNodeKeySeed()
  await writePrivate(nodePath(dir, 'nodeKey'), encodeNodeKey(seed))
  await writePrivate(nodePath(dir, 'leaseSecret'), encodeSecret(randomBytes(SECRET_BYTES)))
  await writePrivate(nodePath(dir, 'convergence'), encodeSecret(randomBytes(SECRET_BYTES)))
  await mkdir(nodePath(dir, 'storage'))
  await mkdir(nodePath(dir, 'logs'))
  // The configuration goes last: a directory without it is recognisably unfinished.
  await writeFile(nodePath(dir, 'config'), text, { flag: 'wx' })
  return { dir, peerId: (await nodePeerId(seed)).toString() }
}

async function readNodeFile (dir: string, file: NodeFile): Promise<string> {
  try {
    return await readFile(nodePath(dir, file), 'utf8')
  } catch (err: unknown) {
    if (err instanceof Error && 'code' in err && err.code === 'ENOENT') {
      throw new NodeDirError(`${dir} is not a node directory: ${NODE_FILES[file]} is missing (create one with 'lafs create-node')`, { cause: err })
    }
    throw err
  }
}

/** Reads and validates `lafs.toml`; a ConfigError says which key is wrong. */
export async function readNodeConfig (dir: string): Promise<NodeConfig> {
  const text = await readNodeFile(dir, 'config')
  try {
    return parseConfig(text)
  } catch (err: unknown) {
    if (err instanceof ConfigError) throw new ConfigError(err.key, `${nodePath(dir, 'config')}: ${err.message}`, { cause: err })
    throw err
  }
}

/** The 32-byte seed of the node key. */
export async function readNodeKeySeed (dir: string): Promise<Uint8Array> {
  return decodeNodeKey(await readNodeFile(dir, 'nodeKey'))
}

async function readSecret (dir: string, file: 'leaseSecret' | 'convergence'): Promise<Uint8Array> {
  const text = (await readNodeFile(dir, file)).trim()
  if (!isBase32(text) || base32Decode(text).length !== SECRET_BYTES) {
    throw new NodeDirError(`${NODE_FILES[file]} does not hold a ${SECRET_BYTES}-byte base32 secret`)
  }
  return base32Decode(text)
}

export async function readLeaseSecret (dir: string): Promise<Uint8Array> {
  return readSecret(dir, 'leaseSecret')
}

export async function readConvergenceSecret (dir: string): Promise<Uint8Array> {
  return readSecret(dir, 'convergence')
}
