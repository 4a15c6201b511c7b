/**
 * Shares closed together with their allocation (AllocateRequest.closeWritten)
 * that their uploader may still take back.
 *
 * An uploader that sends small shares whole, and has them closed in the
 * same call, learns only afterwards whether the upload as a whole reached
 * happiness. When it did not, it aborts its buckets as usual; for a share
 * already closed that abort withdraws it, so a failed upload leaves no
 * share behind, as when buckets are closed only after selection succeeded.
 *
 * A share can be withdrawn only by the upload that closed it (the same
 * upload secret), only for a while, and only as long as nobody else counts
 * on it: once another allocation has been told the share is here, or a
 * lease has been added or renewed on its storage index, it stays.
 */
import type { Clock } from './clock.js'
import { uploadKey } from './uploads.js'
import { secretsEqual } from '../../crypto/lease.js'

/** How long after its close a share can be withdrawn. */
export const WITHDRAW_WINDOW_MS = 10 * 60 * 1000
/** Most shares remembered at once; the oldest are forgotten first (they then stay). */
export const MAX_WITHDRAWABLE_SHARES = 4096

interface Entry {
  uploadSecret: Uint8Array
  closedAt: number
}

export class WithdrawableShares {
  readonly #clock: Clock
  readonly #windowMs: number
  readonly #limit: number
  /** Storage index name -> share number -> entry. */
  readonly #byIndex = new Map<string, Map<number, Entry>>()
  /** Every remembered share, oldest first (for the limit). */
  readonly #order = new Map<string, { storageIndexName: string, shareNumber: number }>()

  constructor (clock: Clock, windowMs = WITHDRAW_WINDOW_MS, limit = MAX_WITHDRAWABLE_SHARES) {
    this.#clock = clock
    this.#windowMs = windowMs
    this.#limit = limit
  }

  get size (): number {
    return this.#order.size
  }

  /** Remembers a share just closed with its allocation. */
  record (storageIndexName: string, shareNumber: number, uploadSecret: Uint8Array): void {
    this.#forget(storageIndexName, shareNumber)
    const shares = this.#byIndex.get(storageIndexName) ?? new Map<number, Entry>()
    shares.set(shareNumber, { uploadSecret, closedAt: this.#clock.now() })
    this.#byIndex.set(storageIndexName, shares)
    this.#order.set(uploadKey(storageIndexName, shareNumber), { storageIndexName, shareNumber })
    for (const oldest of this.#order.values()) {
      if (this.#order.size <= this.#limit) break
      this.#forget(oldest.storageIndexName, oldest.shareNumber)
    }
  }

  /**
   * Whether the share may be withdrawn by the holder of `uploadSecret`; if
   * so it is forgotten here, and the caller removes it.
   */
  take (storageIndexName: string, shareNumber: number, uploadSecret: Uint8Array): boolean {
    const entry = this.#byIndex.get(storageIndexName)?.get(shareNumber)
    if (entry === undefined) return false
    if (this.#clock.now() - entry.closedAt > this.#windowMs) {
      this.#forget(storageIndexName, shareNumber)
      return false
    }
    if (!secretsEqual(entry.uploadSecret, uploadSecret)) return false
    this.#forget(storageIndexName, shareNumber)
    return true
  }

  /** Someone other than the holder of `uploadSecret` now counts on this share: it stays. */
  countedBy (storageIndexName: string, shareNumber: number, uploadSecret: Uint8Array): void {
    const entry = this.#byIndex.get(storageIndexName)?.get(shareNumber)
    if (entry !== undefined && !secretsEqual(entry.uploadSecret, uploadSecret)) this.#forget(storageIndexName, shareNumber)
  }

  /** A lease now holds the storage index's shares: none of them can be withdrawn. */
  leased (storageIndexName: string): void {
    for (const shareNumber of [...this.#byIndex.get(storageIndexName)?.keys() ?? []]) this.#forget(storageIndexName, shareNumber)
  }

  #forget (storageIndexName: string, shareNumber: number): void {
    const shares = this.#byIndex.get(storageIndexName)
    if (shares?.delete(shareNumber) !== true) return
    if (shares.size === 0) this.#byIndex.delete(storageIndexName)
    this.#order.delete(uploadKey(storageIndexName, shareNumber))
  }
}
