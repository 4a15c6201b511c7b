/**
 * The node's welcome page: `GET /?t=json` in Tahoe's shape (introducers,
 * servers) plus what lafs adds (this node, announcement validation counts);
 * plain `GET /` gives the same in a few lines of text.
 */
import type { AnnouncementStats, ServerInfo } from '../actors/broker/index.js'
import { HttpError, sendJson, sendText, type Route } from './http.js'

/** What the welcome page reads from the node. */
export interface WelcomeSource {
  peerId: { toString: () => string }
  config: { node: { nickname: string } }
  broker: {
    servers: () => ServerInfo[]
    stats: () => AnnouncementStats
  }
  addresses: () => string[]
}

export interface ServerJson {
  nodeid: string
  nickname: string
  available_space: number
  version: string
  connection_status: string
  /** Seconds since the epoch when we last heard from the server. */
  last_received_data: number
  connected: boolean
  addresses: string[]
  seqnum: number
}

export interface WelcomeJson {
  introducers: { statuses: never[] }
  servers: ServerJson[]
  announcements: AnnouncementStats
  node: { nodeid: string, nickname: string, version: string, addresses: string[] }
}

function connectionStatus (server: ServerInfo): string {
  switch (server.connection.status) {
    case 'self': return 'Connected (this node)'
    case 'connected': return `Connected to ${server.connection.address ?? 'peer'}`
    case 'connecting': return 'Trying to connect'
    case 'disconnected': return 'Disconnected'
  }
}

function serverJson (server: ServerInfo): ServerJson {
  return {
    nodeid: server.peerId.toString(),
    nickname: server.nickname,
    available_space: server.availableSpace,
    version: server.version,
    connection_status: connectionStatus(server),
    last_received_data: server.lastHeard / 1000,
    connected: server.connection.status === 'self' || server.connection.status === 'connected',
    addresses: server.addresses,
    seqnum: server.seqnum
  }
}

export function welcomeJson (node: WelcomeSource, version: string): WelcomeJson {
  return {
    introducers: { statuses: [] },
    servers: node.broker.servers().map(serverJson),
    announcements: node.broker.stats(),
    node: { nodeid: node.peerId.toString(), nickname: node.config.node.nickname, version, addresses: node.addresses() }
  }
}

function welcomeText (json: WelcomeJson): string {
  const lines = [
    `lafs node ${json.node.nickname === '' ? '(no nickname)' : json.node.nickname}`,
    `peer id: ${json.node.nodeid}`,
    `storage servers known: ${json.servers.length} (${json.servers.filter(s => s.connected).length} connected)`
  ]
  for (const server of json.servers) lines.push(`  ${server.nodeid}  ${server.nickname}  ${server.connection_status}`)
  return lines.join('\n')
}

export function welcomeRoute (node: WelcomeSource, version: string): Route {
  return {
    path: '/',
    methods: {
      GET: ({ url, response }) => {
        const t = url.searchParams.get('t')
        if (t === 'json') sendJson(response, 200, welcomeJson(node, version))
        else if (t === null) sendText(response, 200, welcomeText(welcomeJson(node, version)))
        else throw new HttpError(400, `unknown t=${t} for /`)
      }
    }
  }
}
