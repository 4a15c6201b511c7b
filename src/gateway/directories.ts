/**
 * The web API's directory routes (spec m.3), with Tahoe's semantics. They
 * wrap the file routes of `/uri` and `/cap`: a request whose cap is a
 * directory is handled here, any other goes on to the file code, and a
 * file reached through a directory path is served by that same code.
 *
 * - `POST /uri?t=mkdir|mkdir-with-children|mkdir-immutable` makes a directory.
 * - `GET /uri/$DIRCAP[/PATH]` with `t=json|uri|readonly-uri`; a file streams.
 * - `PUT /uri/$DIRCAP/PATH/NAME` uploads and links a file (201 new, 200
 *   replaced), `?t=uri` links the cap in the body, `?t=mkdir` makes a
 *   directory; missing directories on the way are made.
 * - `POST /uri/$DIRCAP[/PATH]?t=mkdir|rename|relink|set-children|uri|unlink`.
 * - `DELETE /uri/$DIRCAP/PATH/NAME` unlinks.
 */
import { formatCap, isDirectory, isWriteCap, parseCap, readCap, type Cap } from '../encoding/caps.js'
import { LafsError } from '../errors.js'
import { pathSegments } from '../fs/paths.js'
import {
  NoSuchChildError, NotADirectoryError, ReadOnlyDirectoryError, type Directories, type ReplacePolicy
} from '../fs/directories/index.js'
import { asHttpError, booleanArg, capFromPath, type FileServices } from './files.js'
import { readBody } from './mutable-files.js'
import { HttpError, sendJson, sendText, type GatewayRequest, type Handler, type Route } from './http.js'
import {
  decodeSegment, dirFormatArg, fileFormatArg, MAX_DIRECTORY_REQUEST_BODY, parseChildrenJson, replaceArg, requiredArg
} from './dir-input.js'

export interface DirectoryServices extends FileServices {
  directories: Directories
}

interface DirTarget {
  /** The directory cap of the URL, canonical. */
  root: string
  /** The child names after it, decoded. */
  segments: string[]
}

function isReadableDir (cap: Cap): boolean {
  return cap.kind !== 'unknown' && isDirectory(cap) && !cap.kind.endsWith('-verifier')
}

/** The directory and path a URL names, or undefined when its cap is not a directory. */
function directoryTarget (url: URL, prefix: string): DirTarget | undefined {
  if (url.pathname === prefix) return undefined
  const { cap, rest } = capFromPath(url.pathname, prefix)
  if (!isReadableDir(cap)) return undefined
  return { root: formatCap(cap), segments: rest.map(decodeSegment) }
}

function tArg (url: URL): string {
  return url.searchParams.get('t') ?? ''
}

/**
 * The directory at `segments` under `root`. With `create`, missing
 * directories are made (mutable, SDMF) and linked; `created` tells
 * whether the last one was.
 */
async function resolveDirectory (dirs: Directories, root: string, segments: readonly string[], create: boolean): Promise<{ cap: string, created: boolean }> {
  let cap = root
  let created = false
  for (const [index, name] of segments.entries()) {
    const path = segments.slice(0, index + 1)
    let childCap: string | undefined
    try {
      childCap = (await dirs.get(cap, [name])).cap
    } catch (err: unknown) {
      if (!create || !(err instanceof NoSuchChildError)) throw err
      // Refuse before making a directory that could not be linked.
      if (!isWriteCap(parseCap(cap))) throw new ReadOnlyDirectoryError('making a directory', false)
      const made = await dirs.mkdir()
      await dirs.set(cap, name, made, { replace: false })
      cap = made
      created = true
      continue
    }
    const parsed = childCap === undefined ? undefined : parseCap(childCap)
    if (childCap === undefined || parsed === undefined || !isReadableDir(parsed)) throw new NotADirectoryError(path, 'a file or an unknown child')
    cap = childCap
    created = false
  }
  return { cap, created }
}

function sendDirectory (request: GatewayRequest, dirs: Directories, cap: string): Promise<void> | void {
  const t = tArg(request.url)
  if (t === 'uri') { sendText(request.response, 200, cap); return }
  if (t === 'readonly-uri') { sendText(request.response, 200, formatCap(readCap(parseCap(cap)) ?? parseCap(cap))); return }
  if (t === 'json') return dirs.json(cap).then(json => { sendJson(request.response, 200, json) })
  if (t !== '') throw new HttpError(400, `unknown t=${t} for a directory`)
  // No HTML here: a plain listing, one child per line, directories ending in '/'.
  return dirs.list(cap).then(listing => {
    const lines = listing.entries.map(entry => {
      const child = entry.writeCap ?? entry.readCap
      const dir = child !== undefined && child.startsWith('URI:DIR2') ? '/' : ''
      return `${entry.name}${dir}`
    })
    sendText(request.response, 200, lines.join('\n'))
  })
}

