/**
 * Routing and responses of the web API. Routes are a table: each names a
 * path (exact, or a prefix) and a handler per method. A request no route
 * matches gets 404, a method the route lacks 405 (with Allow), and an
 * HttpError its status; every error body is plain text.
 */
import type { IncomingMessage, ServerResponse } from 'node:http'
import { LafsError } from '../errors.js'

export interface GatewayRequest {
  method: string
  url: URL
  request: IncomingMessage
  response: ServerResponse
}

export type Handler = (request: GatewayRequest) => void | Promise<void>

export interface Route {
  /** `/` matches only `/`; with `prefix`, `/uri/` matches everything under it. */
  path: string
  prefix?: boolean
  methods: Partial<Record<string, Handler>>
}

/** An error that becomes an HTTP response with this status and message. */
export class HttpError extends LafsError {
  readonly status: number

  constructor (status: number, message: string, options?: ErrorOptions) {
    super('ERR_HTTP', message, options)
    this.status = status
  }
}

export function sendText (response: ServerResponse, status: number, text: string, headers: Record<string, string> = {}): void {
  const body = text.endsWith('\n') ? text : `${text}\n`
  response.writeHead(status, {
    'content-type': 'text/plain; charset=utf-8',
    'content-length': String(Buffer.byteLength(body)),
    ...headers
  })
  response.end(body)
}

export function sendJson (response: ServerResponse, status: number, value: unknown): void {
  const body = JSON.stringify(value, null, 1) + '\n'
  response.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': String(Buffer.byteLength(body))
  })
  response.end(body)
}

export function findRoute (routes: readonly Route[], pathname: string): Route | undefined {
  let best: Route | undefined
  for (const route of routes) {
    const matches = route.prefix === true ? pathname.startsWith(route.path) : pathname === route.path
    if (matches && (best === undefined || route.path.length > best.path.length)) best = route
  }
  return best
}

export type ErrorReporter = (err: unknown) => void

/** Answers one request from the route table; never throws. */
export async function dispatch (routes: readonly Route[], request: IncomingMessage, response: ServerResponse, report: ErrorReporter): Promise<void> {
  const method = request.method ?? 'GET'
  let url: URL
  try {
    url = new URL(request.url ?? '/', 'http://127.0.0.1')
  } catch {
    sendText(response, 400, 'bad request URL')
    return
  }
  const route = findRoute(routes, url.pathname)
  if (route === undefined) {
    sendText(response, 404, `nothing at ${url.pathname}`)
    return
  }
  const handler = route.methods[method]
  if (handler === undefined) {
    const allowed = Object.keys(route.methods).join(', ')
    sendText(response, 405, `${method} is not allowed on ${url.pathname} (allowed: ${allowed})`, { allow: allowed })
    return
  }
  try {
    await handler({ method, url, request, response })
  } catch (err: unknown) {
    if (response.headersSent) {
      response.destroy()
    } else if (err instanceof HttpError) {
      sendText(response, err.status, err.message)
    } else {
      report(err)
      sendText(response, 500, 'internal error')
    }
  }
}
