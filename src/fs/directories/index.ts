/**
 * Directories on the grid (spec g): create mutable and immutable
 * directories, list them, walk paths through them, and link, unlink,
 * rename and move children. A mutable directory is a mutable file holding
 * the packed body; every change is a read-modify-write of that file,
 * retried when another writer got in between. An immutable directory is
 * an ordinary CHK (or LIT) file holding a deep-immutable body.
 *
 * Authority follows the cap: through a read cap every child is read-only,
 * and so, transitively, is everything reached through it.
 */
import { Readable } from 'node:stream'
import type { Downloader } from '../../actors/downloader/index.js'
import type { KeyPool, MutableFiles } from '../../actors/mutable/index.js'
import type { Uploader } from '../../actors/uploader/index.js'
import { silentLogger, type ActorLogger } from '../../actors/logger.js'
import { RsaPrivateKey } from '../../crypto/rsa.js'
import { LIT_MAX_SIZE } from '../../encoding/chk-encoder.js'
import { formatCap, isMutable, mutableWriteCapForKey, storageIndexOf, type MutableFormat } from '../../encoding/caps.js'
import { ParameterError } from '../../errors.js'
import {
  applyNoWrite, checkNewChildName, diminish, dirJson, dirnodeOptionsForCap, normalizeChildName, packDirectory, unpackDirectory,
  type ChildJson, type DirEntry, type DirJson, type DirProblem, type Metadata
} from '../dirnode.js'
import { pathSegments } from '../paths.js'
import {
  capsOf, immutableDirCapOf, isImmutableDirCap, isWritableDirCap, mutableDirCapOf, readableDirCap,
  type ChildCapPair, type DirCapInput, type ReadableDirCap, type WritableDirCap
} from './caps.js'
import {
  DEFAULT_DIRECTORY_FORMAT, DEFAULT_MAX_DIRECTORY_SIZE, DEFAULT_MAX_MODIFY_ATTEMPTS, DEFAULT_RETRY_DELAY_MS, MS_PER_SECOND
} from './constants.js'
import { addLinks, linkEntry, removeLink, renameLink, type ReplacePolicy } from './edits.js'
import { NoSuchChildError, ReadOnlyDirectoryError } from './errors.js'
import { childLinks, linkOf, type ChildrenInput } from './inputs.js'
import { childNodeJson } from './json.js'
import { modifyDirectory, type DirectoryChange, type ModifyContext } from './modify.js'
import { readBody } from './read.js'
import { walk, type ResolvedChild } from './walk.js'

export * from './errors.js'
export type { ChildCapPair, DirCapInput, ReadableDirCap, WritableDirCap, ImmutableDirCap } from './caps.js'
export type { ReplacePolicy } from './edits.js'
export type { ChildrenInput, NewChild } from './inputs.js'
export type { ResolvedChild } from './walk.js'
export {
  DEFAULT_DIRECTORY_FORMAT, DEFAULT_MAX_DIRECTORY_SIZE, DEFAULT_MAX_MODIFY_ATTEMPTS, DEFAULT_RETRY_DELAY_MS
} from './constants.js'

export interface DirectoriesComponents {
  mutable: MutableFiles
  uploader: Uploader
  downloader: Downloader
  /** Milliseconds since the Unix epoch, for link times. @default Date.now */
  clock?: () => number
  /** Signing keys for new directories made with children (their bodies need the writekey first). @default generated on demand */
  keys?: KeyPool
  log?: ActorLogger
}

export interface DirectoriesInit {
  /** Attempts of one change before an UncoordinatedWriteError is given up on. @default DEFAULT_MAX_MODIFY_ATTEMPTS */
  maxModifyAttempts?: number
  /** The first pause before a retry; later ones grow by e. @default DEFAULT_RETRY_DELAY_MS */
  retryDelayMs?: number
  /** The largest body read into memory. @default DEFAULT_MAX_DIRECTORY_SIZE */
  maxDirectorySize?: number
  /** The format of new mutable directories. @default DEFAULT_DIRECTORY_FORMAT */
  defaultFormat?: MutableFormat
  /** In [0, 1), for retry jitter. @default Math.random */
  random?: () => number
}

