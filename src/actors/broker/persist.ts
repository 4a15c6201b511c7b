/**
 * Saving and reloading the broker's table through its ServerStore: saves
 * are coalesced (one write for a burst of changes, the earliest deadline
 * wins) and serialised; what is loaded is verified again before use.
 */
import type { PeerId } from '@libp2p/interface'
import { openAnnouncement, type VerifiedAnnouncement } from '../../protocol/announce.js'
import type { Clock } from '../storage/clock.js'
import type { SavedServer, ServerStore } from './store.js'

export interface PersistLog {
  error: (message: string, ...args: unknown[]) => void
}

export interface LoadedServer {
  verified: VerifiedAnnouncement
  lastHeard: number
}

/** The saved servers whose announcements still verify, except `self`, at most `limit` of them. */
export async function loadServers (store: ServerStore, self: PeerId, limit: number, log: PersistLog): Promise<LoadedServer[]> {
  let saved: SavedServer[]
  try {
    saved = await store.load()
  } catch (err: unknown) {
    log.error('could not load the saved server table: %s', err instanceof Error ? err.message : String(err))
    return []
  }
  const loaded: LoadedServer[] = []
  for (const { envelope, lastHeard } of saved.slice(0, limit)) {
    let verified
    try {
      verified = await openAnnouncement(envelope)
    } catch {
      log.error('dropping a saved server whose announcement no longer verifies')
      continue
    }
    if (!verified.peerId.equals(self)) loaded.push({ verified, lastHeard })
  }
  return loaded
}

export class TableSaver {
  private timer: unknown
  private due = Infinity
  private saving: Promise<void> = Promise.resolve()

  constructor (
    private readonly store: ServerStore,
    private readonly clock: Clock,
    private readonly log: PersistLog,
    private readonly snapshot: () => SavedServer[]
  ) {}

  /** Saves after `delay` ms, unless a save is already due sooner. */
  schedule (delay: number): void {
    const due = this.clock.now() + delay
    if (this.timer !== undefined && this.due <= due) return
    this.clock.clearTimeout(this.timer)
    this.due = due
    this.timer = this.clock.setTimeout(() => {
      this.timer = undefined
      this.due = Infinity
      this.save()
    }, delay)
  }

  /** Saves now if a save is pending; resolves when every save has finished. */
  async flush (): Promise<void> {
    if (this.timer !== undefined) {
      this.clock.clearTimeout(this.timer)
      this.timer = undefined
      this.due = Infinity
      this.save()
    }
    await this.saving
  }

  private save (): void {
    const servers = this.snapshot()
    this.saving = this.saving
      .then(async () => this.store.save(servers))
      .catch((err: unknown) => {
        this.log.error('could not save the server table: %s', err instanceof Error ? err.message : String(err))
      })
  }
}
