/**
 * Keeps the broker's peers connected: dials at once when asked, and after a
 * failure or a disconnection retries with exponential backoff (jittered)
 * for as long as the peer is wanted. Timers only, no polling.
 */
import { setMaxListeners } from 'node:events'
import type { PeerId } from '@libp2p/interface'
import type { Clock } from '../storage/clock.js'

export interface RedialOptions {
  /** Wait before the first retry, in ms (nodes of a grid often start together and a few hundred ms apart). @default 250 */
  initialDelay?: number
  /** Longest wait between retries, in ms. @default 60000 */
  maxDelay?: number
  /** Each wait varies randomly by up to this fraction. @default 0.2 */
  jitter?: number
}

export const DEFAULT_REDIAL_INITIAL_DELAY = 250
export const DEFAULT_REDIAL_MAX_DELAY = 60_000
export const DEFAULT_REDIAL_JITTER = 0.2

export interface RedialerInit {
  clock: Clock
  options?: RedialOptions
  /** Whether the peer should still be kept connected. */
  wanted: (peer: PeerId) => boolean
  isConnected: (peer: PeerId) => boolean
  dial: (peer: PeerId, signal: AbortSignal) => Promise<void>
  onDialling: (peer: PeerId) => void
  onFailure: (peer: PeerId, err: unknown) => void
}

interface DialState {
  peer: PeerId
  failures: number
  dialling: boolean
  timer?: unknown
}

export class Redialer {
  private readonly states = new Map<string, DialState>()
  private readonly initialDelay: number
  private readonly maxDelay: number
  private readonly jitter: number
  private abort = new AbortController()
  private running = false

  constructor (private readonly init: RedialerInit) {
    this.initialDelay = init.options?.initialDelay ?? DEFAULT_REDIAL_INITIAL_DELAY
    this.maxDelay = init.options?.maxDelay ?? DEFAULT_REDIAL_MAX_DELAY
    this.jitter = init.options?.jitter ?? DEFAULT_REDIAL_JITTER
  }

  start (): void {
    this.abort = new AbortController()
    // Every dial in flight listens on this one signal; there is one per wanted peer.
    setMaxListeners(Infinity, this.abort.signal)
    this.running = true
  }

  stop (): void {
    this.running = false
    this.abort.abort()
    for (const state of this.states.values()) this.init.clock.clearTimeout(state.timer)
    this.states.clear()
  }

  /** Dials now (cancelling any wait), retrying on failure while the peer is wanted. */
  dialSoon (peer: PeerId): void {
    const state = this.state(peer)
    this.clearTimer(state)
    this.attempt(state, true)
  }

  /** Dials now, once, without retries (a peer discovered on the local network). */
  dialOnce (peer: PeerId): void {
    if (this.states.has(peer.toString())) return
    this.attempt(this.state(peer), false)
  }

  connected (peer: PeerId): void {
    const state = this.states.get(peer.toString())
    if (state === undefined) return
    state.failures = 0
    this.clearTimer(state)
  }

  disconnected (peer: PeerId): void {
    if (!this.running || !this.init.wanted(peer)) return
    // Wait before redialling: the peer may be stopping, and it dials us when it comes back.
    const state = this.state(peer)
    this.schedule(state, this.delay(state.failures + 1))
  }

  forget (peer: PeerId): void {
    const state = this.states.get(peer.toString())
    if (state === undefined || this.init.wanted(peer)) return
    this.clearTimer(state)
    this.states.delete(peer.toString())
  }

  private state (peer: PeerId): DialState {
    const key = peer.toString()
    let state = this.states.get(key)
    if (state === undefined) {
      state = { peer, failures: 0, dialling: false }
      this.states.set(key, state)
    }
    return state
  }

  private delay (failures: number): number {
    const base = Math.min(this.initialDelay * 2 ** Math.max(failures - 1, 0), this.maxDelay)
    return Math.round(base * (1 + this.jitter * (2 * Math.random() - 1)))
  }

  private clearTimer (state: DialState): void {
    if (state.timer === undefined) return
    this.init.clock.clearTimeout(state.timer)
    state.timer = undefined
  }

  private schedule (state: DialState, delay: number): void {
    if (state.timer !== undefined) return
    state.timer = this.init.clock.setTimeout(() => {
      state.timer = undefined
      this.attempt(state, true)
    }, delay)
  }

  private attempt (state: DialState, retry: boolean): void {
    if (!this.running || state.dialling || this.init.isConnected(state.peer)) return
    state.dialling = true
    this.init.onDialling(state.peer)
    this.init.dial(state.peer, this.abort.signal).then(() => {
      state.dialling = false
      state.failures = 0
      if (!this.init.wanted(state.peer)) this.states.delete(state.peer.toString())
    }, (err: unknown) => {
      state.dialling = false
      if (!this.running) return
      state.failures++
      this.init.onFailure(state.peer, err)
      if (retry && this.init.wanted(state.peer)) this.schedule(state, this.delay(state.failures))
      else if (!this.init.wanted(state.peer)) this.states.delete(state.peer.toString())
    })
  }
}
