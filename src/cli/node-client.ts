/**
 * How file-store commands reach a running node: its web API URL from
 * `-u URL`, or from `node.url` in the node directory (`-d DIR`, default
 * ~/.lafs), and plain node:http requests to it. Loads nothing heavy.
 */
import { request as httpRequest, type IncomingMessage } from 'node:http'
import { readFile } from 'node:fs/promises'
import { homedir } from 'node:os'
import { join } from 'node:path'
import { LafsError } from '../errors.js'
import { UsageError } from './command.js'

export const DEFAULT_NODE_DIR = join(homedir(), '.lafs')

export class NodeUnreachableError extends LafsError {
  constructor (message: string) {
    super('ERR_NODE_UNREACHABLE', message)
  }
}

/** The node replied with an error status; the message is its plain-text reason. */
export class NodeHttpError extends LafsError {
  readonly status: number

  constructor (status: number, message: string) {
    super('ERR_NODE_HTTP', message)
    this.status = status
  }
}

export interface NodeLocation {
  nodeDir?: string
  nodeUrl?: string
  env?: NodeJS.ProcessEnv
}

export async function resolveNodeUrl ({ nodeDir, nodeUrl, env }: NodeLocation): Promise<URL> {
  if (nodeUrl !== undefined) {
    try {
      return new URL(nodeUrl)
    } catch {
      throw new UsageError(`-u: not a URL: ${nodeUrl}`)
    }
  }
  const dir = nodeDir ?? env?.LAFS_NODE_DIR ?? DEFAULT_NODE_DIR
  let text: string
  try {
    text = await readFile(join(dir, 'node.url'), 'utf8')
  } catch {
    throw new NodeUnreachableError(`no node.url in ${dir}: is the node running? (start it with 'lafs run ${dir}', or pass -u URL)`)
  }
  try {
    return new URL(text.trim())
  } catch {
    throw new NodeUnreachableError(`${join(dir, 'node.url')} does not hold a URL`)
  }
}

export interface NodeRequest {
  method: string
  base: URL
  path: string
  headers?: Record<string, string>
  /** Written as the request body, with back-pressure. */
  body?: AsyncIterable<Uint8Array> | Iterable<Uint8Array>
  onBodyProgress?: (bytes: number) => void
}

/** Sends a request; resolves with the response once its headers arrive (any status). */
export async function nodeRequest (options: NodeRequest): Promise<IncomingMessage> {
  const url = new URL(options.path, options.base)
  return await new Promise<IncomingMessage>((resolve, reject) => {
    const req = httpRequest(url, { method: options.method, headers: options.headers }, resolve)
    req.on('error', (err: NodeJS.ErrnoException) => {
      reject(['ECONNREFUSED', 'ECONNRESET', 'EHOSTUNREACH', 'ENOTFOUND'].includes(err.code ?? '')
        ? new NodeUnreachableError(`cannot reach the node at ${options.base.href} (${err.code ?? err.message}): is it running?`)
        : err)
    })
    if (options.body === undefined) {
      req.end()
      return
    }
    const body = options.body
    void (async () => {
      let sent = 0
      for await (const chunk of body) {
        sent += chunk.length
        options.onBodyProgress?.(sent)
        if (!req.write(chunk)) await new Promise(resolve => req.once('drain', resolve))
      }
      req.end()
    })().catch((err: unknown) => { req.destroy(err instanceof Error ? err : new Error(String(err))) })
  })
}

/** Reads a whole (small) response body as text. */
export async function readText (response: IncomingMessage): Promise<string> {
  const parts: Buffer[] = []
  for await (const chunk of response) parts.push(chunk as Buffer)
  return Buffer.concat(parts).toString('utf8')
}

/** Throws NodeHttpError with the node's reason unless the status is 2xx. */
export async function expectOk (response: IncomingMessage): Promise<void> {
  const status = response.statusCode ?? 0
  if (status >= 200 && status < 300) return
  const reason = (await readText(response)).trim()
  throw new NodeHttpError(status, `the node answered ${status}: ${reason === '' ? response.statusMessage ?? '' : reason}`)
}
