/**
 * The node's configuration file, `lafs.toml`: its typed form, the defaults,
 * parsing with every field validated (a ConfigError names the offending key),
 * and rendering a commented file for `lafs create-node`. Every key is
 * described in docs/configuration.md.
 */
import { parse as parseToml, TomlError } from 'smol-toml'
import { LafsError } from '../errors.js'
import { formatSize, parseSize, SizeError } from './size.js'
import { checkBootstrapAddress, checkAnnounceAddress, checkListenAddress } from './multiaddrs.js'

export const CONFIG_FILE = 'lafs.toml'

export const DEFAULT_LISTEN = '/ip4/0.0.0.0/tcp/3457'
export const DEFAULT_WEB_PORT = 3456
export const DEFAULT_SHARES = { needed: 3, happy: 7, total: 10 } as const
export const DEFAULT_MDNS = true
export const MAX_SHARES = 256
export const MAX_NICKNAME_LENGTH = 64

export interface SharesConfig {
  /** k: shares needed to read a file. */
  needed: number
  /** Distinct servers that must hold shares for an upload to succeed. */
  happy: number
  /** N: shares made of each file. */
  total: number
}

export interface NodeConfig {
  node: {
    nickname: string
  }
  network: {
    /** Multiaddrs the node listens on (TCP). */
    listen: string[]
    /** Multiaddrs announced instead of the listen addresses; empty: the listen addresses. */
    announce: string[]
    /** Multiaddrs (with /p2p/PEERID) dialled at start and until they answer. */
    bootstrap: string[]
    /** Discover lafs nodes on the local network by multicast DNS. */
    mdns: boolean
  }
  web: {
    /** Port of the web API on 127.0.0.1; 0 picks a free port. */
    port: number
  }
  shares: SharesConfig
  storage: {
    /** Whether this node stores shares for the grid (and announces itself). */
    enabled: boolean
    /** Bytes of disk to leave free; the node refuses shares that would eat into them. */
    reservedSpace: number
  }
}

/** A configuration value (or file) that is not acceptable; `key` names it, e.g. `storage.reserved_space`. */
export class ConfigError extends LafsError {
  readonly key: string

  constructor (key: string, message: string, options?: ErrorOptions) {
    super('ERR_CONFIG', key === '' ? message : `${key}: ${message}`, options)
    this.key = key
  }
}

export function defaultConfig (): NodeConfig {
  return {
    node: { nickname: '' },
    network: { listen: [DEFAULT_LISTEN], announce: [], bootstrap: [], mdns: DEFAULT_MDNS },
    web: { port: DEFAULT_WEB_PORT },
    shares: { ...DEFAULT_SHARES },
    storage: { enabled: true, reservedSpace: 0 }
  }
}

type Table = Record<string, unknown>

function isTable (value: unknown): value is Table {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date)
}

/** Reads the keys of one section, refusing unknown ones (a typo must not pass silently). */
class Section {
  constructor (readonly name: string, private readonly table: Table, known: readonly string[]) {
    for (const key of Object.keys(table)) {
      if (!known.includes(key)) throw new ConfigError(this.key(key), 'unknown key')
    }
  }

  key (key: string): string {
    return `${this.name}.${key}`
  }

  has (key: string): boolean {
    return this.table[key] !== undefined
  }

  string (key: string, fallback: string): string {
    const value = this.table[key] ?? fallback
    if (typeof value !== 'string') throw new ConfigError(this.key(key), 'must be a string')
    return value
  }

  boolean (key: string, fallback: boolean): boolean {
    const value = this.table[key] ?? fallback
    if (typeof value !== 'boolean') throw new ConfigError(this.key(key), 'must be true or false')
    return value
  }

  integer (key: string, fallback: number, min: number, max: number): number {
    const value = this.table[key] ?? fallback
    if (typeof value !== 'number' || !Number.isInteger(value)) throw new ConfigError(this.key(key), 'must be an integer')
    if (value < min || value > max) throw new ConfigError(this.key(key), `must be between ${min} and ${max}`)
    return value
  }

  strings (key: string, fallback: string[], check: (value: string) => void): string[] {
    const value = this.table[key] ?? fallback
    if (!Array.isArray(value) || !value.every(item => typeof item === 'string')) {
      throw new ConfigError(this.key(key), 'must be a list of strings')
    }
    for (const item of value) {
      try {
        check(item)
      } catch (err: unknown) {
        if (err instanceof LafsError) throw new ConfigError(this.key(key), err.message, { cause: err })
        throw err
      }
    }
    return [...value]
  }

  size (key: string, fallback: number): number {
    const value = this.table[key] ?? fallback
    if (typeof value === 'number' && Number.isSafeInteger(value) && value >= 0) return value
    if (typeof value !== 'string') throw new ConfigError(this.key(key), 'must be a size such as "0", "500M" or "10GiB"')
    try {
      return parseSize(value)
    } catch (err: unknown) {
      if (err instanceof SizeError) throw new ConfigError(this.key(key), err.message, { cause: err })
      throw err
    }
  }
}