export interface JobOptions {
  signal?: AbortSignal
}

export interface MkdirOptions extends JobOptions {
  /** @default the directories' defaultFormat ('sdmf', as Tahoe) */
  format?: MutableFormat
  /** Children of the new directory, stored with their metadata as given (as Tahoe's mkdir-with-children). */
  children?: ChildrenInput
  /** Make the directory under this signing key (the web API's `private-key=`). */
  privateKey?: RsaPrivateKey
}

export interface SetOptions extends JobOptions {
  /** @default true */
  replace?: ReplacePolicy
  /** The link's user metadata; undefined keeps that of a link it replaces. */
  metadata?: Metadata
}

export interface SetChildrenOptions extends JobOptions {
  /** @default true */
  overwrite?: ReplacePolicy
}

export interface MoveOptions extends JobOptions {
  /** @default true */
  replace?: ReplacePolicy
}

export interface DirectoryListing {
  /** Sorted by name; read-only when the directory is, `no-write` links diminished. */
  entries: DirEntry[]
  /** Children that could not be read as stored (dropped or degraded); the rest are listed. */
  problems: DirProblem[]
  /** The cap can change the directory. */
  writable: boolean
  /** The directory is mutable (not `URI:DIR2-CHK:` / `URI:DIR2-LIT:`). */
  mutable: boolean
}

export interface Directories {
  /** A new mutable directory (empty, or with `children`); returns its write cap, `URI:DIR2:` or `URI:DIR2-MDMF:`. */
  mkdir: (options?: MkdirOptions) => Promise<string>
  /** A new immutable directory: `URI:DIR2-CHK:`, or `URI:DIR2-LIT:` for a body of at most 55 bytes. Every child must be immutable. */
  mkdirImmutable: (children: ChildrenInput, options?: JobOptions) => Promise<string>
  list: (dir: DirCapInput, options?: JobOptions) => Promise<DirectoryListing>
  /** The child at the end of a path ('a/b/c' or ['a', 'b', 'c']) and its link metadata. */
  get: (dir: DirCapInput, path: string | readonly string[], options?: JobOptions) => Promise<ResolvedChild>
  /** Links `child` as `name`; `replaced` tells whether a link was replaced. */
  set: (dir: DirCapInput, name: string, child: string | ChildCapPair, options?: SetOptions) => Promise<{ replaced: boolean }>
  /** Links several children in one change (the web API's `t=set-children`). */
  setChildren: (dir: DirCapInput, children: ChildrenInput, options?: SetChildrenOptions) => Promise<void>
  /** Removes a link and returns it (undefined if a retried attempt found it gone already). */
  unlink: (dir: DirCapInput, name: string, options?: JobOptions) => Promise<DirEntry | undefined>
  /** Renames a link within a directory, in one change. */
  rename: (dir: DirCapInput, fromName: string, toName: string, options?: MoveOptions) => Promise<void>
  /** Moves a link to another directory: linked in the target first, then unlinked from the source. */
  relink: (fromDir: DirCapInput, fromName: string, toDir: DirCapInput, toName?: string, options?: MoveOptions) => Promise<void>
  /** The web API's `t=json` of a directory, or of the node at `path` under it. */
  json: (dir: DirCapInput, path?: string | readonly string[], options?: JobOptions) => Promise<DirJson | ChildJson>
}

function segmentsOf (path: string | readonly string[]): string[] {
  return typeof path === 'string' ? pathSegments(path) : path.map(normalizeChildName)
}

function sameDirectory (a: ReadableDirCap, b: ReadableDirCap): boolean {
  const left = storageIndexOf(a)
  const right = storageIndexOf(b)
  return left !== undefined && right !== undefined && Buffer.from(left).equals(right)
}

