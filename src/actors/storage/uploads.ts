/**
 * The immutable uploads in progress: which buckets are open, who may write
 * them (the upload secret), how much space they hold back, and an idle
 * timer per upload that aborts it after a period without writes.
 */
import type { Clock } from './clock.js'
import { RangeSet } from './ranges.js'

export interface OpenUpload {
  readonly key: string
  readonly storageIndex: Uint8Array
  readonly storageIndexName: string
  readonly shareNumber: number
  readonly uploadSecret: Uint8Array
  readonly allocatedSize: number
  readonly incomingPath: string
  readonly finalPath: string
  readonly written: RangeSet
  timer?: unknown
}

export type NewUpload = Omit<OpenUpload, 'key' | 'written' | 'timer'>

export function uploadKey (storageIndexName: string, shareNumber: number): string {
  return `${storageIndexName}/${shareNumber}`
}

export class UploadTable {
  private readonly uploads = new Map<string, OpenUpload>()

  constructor (
    private readonly clock: Clock,
    private readonly idleTimeoutMs: number,
    private readonly onIdle: (upload: OpenUpload) => void
  ) {}

  get size (): number {
    return this.uploads.size
  }

  get (storageIndexName: string, shareNumber: number): OpenUpload | undefined {
    return this.uploads.get(uploadKey(storageIndexName, shareNumber))
  }

  /** Whether `upload` is still the open upload for its share. */
  isOpen (upload: OpenUpload): boolean {
    return this.uploads.get(upload.key) === upload
  }

  open (fields: NewUpload): OpenUpload {
    const upload: OpenUpload = { ...fields, key: uploadKey(fields.storageIndexName, fields.shareNumber), written: new RangeSet() }
    this.uploads.set(upload.key, upload)
    this.touch(upload)
    return upload
  }

  /** Restarts the idle timer: called on every write. */
  touch (upload: OpenUpload): void {
    if (upload.timer !== undefined) this.clock.clearTimeout(upload.timer)
    upload.timer = this.clock.setTimeout(() => { this.onIdle(upload) }, this.idleTimeoutMs)
  }

  /** Forgets an upload (closed or aborted) and stops its timer. */
  remove (upload: OpenUpload): void {
    if (upload.timer !== undefined) this.clock.clearTimeout(upload.timer)
    upload.timer = undefined
    if (this.isOpen(upload)) this.uploads.delete(upload.key)
  }

  /** Space promised to open uploads and not yet released. */
  pendingBytes (): number {
    let total = 0
    for (const upload of this.uploads.values()) total += upload.allocatedSize
    return total
  }

  all (): OpenUpload[] {
    return [...this.uploads.values()]
  }
}