const SECTIONS: Record<keyof NodeConfig, readonly string[]> = {
  node: ['nickname'],
  network: ['listen', 'announce', 'bootstrap', 'mdns'],
  web: ['port'],
  shares: ['needed', 'happy', 'total'],
  storage: ['enabled', 'reserved_space']
}

function section (document: Table, name: keyof NodeConfig): Section {
  const table = document[name] ?? {}
  if (!isTable(table)) throw new ConfigError(name, 'must be a table ([' + name + '])')
  return new Section(name, table, SECTIONS[name])
}

/** Checks share parameters the way Tahoe does: 1 <= needed <= happy <= total <= 256. */
export function checkShares (shares: SharesConfig, key = 'shares'): void {
  const { needed, happy, total } = shares
  if (!(needed >= 1 && needed <= total)) throw new ConfigError(`${key}.needed`, `must be between 1 and shares.total (${total})`)
  if (!(happy >= needed && happy <= total)) throw new ConfigError(`${key}.happy`, `must be between shares.needed (${needed}) and shares.total (${total})`)
}

export function checkNickname (nickname: string, key = 'node.nickname'): void {
  if (nickname.length > MAX_NICKNAME_LENGTH) throw new ConfigError(key, `longer than ${MAX_NICKNAME_LENGTH} characters`)
  if (/[\u0000-\u001f\u007f]/.test(nickname)) throw new ConfigError(key, 'contains control characters')
}

/** Parses and validates the text of a `lafs.toml`. */
export function parseConfig (text: string): NodeConfig {
  let document: Table
  try {
    document = parseToml(text)
  } catch (err: unknown) {
    if (err instanceof TomlError) throw new ConfigError('', `${CONFIG_FILE} is not valid TOML (line ${err.line}, column ${err.column})`, { cause: err })
    throw err
  }
  for (const name of Object.keys(document)) {
    if (!(name in SECTIONS)) throw new ConfigError(name, 'unknown section')
  }
  const defaults = defaultConfig()

  const node = section(document, 'node')
  const nickname = node.string('nickname', defaults.node.nickname)
  checkNickname(nickname)

  const network = section(document, 'network')
  const web = section(document, 'web')
  const shares = section(document, 'shares')
  const storage = section(document, 'storage')

  const config: NodeConfig = {
    node: { nickname },
    network: {
      listen: network.strings('listen', defaults.network.listen, checkListenAddress),
      announce: network.strings('announce', defaults.network.announce, checkAnnounceAddress),
      bootstrap: network.strings('bootstrap', defaults.network.bootstrap, checkBootstrapAddress),
      mdns: network.boolean('mdns', defaults.network.mdns)
    },
    web: { port: web.integer('port', defaults.web.port, 0, 65535) },
    shares: {
      needed: shares.integer('needed', defaults.shares.needed, 1, MAX_SHARES),
      happy: shares.integer('happy', defaults.shares.happy, 1, MAX_SHARES),
      total: shares.integer('total', defaults.shares.total, 1, MAX_SHARES)
    },
    storage: {
      enabled: storage.boolean('enabled', defaults.storage.enabled),
      reservedSpace: storage.size('reserved_space', defaults.storage.reservedSpace)
    }
  }
  if (config.network.listen.length === 0) throw new ConfigError('network.listen', 'needs at least one address')
  checkShares(config.shares)
  return config
}

function tomlString (value: string): string {
  // JSON string syntax is valid TOML basic-string syntax for every character JSON.stringify emits.
  return JSON.stringify(value)
}

function tomlStrings (values: string[]): string {
  return values.length === 0 ? '[]' : `[${values.map(tomlString).join(', ')}]`
}

/** A commented `lafs.toml` holding `config`; parseConfig gives `config` back. */
export function renderConfig (config: NodeConfig): string {
  return `# lafs node configuration. Every key is described in docs/configuration.md.

[node]
# A name for this node, shown to the other nodes of the grid.
nickname = ${tomlString(config.node.nickname)}

[network]
# libp2p (TCP) addresses to listen on.
listen = ${tomlStrings(config.network.listen)}
# Addresses to announce instead of the listen addresses (e.g. a public address); [] announces the listen addresses.
announce = ${tomlStrings(config.network.announce)}
# Nodes to dial at start, each ending in /p2p/PEERID.
bootstrap = ${tomlStrings(config.network.bootstrap)}
# Find other lafs nodes on the local network by multicast DNS.
mdns = ${String(config.network.mdns)}

[web]
# The web API listens on 127.0.0.1 at this port (0: any free port; the URL is written to node.url).
port = ${config.web.port}

[shares]
# Each file is encoded into \`total\` shares, any \`needed\` of which recover it; an upload
# succeeds only when the shares are spread over at least \`happy\` distinct servers.
needed = ${config.shares.needed}
happy = ${config.shares.happy}
total = ${config.shares.total}

[storage]
# Whether this node stores shares for the grid.
enabled = ${String(config.storage.enabled)}
# Disk space to leave free, e.g. "0", "500M", "10G", "1GiB".
reserved_space = ${tomlString(formatSize(config.storage.reservedSpace))}
`
}