class DirectoriesImpl implements Directories {
  readonly #components: DirectoriesComponents
  readonly #init: DirectoriesInit
  readonly #modify: ModifyContext
  readonly #clock: () => number

  constructor (components: DirectoriesComponents, init: DirectoriesInit) {
    this.#components = components
    this.#init = init
    this.#clock = components.clock ?? Date.now
    this.#modify = {
      mutable: components.mutable,
      downloader: components.downloader,
      maxDirectorySize: init.maxDirectorySize ?? DEFAULT_MAX_DIRECTORY_SIZE,
      maxAttempts: Math.max(1, init.maxModifyAttempts ?? DEFAULT_MAX_MODIFY_ATTEMPTS),
      retryDelayMs: init.retryDelayMs ?? DEFAULT_RETRY_DELAY_MS,
      random: init.random ?? Math.random,
      log: components.log ?? silentLogger
    }
  }

  /** Link times are Unix seconds, as Tahoe's `time.time()`. */
  #now (): number {
    return this.#clock() / MS_PER_SECOND
  }

  async mkdir (options: MkdirOptions = {}): Promise<string> {
    const format = options.format ?? this.#init.defaultFormat ?? DEFAULT_DIRECTORY_FORMAT
    if (format !== 'sdmf' && format !== 'mdmf') throw new ParameterError(`unknown mutable format ${String(format)}`)
    const links = childLinks(options.children ?? [], false)
    let privateKey = options.privateKey
    let body: Uint8Array = new Uint8Array(0)
    if (links.length > 0) {
      // The body encrypts each child's write cap under the writekey, which comes from the key.
      privateKey ??= await this.#newKey(options.signal)
      const { writekey } = mutableWriteCapForKey(privateKey, format)
      body = packDirectory(links.map(link => linkEntry(link, link.metadata ?? {})), { writekey })
    }
    const file = await this.#components.mutable.create(body, { format, signal: options.signal, ...(privateKey === undefined ? {} : { privateKey }) })
    return formatCap(mutableDirCapOf(file))
  }

  async mkdirImmutable (children: ChildrenInput, options: JobOptions = {}): Promise<string> {
    const links = childLinks(children, true)
    const body = packDirectory(links.map(link => linkEntry(link, link.metadata ?? {})), { deepImmutable: true })
    if (body.length <= LIT_MAX_SIZE) return formatCap({ kind: 'dir2-lit', file: { kind: 'lit', data: body } })
    const { cap } = await this.#components.uploader.uploadStream(Readable.from([body]), { signal: options.signal })
    return formatCap(immutableDirCapOf(cap))
  }

  async list (dir: DirCapInput, options: JobOptions = {}): Promise<DirectoryListing> {
    return await this.#list(readableDirCap(dir), options.signal)
  }

  async get (dir: DirCapInput, path: string | readonly string[], options: JobOptions = {}): Promise<ResolvedChild> {
    const segments = segmentsOf(path)
    if (segments.length === 0) throw new ParameterError('an empty path names the directory itself, not a child')
    return await walk(readableDirCap(dir), segments, async cap => (await this.#list(cap, options.signal)).entries)
  }

  async set (dir: DirCapInput, name: string, child: string | ChildCapPair, options: SetOptions = {}): Promise<{ replaced: boolean }> {
    const cap = this.#writable(dir, 'linking a child')
    const link = linkOf(checkNewChildName(name), child, false, options.metadata)
    let replaced = false
    await this.#change(cap, (children, first) => {
      replaced = addLinks(children, [link], options.replace ?? true, this.#now(), first).length > 0
      return true
    }, options.signal)
    return { replaced }
  }

  async setChildren (dir: DirCapInput, children: ChildrenInput, options: SetChildrenOptions = {}): Promise<void> {
    const cap = this.#writable(dir, 'linking children')
    const links = childLinks(children, false)
    if (links.length === 0) return
    await this.#change(cap, (entries, first) => {
      addLinks(entries, links, options.overwrite ?? true, this.#now(), first)
      return true
    }, options.signal)
  }

  async unlink (dir: DirCapInput, name: string, options: JobOptions = {}): Promise<DirEntry | undefined> {
    const cap = this.#writable(dir, 'unlinking a child')
    const childName = normalizeChildName(name)
    let removed: DirEntry | undefined
    await this.#change(cap, (children, first) => {
      removed = removeLink(children, childName, first)
      return removed !== undefined
    }, options.signal)
    return removed
  }

  async rename (dir: DirCapInput, fromName: string, toName: string, options: MoveOptions = {}): Promise<void> {
    const cap = this.#writable(dir, 'renaming a child')
    const from = normalizeChildName(fromName)
    const to = checkNewChildName(toName)
    await this.#change(cap, (children, first) => renameLink(children, from, to, options.replace ?? true, this.#now(), first), options.signal)
  }

  async relink (fromDir: DirCapInput, fromName: string, toDir: DirCapInput, toName: string = fromName, options: MoveOptions = {}): Promise<void> {
    const source = this.#writable(fromDir, 'moving a child')
    const target = this.#writable(toDir, 'moving a child')
    if (sameDirectory(source, target)) {
      await this.rename(source, fromName, toName, options)
      return
    }
    const from = normalizeChildName(fromName)
    const to = checkNewChildName(toName)
    const entry = (await this.#list(source, options.signal)).entries.find(child => child.name === from)
    if (entry === undefined) throw new NoSuchChildError(from)
    // Linked first, so that a failure in between leaves the child in both directories, never in neither.
    await this.set(target, to, capsOf(entry), { replace: options.replace ?? true, metadata: entry.metadata, signal: options.signal })
    await this.#change(source, (children, first) => removeLink(children, from, first) !== undefined, options.signal)
  }

  async json (dir: DirCapInput, path: string | readonly string[] = [], options: JobOptions = {}): Promise<DirJson | ChildJson> {
    const cap = readableDirCap(dir)
    const segments = segmentsOf(path)
    const listDir = async (child: ReadableDirCap): Promise<DirEntry[]> => (await this.#list(child, options.signal)).entries
    if (segments.length === 0) return dirJson(cap, await listDir(cap))
    return await childNodeJson(await walk(cap, segments, listDir), listDir)
  }

  async #list (cap: ReadableDirCap, signal?: AbortSignal): Promise<DirectoryListing> {
    const body = await readBody(this.#modify, cap, signal)
    const { entries, problems } = unpackDirectory(body, dirnodeOptionsForCap(cap))
    const writable = isWritableDirCap(cap)
    // Unpacking without the writekey already yields read-only children; diminish makes sure of it.
    const shown = entries.map(entry => applyNoWrite(writable ? entry : diminish(entry)))
    return { entries: shown, problems, writable, mutable: isMutable(cap) }
  }

  #writable (dir: DirCapInput, what: string): WritableDirCap {
    const cap = readableDirCap(dir)
    if (!isWritableDirCap(cap)) throw new ReadOnlyDirectoryError(what, isImmutableDirCap(cap))
    return cap
  }

  async #change (cap: WritableDirCap, change: DirectoryChange, signal?: AbortSignal): Promise<void> {
    await modifyDirectory(this.#modify, cap, change, signal)
  }

  async #newKey (signal?: AbortSignal): Promise<RsaPrivateKey> {
    const pool = this.#components.keys
    return pool === undefined ? await RsaPrivateKey.generate() : await pool.take(signal)
  }
}

/** Directory operations over the given mutable-file actor, uploader and downloader. */
export function directories (components: DirectoriesComponents, init: DirectoriesInit = {}): Directories {
  return new DirectoriesImpl(components, init)
}
