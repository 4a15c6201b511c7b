/**
 * The node: what `lafs run` loads (lazily, with libp2p). The polyfills come
 * first, before any module that loads libp2p.
 */
import './polyfills.js'

export { startNode, type LafsNode, type StartNodeOptions, type WebServer, type WebServerFactory } from './node.js'
export type { NodeConfig } from './config.js'
