/**
 * Keeps the broker's peers connected: dials at once when asked, and after a
 * failure or a disconnection retries with exponential backoff (jittered)
 * for as long as the peer is wanted. Timers only, no polling.
 */
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
  /** The dial in flight, if any. */
  controller?: AbortController
  /** Dial again as soon as the dial in flight ends (it was superseded by newer addresses). */
  again: boolean
  timer?: unknown
}

export class Redialer {
  private readonly states = new Map<string, DialState>()
  private readonly initialDelay: number
  private readonly maxDelay: number
  private readonly jitter: number
  private running = false

  constructor (private readonly init: RedialerInit) {
    this.initialDelay = init.options?.initialDelay ?? DEFAULT_REDIAL_INITIAL_DELAY
    this.maxDelay = init.options?.maxDelay ?? DEFAULT_REDIAL_MAX_DELAY
    this.jitter = init.options?.jitter ?? DEFAULT_REDIAL_JITTER
  }

  start (): void {
    this.running = true
  }

  stop (): void {
    this.running = false
    for (const state of this.states.values()) {
      this.init.clock.clearTimeout(state.timer)
      state.controller?.abort()
    }
    this.states.clear()
  }

  /**
   * Dials now, cancelling any wait, retrying on failure while the peer is
   * wanted. A dial already in flight is cancelled and made again: it may be
   * stuck on addresses the caller has just learnt are out of date.
   */
  dialSoon (peer: PeerId): void {
    const state = this.state(peer)
    this.clearTimer(state)
    if (state.controller !== undefined) {
      if (this.init.isConnected(peer)) return
      state.again = true
      state.controller.abort()
      return
    }
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
    state.controller?.abort()
    this.states.delete(peer.toString())
  }

  private state (peer: PeerId): DialState {
    const key = peer.toString()
    let state = this.states.get(key)
    if (state === undefined) {
      state = { peer, failures: 0, again: false }
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
    if (!this.running || state.controller !== undefined || this.init.isConnected(state.peer)) return
    const controller = new AbortController()
    state.controller = controller
    state.again = false
    this.init.onDialling(state.peer)
    this.init.dial(state.peer, controller.signal).then(() => {
      state.controller = undefined
      state.failures = 0
      if (!this.init.wanted(state.peer)) this.states.delete(state.peer.toString())
    }, (err: unknown) => {
      state.controller = undefined
      if (!this.running) return
      if (state.again) {
        this.attempt(state, retry)
        return
      }
      state.failures++
      this.init.onFailure(state.peer, err)
      if (retry && this.init.wanted(state.peer)) this.schedule(state, this.delay(state.failures))
      else if (!this.init.wanted(state.peer)) this.states.delete(state.peer.toString())
    })
  }
}
