/**
 * What the directory commands share: the aliases file of the node
 * directory (`NODEDIR/private/aliases`), `[ALIAS:]path` arguments turned
 * into web API paths, and the small requests they make. Talks to the node
 * over HTTP only; loads nothing heavy.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { parseAliases } from '../fs/aliases.js'
import { parseTahoePath, type RemotePath, type TahoePath } from '../fs/paths.js'
import { UsageError, type CliIo } from './command.js'
import { DEFAULT_NODE_DIR, expectOk, nodeRequest, readText, resolveNodeUrl } from './node-client.js'
import { nodeLocation } from './file-store-options.js'

export interface GridContext {
  base: URL
  nodeDir: string
  aliases: Map<string, string>
}

export interface NodeValues { 'node-directory'?: string, 'node-url'?: string }

export function nodeDirOf (values: NodeValues, env: NodeJS.ProcessEnv): string {
  return values['node-directory'] ?? env.LAFS_NODE_DIR ?? DEFAULT_NODE_DIR
}

export function aliasesPath (nodeDir: string): string {
  return join(nodeDir, 'private', 'aliases')
}

async function readOptional (path: string): Promise<string | undefined> {
  try {
    return await readFile(path, 'utf8')
  } catch (err: unknown) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined
    throw err
  }
}

export async function readAliasesText (nodeDir: string): Promise<string> {
  return await readOptional(aliasesPath(nodeDir)) ?? ''
}

export async function writeAliasesText (nodeDir: string, text: string): Promise<void> {
  const path = aliasesPath(nodeDir)
  await mkdir(dirname(path), { recursive: true })
  await writeFile(path, text, { mode: 0o600 })
}

export async function loadAliases (nodeDir: string): Promise<Map<string, string>> {
  const rootDirCap = await readOptional(join(nodeDir, 'private', 'root_dir.cap'))
  return parseAliases(await readAliasesText(nodeDir), rootDirCap === undefined ? {} : { rootDirCap })
}

export async function gridContext (values: NodeValues, io: CliIo): Promise<GridContext> {
  const nodeDir = nodeDirOf(values, io.env)
  const aliases = await loadAliases(nodeDir)
  const base = await resolveNodeUrl(nodeLocation(values, io.env))
  return { base, nodeDir, aliases }
}

/** A `[ALIAS:]path` argument that must name something on the grid. */
export function remotePath (argument: string, aliases: Map<string, string>): RemotePath {
  const parsed = parseTahoePath(argument, aliases)
  if (parsed.kind !== 'remote') throw new UsageError(`${argument} is not a grid path`)
  return parsed
}

/** A `cp` argument: a grid path if it names an alias or cap, else a local path. */
export function cpPath (argument: string, aliases: Map<string, string>): TahoePath {
  return parseTahoePath(argument, aliases, { defaultAlias: null })
}

/** The web API path of a root cap and child names, with an optional query. */
export function uriPath (rootCap: string, segments: readonly string[], query: Record<string, string> = {}): string {
  const path = ['uri', encodeURIComponent(rootCap), ...segments.map(encodeURIComponent)].join('/')
  const search = new URLSearchParams(query).toString()
  return search === '' ? path : `${path}?${search}`
}

export function pathOf (remote: RemotePath, query: Record<string, string> = {}): string {
  return uriPath(remote.rootCap, remote.segments, query)
}

/** A remote path's parent and last name; the root itself has none. */
export function splitLast (remote: RemotePath, what: string): { parent: RemotePath, name: string } {
  const name = remote.segments[remote.segments.length - 1]
  if (name === undefined) throw new UsageError(`${what} needs a name after the alias or cap`)
  return { parent: { ...remote, segments: remote.segments.slice(0, -1) }, name }
}

export async function requestText (base: URL, method: string, path: string, body?: string | Uint8Array): Promise<string> {
  const bytes = typeof body === 'string' ? Buffer.from(body) : body
  const response = await nodeRequest({
    method,
    base,
    path,
    ...(bytes === undefined ? {} : { body: [bytes], headers: { 'content-length': String(bytes.length) } })
  })
  await expectOk(response)
  return (await readText(response)).trim()
}

/** `t=json` of what a path names, or undefined when nothing is there (404). */
export async function nodeJson (base: URL, path: string): Promise<unknown> {
  const response = await nodeRequest({ method: 'GET', base, path })
  if (response.statusCode === 404) {
    response.resume()
    return undefined
  }
  await expectOk(response)
  return JSON.parse(await readText(response)) as unknown
}

export interface NodeInfo {
  type: string
  details: Record<string, unknown>
}

/** Splits `[type, details]` of a t=json answer. */
export function nodeInfo (json: unknown): NodeInfo {
  if (!Array.isArray(json) || typeof json[0] !== 'string' || typeof json[1] !== 'object' || json[1] === null) {
    throw new UsageError('the node gave an unexpected t=json answer')
  }
  return { type: json[0], details: json[1] as Record<string, unknown> }
}

/** The children of a `dirnode` t=json answer, name → [type, details]. */
export function childrenOf (info: NodeInfo): Array<[string, NodeInfo]> {
  const children = info.details.children
  if (typeof children !== 'object' || children === null) return []
  return Object.entries(children as Record<string, unknown>).map(([name, child]) => [name, nodeInfo(child)])
}

/** The strongest cap in a node's details. */
export function capOfInfo (info: NodeInfo): string | undefined {
  const { rw_uri: rw, ro_uri: ro } = info.details
  if (typeof rw === 'string') return rw
  return typeof ro === 'string' ? ro : undefined
}