async function getInDirectory (request: GatewayRequest, target: DirTarget, prefix: string, dirs: Directories, fileGet: Handler): Promise<void> {
  const { url, response } = request
  const t = tArg(url)
  if (target.segments.length === 0) { await sendDirectory(request, dirs, target.root); return }
  if (t === 'json') { sendJson(response, 200, await dirs.json(target.root, target.segments)); return }
  const child = await dirs.get(target.root, target.segments)
  if (t === 'uri') { sendText(response, 200, child.cap ?? ''); return }
  if (t === 'readonly-uri') { sendText(response, 200, child.readCap ?? ''); return }
  if (child.cap === undefined) throw new HttpError(400, 'the child has no cap this node can read')
  const cap = parseCap(child.cap)
  if (isReadableDir(cap)) { await sendDirectory(request, dirs, child.cap); return }
  // A file: the file code serves it, named as the link names it (for its content type).
  const fileUrl = new URL(`${prefix}${encodeURIComponent(child.cap)}${url.search}`, url)
  if (!fileUrl.searchParams.has('filename')) fileUrl.searchParams.set('filename', target.segments[target.segments.length - 1] ?? '')
  await fileGet({ ...request, url: fileUrl })
}

async function uploadFile ({ url, request }: GatewayRequest, services: DirectoryServices): Promise<string> {
  const format = fileFormatArg(url.searchParams.get('format'), booleanArg(url.searchParams.get('mutable')))
  if (format === 'CHK') {
    const abort = new AbortController()
    request.once('aborted', () => { abort.abort(new LafsError('ERR_CLIENT_GONE', 'the client went away')) })
    const length = request.headers['content-length']
    const size = length !== undefined && /^\d{1,15}$/.test(length) ? Number(length) : undefined
    return (await services.uploader.uploadStream(request, { signal: abort.signal, size })).cap
  }
  const data = await readBody(request)
  return formatCap(await services.mutable.create(data, { format: format === 'SDMF' ? 'sdmf' : 'mdmf' }))
}

async function putInDirectory (request: GatewayRequest, target: DirTarget, services: DirectoryServices): Promise<void> {
  const { url, response } = request
  const dirs = services.directories
  const name = target.segments[target.segments.length - 1]
  if (name === undefined) throw new HttpError(400, 'PUT into a directory needs a child name after the cap')
  const t = tArg(url)
  const replace: ReplacePolicy = replaceArg(url.searchParams.get('replace'))
  if (t === 'mkdir') {
    const { cap, created } = await resolveDirectory(dirs, target.root, target.segments, true)
    sendText(response, created ? 201 : 200, cap)
    return
  }
  if (t !== '' && t !== 'uri') throw new HttpError(400, `unknown t=${t} for PUT into a directory`)
  const parent = (await resolveDirectory(dirs, target.root, target.segments.slice(0, -1), true)).cap
  let cap: string
  if (t === 'uri') {
    cap = (await readBody(request.request, MAX_DIRECTORY_REQUEST_BODY)).toString('utf8').trim()
    if (cap === '') throw new HttpError(400, 'PUT ?t=uri needs a cap in the body')
  } else {
    // Refuse before uploading when the upload could not be linked.
    if (!isWriteCap(parseCap(parent))) throw new ReadOnlyDirectoryError('linking a child', false)
    if (replace === false) await refuseExisting(dirs, parent, name)
    cap = await uploadFile(request, services)
  }
  const { replaced } = await dirs.set(parent, name, cap, { replace })
  sendText(response, replaced ? 200 : 201, cap)
}

async function refuseExisting (dirs: Directories, parent: string, name: string): Promise<void> {
  try {
    await dirs.get(parent, [name])
  } catch (err: unknown) {
    if (err instanceof NoSuchChildError) return
    throw err
  }
  throw new HttpError(409, `a child named ${JSON.stringify(name)} already exists`)
}

async function makeDirectory (request: GatewayRequest, dirs: Directories, t: string): Promise<string> {
  const format = dirFormatArg(request.url.searchParams.get('format'))
  if (t === 'mkdir') return await dirs.mkdir({ ...(format === undefined ? {} : { format }) })
  const children = parseChildrenJson(await readBody(request.request, MAX_DIRECTORY_REQUEST_BODY))
  if (t === 'mkdir-with-children') return await dirs.mkdir({ children, ...(format === undefined ? {} : { format }) })
  return await dirs.mkdirImmutable(children)
}

const MKDIR_KINDS = ['mkdir', 'mkdir-with-children', 'mkdir-immutable']

