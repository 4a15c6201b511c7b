/**
 * A FIFO between one producer and one consumer, bounded by item count and
 * by total size. A full queue makes the producer wait (back-pressure); it
 * never grows past its bounds, except that one item is always admitted into
 * an empty queue so an item larger than the byte bound cannot wedge it.
 */

interface Entry<T> {
  item: T
  size: number
}

export interface BoundedQueueInit {
  maxItems: number
  maxBytes: number
}

export class BoundedQueue<T> {
  readonly #maxItems: number
  readonly #maxBytes: number
  readonly #entries: Array<Entry<T>> = []
  #bytes = 0
  #closed = false
  #onSpace: (() => void) | undefined
  #onItem: (() => void) | undefined

  constructor (init: BoundedQueueInit) {
    this.#maxItems = init.maxItems
    this.#maxBytes = init.maxBytes
  }

  get length (): number {
    return this.#entries.length
  }

  /** Waits for room, then appends. Returns false (dropping the item) if the queue was closed. */
  async push (item: T, size: number): Promise<boolean> {
    while (!this.#closed && !this.#hasRoomFor(size)) {
      await new Promise<void>(resolve => { this.#onSpace = resolve })
    }
    if (this.#closed) return false
    this.#entries.push({ item, size })
    this.#bytes += size
    this.#wake('item')
    return true
  }

  /** The next item; undefined once the queue is closed and empty. */
  async shift (): Promise<T | undefined> {
    while (this.#entries.length === 0) {
      if (this.#closed) return undefined
      await new Promise<void>(resolve => { this.#onItem = resolve })
    }
    const entry = this.#entries.shift()
    if (entry == null) return undefined
    this.#bytes -= entry.size
    this.#wake('space')
    return entry.item
  }

  /** No more pushes; a waiting producer returns false, the consumer drains what is left. */
  close (): void {
    this.#closed = true
    this.#wake('space')
    this.#wake('item')
  }

  /** Closes and forgets what is queued. */
  clear (): void {
    this.#entries.length = 0
    this.#bytes = 0
    this.close()
  }

  #hasRoomFor (size: number): boolean {
    if (this.#entries.length === 0) return true
    return this.#entries.length < this.#maxItems && this.#bytes + size <= this.#maxBytes
  }

  #wake (which: 'space' | 'item'): void {
    const resolve = which === 'space' ? this.#onSpace : this.#onItem
    if (which === 'space') this.#onSpace = undefined
    else this.#onItem = undefined
    resolve?.()
  }
}
