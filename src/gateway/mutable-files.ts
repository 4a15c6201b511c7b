/**
 * The web API's mutable-file side (spec m.2): `PUT /uri?format=SDMF|MDMF`
 * (or `mutable=true`) creates a file and answers with its write cap;
 * `PUT /uri/$WRITECAP` replaces it, or with `offset=` writes into it (MDMF);
 * `GET`/`HEAD /uri/$CAP` read it (one `Range`), `?t=json` describes it.
 * Mutable contents are held in memory while they are published, as in
 * Tahoe, so bodies are bounded.
 */
import type { IncomingMessage, ServerResponse } from 'node:http'
import { formatCap, readCap, verifyCap, type MutableReadCap, type MutableWriteCap } from '../encoding/caps.js'
import type { MutableFiles } from '../actors/mutable/index.js'
import { HttpError, sendJson, sendText } from './http.js'
import { parseRange } from './range.js'
import { contentTypeFor } from './content-type.js'

/** The largest body a mutable file can be given through the web API. */
export const MAX_MUTABLE_BODY = 64 * 1024 * 1024

export type MutableFileCapOf = MutableWriteCap | MutableReadCap

export function isMutableFileCap (cap: { kind: string }): cap is MutableFileCapOf {
  return ['ssk', 'ssk-ro', 'mdmf', 'mdmf-ro'].includes(cap.kind)
}

export async function readBody (request: IncomingMessage, max = MAX_MUTABLE_BODY): Promise<Buffer> {
  const parts: Buffer[] = []
  let size = 0
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length
    if (size > max) throw new HttpError(413, `a mutable file can take at most ${max} bytes through the web API`)
    parts.push(chunk)
  }
  return Buffer.concat(parts)
}

function formatName (cap: MutableFileCapOf): 'SDMF' | 'MDMF' {
  return cap.kind === 'ssk' || cap.kind === 'ssk-ro' ? 'SDMF' : 'MDMF'
}

function mutableJson (cap: MutableFileCapOf, size: number): unknown {
  const verify = verifyCap(cap)
  const writable = cap.kind === 'ssk' || cap.kind === 'mdmf'
  return ['filenode', {
    mutable: true,
    format: formatName(cap),
    size,
    ro_uri: formatCap(readCap(cap)),
    ...(writable ? { rw_uri: formatCap(cap) } : {}),
    ...(verify === undefined ? {} : { verify_uri: formatCap(verify) })
  }]
}

export interface MutableGet {
  cap: MutableFileCapOf
  t: string | null
  method: string
  range: string | undefined
  filename: string | undefined
  headers: Record<string, string>
  response: ServerResponse
}

export async function getMutable (mutable: MutableFiles, get: MutableGet): Promise<void> {
  const { cap, t, response } = get
  if (t === 'uri') { sendText(response, 200, formatCap(cap)); return }
  if (t === 'readonly-uri') { sendText(response, 200, formatCap(readCap(cap))); return }
  if (t !== null && t !== '' && t !== 'json') throw new HttpError(400, `unknown t=${t} for a file`)
  const map = await mutable.servermap(cap, 'read')
  const best = map.best()
  if (best === undefined) throw new HttpError(410, 'no recoverable version of this mutable file was found')
  const size = best.version.dataLength
  if (t === 'json') { sendJson(response, 200, mutableJson(cap, size)); return }
  const range = parseRange(get.range, size)
  const headers: Record<string, string> = {
    ...get.headers,
    'content-type': contentTypeFor(get.filename),
    'accept-ranges': 'bytes',
    'content-length': String(range === undefined ? size : range.end - range.start)
  }
  if (range !== undefined) headers['content-range'] = `bytes ${range.start}-${range.end - 1}/${size}`
  const status = range === undefined ? 200 : 206
  if (get.method === 'HEAD') {
    response.writeHead(status, headers)
    response.end()
    return
  }
  const { data } = await mutable.read(cap, { range, servermap: map })
  response.writeHead(status, headers)
  response.end(data)
}

export async function createMutable (mutable: MutableFiles, request: IncomingMessage, response: ServerResponse, format: 'SDMF' | 'MDMF'): Promise<void> {
  const data = await readBody(request)
  const cap = await mutable.create(data, { format: format === 'SDMF' ? 'sdmf' : 'mdmf' })
  sendText(response, 200, formatCap(cap))
}

export async function writeMutable (mutable: MutableFiles, cap: MutableFileCapOf, offsetArg: string | null, request: IncomingMessage, response: ServerResponse): Promise<void> {
  if (cap.kind === 'ssk-ro' || cap.kind === 'mdmf-ro') throw new HttpError(400, 'a read-only cap cannot write')
  const data = await readBody(request)
  if (offsetArg === null || offsetArg === '') {
    await mutable.overwrite(cap, data)
  } else {
    if (!/^\d{1,15}$/.test(offsetArg)) throw new HttpError(400, `offset= must be a whole number, not '${offsetArg}'`)
    await mutable.writeAt(cap, Number(offsetArg), data)
  }
  sendText(response, 200, formatCap(cap))
}