async function postToDirectory (request: GatewayRequest, target: DirTarget, dirs: Directories): Promise<void> {
  const { url, response } = request
  const t = requiredArg(url, 't')
  const dir = (await resolveDirectory(dirs, target.root, target.segments, false)).cap
  const replace = replaceArg(url.searchParams.get('replace'))
  if (MKDIR_KINDS.includes(t)) {
    const name = requiredArg(url, 'name')
    if (replace === false) await refuseExisting(dirs, dir, name)
    if (!isWriteCap(parseCap(dir))) throw new ReadOnlyDirectoryError('making a directory', false)
    const made = await makeDirectory(request, dirs, t)
    await dirs.set(dir, name, made, { replace })
    sendText(response, 200, made)
    return
  }
  switch (t) {
    case 'rename':
      await dirs.rename(dir, requiredArg(url, 'from_name'), requiredArg(url, 'to_name'), { replace })
      break
    case 'relink': {
      const fromName = requiredArg(url, 'from_name')
      const toDirArg = requiredArg(url, 'to_dir')
      // to_dir is a directory cap, or a path from the root of this URL's cap.
      const toDir = toDirArg.startsWith('URI:')
        ? toDirArg
        : (await resolveDirectory(dirs, target.root, pathSegments(toDirArg), false)).cap
      await dirs.relink(dir, fromName, toDir, url.searchParams.get('to_name') ?? fromName, { replace })
      break
    }
    case 'set-children':
    case 'set_children': {
      const children = parseChildrenJson(await readBody(request.request, MAX_DIRECTORY_REQUEST_BODY))
      await dirs.setChildren(dir, children, { overwrite: replaceArg(url.searchParams.get('overwrite')) })
      break
    }
    case 'uri': {
      const cap = requiredArg(url, 'uri')
      await dirs.set(dir, requiredArg(url, 'name'), cap, { replace })
      sendText(response, 200, cap)
      return
    }
    case 'delete':
    case 'unlink':
      await unlinkChild(dirs, dir, requiredArg(url, 'name'))
      break
    default:
      throw new HttpError(400, `unknown t=${t} for POST to a directory`)
  }
  sendText(response, 200, 'OK')
}

async function unlinkChild (dirs: Directories, dir: string, name: string): Promise<void> {
  if (await dirs.unlink(dir, name) === undefined) throw new NoSuchChildError(name)
}

async function deleteInDirectory (request: GatewayRequest, target: DirTarget, dirs: Directories): Promise<void> {
  const name = target.segments[target.segments.length - 1]
  if (name === undefined) throw new HttpError(400, 'DELETE needs a child name after the directory cap')
  const parent = (await resolveDirectory(dirs, target.root, target.segments.slice(0, -1), false)).cap
  await unlinkChild(dirs, parent, name)
  sendText(request.response, 200, '')
}

async function postToUri (request: GatewayRequest, dirs: Directories): Promise<void> {
  const t = requiredArg(request.url, 't')
  if (!MKDIR_KINDS.includes(t)) throw new HttpError(400, `unknown t=${t} for POST /uri`)
  sendText(request.response, 200, await makeDirectory(request, dirs, t))
}

/** Runs a directory handler with typed failures turned into statuses. */
function guarded (handler: (request: GatewayRequest) => Promise<void>): Handler {
  return async request => {
    try {
      await handler(request)
    } catch (err: unknown) {
      throw asHttpError(err)
    }
  }
}

/** A handler that takes directory URLs here and hands the rest to `file` (or refuses them). */
function forDirectories (prefix: string, onDirectory: (request: GatewayRequest, target: DirTarget) => Promise<void>, file: Handler | undefined): Handler {
  return guarded(async request => {
    const target = directoryTarget(request.url, prefix)
    if (target !== undefined) { await onDirectory(request, target); return }
    // As before directories: a method files lack is not allowed on a file's URL.
    if (file === undefined) throw new HttpError(405, `${request.method} is allowed only on a directory's URL`)
    await file(request)
  })
}

/** The file routes with the directory methods added to `/uri`, `/cap` and what is under them. */
export function withDirectoryRoutes (routes: readonly Route[], services: DirectoryServices): Route[] {
  const dirs = services.directories
  return routes.map(route => {
    const base = route.path.replace(/\/$/, '')
    if (base !== '/uri' && base !== '/cap') return route
    if (route.prefix !== true) {
      return { ...route, methods: { ...route.methods, POST: guarded(async request => { await postToUri(request, dirs) }) } }
    }
    const prefix = route.path
    const { GET: fileGet, HEAD: fileHead, PUT: filePut } = route.methods
    const refuse: Handler = () => { throw new HttpError(400, 'this needs a directory cap') }
    return {
      ...route,
      methods: {
        ...route.methods,
        GET: forDirectories(prefix, async (request, target) => { await getInDirectory(request, target, prefix, dirs, fileGet ?? refuse) }, fileGet),
        HEAD: forDirectories(prefix, async (request, target) => { await getInDirectory(request, target, prefix, dirs, fileHead ?? refuse) }, fileHead),
        PUT: forDirectories(prefix, async (request, target) => { await putInDirectory(request, target, services) }, filePut),
        POST: forDirectories(prefix, async (request, target) => { await postToDirectory(request, target, dirs) }, undefined),
        DELETE: forDirectories(prefix, async (request, target) => { await deleteInDirectory(request, target, dirs) }, undefined)
      }
    }
  })
}
