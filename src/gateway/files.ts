/**
 * The web API's immutable-file routes (spec m.2), with Tahoe's semantics:
 * `PUT /uri` uploads the body and answers with the cap; `GET /uri/$CAP`
 * streams the file (one `Range`, `filename=`, `save=true`), `HEAD` gives
 * its headers, `?t=json` describes it; `GET /uri?uri=$CAP` redirects; and
 * `/cap/` is a synonym of `/uri/`. Both directions stream.
 */
import type { ServerResponse } from 'node:http'
import { parseCap, verifyCap, formatCap, type Cap, type ChkCap, type LitCap } from '../encoding/caps.js'
import { LafsError } from '../errors.js'
import type { Uploader } from '../actors/uploader/index.js'
import type { Downloader } from '../actors/downloader/index.js'
import type { MutableFiles } from '../actors/mutable/index.js'
import { createMutable, getMutable, isMutableFileCap, writeMutable } from './mutable-files.js'
import { HttpError, sendJson, sendText, type GatewayRequest, type Route } from './http.js'
import { parseRange } from './range.js'
import { contentTypeFor } from './content-type.js'

export interface FileServices {
  uploader: Uploader
  downloader: Downloader
  mutable: MutableFiles
}

/** Status codes for the typed failures a file route can meet (Tahoe's choices where it has them). */
const STATUS_BY_CODE: Readonly<Record<string, number>> = {
  ERR_NOT_ENOUGH_SHARES: 410,
  ERR_RANGE_NOT_SATISFIABLE: 416,
  ERR_UPLOAD_UNHAPPY: 500,
  ERR_NO_SERVERS: 500,
  ERR_NOT_ENOUGH_SERVERS: 500,
  ERR_UNCOORDINATED_WRITE: 409,
  ERR_READ_ONLY_CAP: 400,
  ERR_BUSY: 503,
  ERR_STOPPED: 503,
  ERR_NO_SUCH_CHILD: 404,
  ERR_EXISTING_CHILD: 409,
  ERR_NOT_A_DIRECTORY: 400,
  ERR_DIRECTORY_TOO_LARGE: 413,
  ERR_PARAMETER: 400
}

/** Turns a typed failure into an HttpError; anything else stays a 500. */
export function asHttpError (err: unknown): unknown {
  if (err instanceof HttpError || !(err instanceof LafsError)) return err
  if (err.name === 'CapFormatError') return new HttpError(400, `invalid cap: ${err.message}`, { cause: err })
  if (err.name === 'DirnodeFormatError') return new HttpError(400, err.message, { cause: err })
  const status = STATUS_BY_CODE[err.code]
  return status === undefined ? err : new HttpError(status, err.message, { cause: err })
}

export function booleanArg (value: string | null): boolean {
  return value !== null && ['true', 't', '1', 'on'].includes(value.toLowerCase())
}

/** The cap named by the first path segment after the route's prefix. */
export function capFromPath (pathname: string, prefix: string): { cap: Cap, text: string, rest: string[] } {
  const segments = pathname.slice(prefix.length).split('/')
  const first = segments[0] ?? ''
  let text: string
  try {
    text = decodeURIComponent(first)
  } catch {
    throw new HttpError(400, 'invalid cap: bad URL escape')
  }
  if (text === '') throw new HttpError(400, 'no cap in the URL')
  let cap: Cap
  try {
    cap = parseCap(text)
  } catch (err: unknown) {
    throw asHttpError(err)
  }
  return { cap, text, rest: segments.slice(1).filter(segment => segment !== '') }
}

function immutableFile (cap: Cap): ChkCap | LitCap {
  if (cap.kind === 'chk' || cap.kind === 'lit') return cap
  if (cap.kind === 'unknown') throw new HttpError(400, 'invalid cap: not a cap of a known kind')
  throw new HttpError(501, `${cap.kind} caps are not supported by this node yet`)
}

function fileJson (cap: ChkCap | LitCap): unknown {
  const verify = verifyCap(cap)
  return ['filenode', {
    mutable: false,
    format: 'CHK',
    size: cap.kind === 'lit' ? cap.data.length : cap.size,
    ro_uri: formatCap(cap),
    ...(verify === undefined ? {} : { verify_uri: formatCap(verify) })
  }]
}

/** `save=true`: ask the browser to save the file rather than show it. */
function saveHeaders (url: URL, filename: string | undefined): Record<string, string> {
  if (!booleanArg(url.searchParams.get('save'))) return {}
  return { 'content-disposition': `attachment; filename*=UTF-8''${encodeURIComponent(filename ?? 'download')}` }
}

async function writeAll (response: ServerResponse, chunks: AsyncIterator<Uint8Array>, first: IteratorResult<Uint8Array>): Promise<void> {
  for (let next = first; next.done !== true; next = await chunks.next()) {
    if (!response.write(next.value)) {
      await new Promise<void>((resolve, reject) => {
        const done = (): void => { response.off('drain', done); response.off('close', closed); resolve() }
        const closed = (): void => { response.off('drain', done); reject(new LafsError('ERR_CLIENT_GONE', 'the client went away')) }
        response.on('drain', done)
        response.once('close', closed)
      })
    }
  }
  response.end()
}

