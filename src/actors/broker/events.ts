/**
 * The broker's typed events. Each carries a snapshot of the server it is
 * about; listeners get a CustomEvent whose `detail` is that snapshot.
 */
import type { ServerInfo } from './server-info.js'

export interface BrokerEvents {
  /** A server announced itself for the first time (or for the first time since it expired). */
  'server:added': ServerInfo
  /** A known server announced a newer sequence number. */
  'server:updated': ServerInfo
  /** A server was not heard from within the TTL and left the table. */
  'server:removed': ServerInfo
  /** The connection to a known server opened, closed or is being retried. */
  'server:connection': ServerInfo
}

export type BrokerEventListener<K extends keyof BrokerEvents> = (event: CustomEvent<BrokerEvents[K]>) => void

/** An EventTarget whose event names and details are typed. */
export class BrokerEventTarget extends EventTarget {
  on<K extends keyof BrokerEvents> (type: K, listener: BrokerEventListener<K>, options?: AddEventListenerOptions): void {
    this.addEventListener(type, listener as EventListener, options)
  }

  off<K extends keyof BrokerEvents> (type: K, listener: BrokerEventListener<K>): void {
    this.removeEventListener(type, listener as EventListener)
  }

  emit<K extends keyof BrokerEvents> (type: K, detail: BrokerEvents[K]): void {
    this.dispatchEvent(new CustomEvent(type, { detail }))
  }
}
