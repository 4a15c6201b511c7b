/**
 * The web API, served by node:http on 127.0.0.1 only. Its routes are a
 * table (see http.ts); later issues add the file routes (/uri/...).
 */
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { LafsNode, WebServer } from '../node/index.js'
import { LAFS_VERSION_STRING } from '../node/version.js'
import { dispatch, type Route } from './http.js'
import { welcomeRoute } from './welcome.js'
import { fileRoutes } from './files.js'
import { withDirectoryRoutes } from './directories.js'

export { HttpError, type Route, type Handler, type GatewayRequest } from './http.js'
export { welcomeJson, type WelcomeJson, type ServerJson } from './welcome.js'

/** The web API binds here and nowhere else. */
export const GATEWAY_HOST = '127.0.0.1'

export function gatewayRoutes (node: LafsNode): Route[] {
  return [
    welcomeRoute(node, LAFS_VERSION_STRING),
    ...withDirectoryRoutes(fileRoutes(node), node)
  ]
}

/** The node's web server on 127.0.0.1:`port` (0: any free port). Fits StartNodeOptions.web. */
export function gateway (node: LafsNode, port: number): WebServer {
  const routes = gatewayRoutes(node)
  const log = node.libp2p.logger.forComponent('lafs:gateway')
  let server: Server | undefined

  return {
    start: async () => {
      const listening = createServer((request, response) => {
        void dispatch(routes, request, response, (err) => {
          log.error('request failed: %s', err instanceof Error ? err.message : String(err))
        })
      })
      server = listening
      await new Promise<void>((resolve, reject) => {
        listening.once('error', reject)
        listening.listen(port, GATEWAY_HOST, () => {
          listening.off('error', reject)
          resolve()
        })
      })
      const { port: actual } = listening.address() as AddressInfo
      return `http://${GATEWAY_HOST}:${actual}/`
    },
    stop: async () => {
      const listening = server
      server = undefined
      if (listening === undefined || !listening.listening) return
      await new Promise<void>((resolve, reject) => {
        listening.close((err) => { if (err === undefined) resolve(); else reject(err) })
        listening.closeAllConnections()
      })
    }
  }
}
