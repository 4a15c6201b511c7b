/**
 * A storage server as the uploader, downloader and repairer see it: an id,
 * the seeds that place it on the permuted ring and key its leases, what it
 * announced, and the StorageServer (local or remote) that reaches it.
 */
import type { StorageServer } from './storage/interface.js'

export interface GridServer {
  /** Stable id (the libp2p peer id string); safe to log. */
  id: string
  /** Orders the permuted ring: SHA1(storage index || seed). Normally the 32-byte Ed25519 public key. */
  permutationSeed: Uint8Array
  /** Keys lease secrets and write enablers for this server (lafs: the same public key). */
  leaseSeed: Uint8Array
  /** From the announcement; servers below an upload's allocated size only report shares. */
  maximumImmutableShareSize?: number
  storage: StorageServer
}

/** Where actors get the current list of live storage servers. */
export type ServerSource = () => readonly GridServer[]