async function getFile ({ url, request, response, method }: GatewayRequest, prefix: string, services: FileServices): Promise<void> {
  const { cap: anyCap, rest } = capFromPath(url.pathname, prefix)
  if (rest.length > 0 && !['dir2', 'dir2-ro', 'dir2-mdmf', 'dir2-mdmf-ro', 'dir2-chk', 'dir2-lit'].includes(anyCap.kind)) {
    throw new HttpError(400, 'a file has no children: nothing after the cap is allowed')
  }
  const t = url.searchParams.get('t')
  if (isMutableFileCap(anyCap)) {
    const filename = url.searchParams.get('filename') ?? undefined
    await getMutable(services.mutable, {
      cap: anyCap, t, method, range: request.headers.range, filename, response, headers: saveHeaders(url, filename)
    }).catch((err: unknown) => { throw asHttpError(err) })
    return
  }
  const cap = immutableFile(anyCap)
  if (t === 'json') { sendJson(response, 200, fileJson(cap)); return }
  if (t === 'uri' || t === 'readonly-uri') { sendText(response, 200, formatCap(cap)); return }
  if (t !== null && t !== '') throw new HttpError(400, `unknown t=${t} for a file`)

  const size = cap.kind === 'lit' ? cap.data.length : cap.size
  const range = parseRange(request.headers.range, size)
  const filename = url.searchParams.get('filename') ?? undefined
  const headers: Record<string, string> = {
    'content-type': contentTypeFor(filename),
    'accept-ranges': 'bytes',
    'content-length': String(range === undefined ? size : range.end - range.start)
  }
  if (range !== undefined) headers['content-range'] = `bytes ${range.start}-${range.end - 1}/${size}`
  Object.assign(headers, saveHeaders(url, filename))
  const status = range === undefined ? 200 : 206
  if (method === 'HEAD') {
    response.writeHead(status, headers)
    response.end()
    return
  }
  const abort = new AbortController()
  response.once('close', () => { abort.abort(new LafsError('ERR_CLIENT_GONE', 'the client went away')) })
  const chunks = services.downloader.read(cap, { range, signal: abort.signal })
  let first: IteratorResult<Uint8Array>
  try {
    first = await chunks.next() // fail with a proper status before any header goes out
  } catch (err: unknown) {
    throw asHttpError(err)
  }
  response.writeHead(status, headers)
  await writeAll(response, chunks, first)
}

async function putFile ({ url, request, response }: GatewayRequest, services: FileServices): Promise<void> {
  const mutableArg = booleanArg(url.searchParams.get('mutable'))
  const format = (url.searchParams.get('format') ?? (mutableArg ? 'SDMF' : 'CHK')).toUpperCase()
  if (format !== 'CHK' && format !== 'SDMF' && format !== 'MDMF') throw new HttpError(400, `unknown format=${format}; expected CHK, SDMF or MDMF`)
  if (format === 'SDMF' || format === 'MDMF') {
    await createMutable(services.mutable, request, response, format).catch((err: unknown) => { throw asHttpError(err) })
    return
  }
  if (mutableArg) throw new HttpError(400, 'mutable=true does not go with format=CHK')
  const abort = new AbortController()
  request.once('aborted', () => { abort.abort(new LafsError('ERR_CLIENT_GONE', 'the client went away')) })
  try {
    const length = request.headers['content-length']
    const size = length !== undefined && /^\d{1,15}$/.test(length) ? Number(length) : undefined
    const result = await services.uploader.uploadStream(request, { signal: abort.signal, size })
    sendText(response, 200, result.cap)
  } catch (err: unknown) {
    throw asHttpError(err)
  }
}

function redirectToCap ({ url, response }: GatewayRequest, prefix: string): void {
  const cap = url.searchParams.get('uri')
  if (cap === null || cap === '') throw new HttpError(400, 'GET /uri needs ?uri=CAP')
  response.writeHead(303, { location: `${prefix}${encodeURIComponent(cap)}` })
  response.end()
}

export function fileRoutes (services: FileServices): Route[] {
  const routes: Route[] = []
  for (const base of ['/uri', '/cap']) {
    const prefix = `${base}/`
    routes.push(
      {
        path: base,
        methods: {
          PUT: async request => { await putFile(request, services) },
          GET: request => { redirectToCap(request, prefix) }
        }
      },
      {
        path: prefix,
        prefix: true,
        methods: {
          GET: async request => { await getFile(request, prefix, services) },
          HEAD: async request => { await getFile(request, prefix, services) },
          PUT: async request => {
            if (request.url.pathname === prefix) { await putFile(request, services); return }
            const { cap, rest } = capFromPath(request.url.pathname, prefix)
            if (isMutableFileCap(cap) && rest.length === 0) {
              await writeMutable(services.mutable, cap, request.url.searchParams.get('offset'), request.request, request.response)
                .catch((err: unknown) => { throw asHttpError(err) })
              return
            }
            if (cap.kind === 'chk' || cap.kind === 'lit') throw new HttpError(400, 'an immutable file cannot be written to')
            throw new HttpError(501, 'writing into directories is not supported by this node yet')
          }
        }
      }
    )
  }
  return routes
}
