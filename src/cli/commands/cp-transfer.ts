/**
 * The transfers of `lafs cp`: local files and trees up to the grid, grid
 * files and directories down to local paths. A local tree goes up file by
 * file (PUT /uri), then each directory in one request
 * (mkdir-with-children), bottom-up, so no directory is rewritten per file.
 */
import { createReadStream, createWriteStream } from 'node:fs'
import { mkdir, readdir, rm, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { pipeline } from 'node:stream/promises'
import { Transform } from 'node:stream'
import { LafsError } from '../../errors.js'
import { expectOk, nodeRequest, readText } from '../node-client.js'
import { capOfInfo, childrenOf, nodeInfo, nodeJson, requestText, uriPath, type NodeInfo } from '../grid-client.js'
import type { ProgressBar } from '../progress.js'

/** Files sent at once within one directory. */
export const UPLOAD_CONCURRENCY = 4
const READ_CHUNK = 1024 * 1024

export interface Transfer {
  base: URL
  progress: ProgressBar
  files: number
  bytes: number
}

function counted (transfer: Transfer): Transform {
  return new Transform({
    transform (chunk: Buffer, _encoding, callback) {
      transfer.bytes += chunk.length
      transfer.progress.update(transfer.bytes, undefined)
      callback(null, chunk)
    }
  })
}

/** Uploads a local file to `path` (PUT), returning the node's answer (the cap). */
export async function uploadFile (transfer: Transfer, local: string, path: string): Promise<string> {
  const size = (await stat(local)).size
  const body = createReadStream(local, { highWaterMark: READ_CHUNK }).pipe(counted(transfer))
  const response = await nodeRequest({ method: 'PUT', base: transfer.base, path, headers: { 'content-length': String(size) }, body })
  await expectOk(response)
  transfer.files++
  return (await readText(response)).trim()
}

async function inPool<T> (items: readonly T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const item = items[next++] as T
      await work(item)
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker))
}

/** Uploads a local directory tree; returns the new directory's write cap. */
export async function uploadTree (transfer: Transfer, local: string): Promise<string> {
  const entries = (await readdir(local, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
  const children: Record<string, [string, Record<string, string>]> = {}
  for (const entry of entries.filter(e => e.isDirectory())) {
    children[entry.name] = ['dirnode', { rw_uri: await uploadTree(transfer, join(local, entry.name)) }]
  }
  await inPool(entries.filter(e => e.isFile()), UPLOAD_CONCURRENCY, async entry => {
    children[entry.name] = ['filenode', { ro_uri: await uploadFile(transfer, join(local, entry.name), 'uri') }]
  })
  return await requestText(transfer.base, 'POST', 'uri?t=mkdir-with-children', JSON.stringify(children))
}

/** Downloads a file by its cap to a local path. */
export async function downloadFile (transfer: Transfer, cap: string, local: string): Promise<void> {
  const response = await nodeRequest({ method: 'GET', base: transfer.base, path: uriPath(cap, []) })
  await expectOk(response)
  const total = Number(response.headers['content-length'] ?? NaN)
  const before = transfer.bytes
  try {
    await pipeline(response, counted(transfer), createWriteStream(local))
  } catch (err: unknown) {
    await rm(local, { force: true })
    throw err
  }
  if (Number.isFinite(total) && transfer.bytes - before !== total) {
    await rm(local, { force: true })
    throw new LafsError('ERR_TRUNCATED', `the download of ${local} stopped early`)
  }
  transfer.files++
}

/** Downloads a directory (as its t=json describes it) into a local directory, made if missing. */
export async function downloadTree (transfer: Transfer, info: NodeInfo, local: string): Promise<void> {
  await mkdir(local, { recursive: true })
  for (const [name, child] of childrenOf(info)) {
    if (name.includes('/') || name === '.' || name === '..' || name.includes('\0')) continue
    const cap = capOfInfo(child)
    if (cap === undefined) continue
    if (child.type === 'dirnode') {
      const json = await nodeJson(transfer.base, uriPath(cap, [], { t: 'json' }))
      if (json !== undefined) await downloadTree(transfer, nodeInfo(json), join(local, name))
    } else if (child.type === 'filenode') {
      await downloadFile(transfer, cap, join(local, name))
    }
  }
}
