/**
 * Yamux window updates once a good part of the window is used, instead of
 * after every data frame.
 *
 * @libp2p/yamux answers every data frame it receives with a window update,
 * so a small request and its reply cost four frames, each its own Noise
 * message, socket write and process wake-up, where two carry the data. When
 * to send an update is the receiver's choice in the yamux specification;
 * waiting until UPDATE_AFTER_BYTES have been consumed (a quarter of the
 * initial window) still leaves the sender room to keep sending, so no
 * transfer stalls. Updates that carry a flag (the ACK that accepts a new
 * stream) keep their usual behaviour.
 *
 * This replaces one method on the library's stream class; if the class
 * ever stops looking as expected, nothing is changed.
 */
import { StreamState, YamuxStream } from '@libp2p/yamux/stream'

/** Bytes consumed before a window update is sent. */
export const UPDATE_AFTER_BYTES = 64 * 1024

interface WindowFields {
  state: StreamState
  recvWindow: number
  recvWindowCapacity: number
}

let installed = false

/** Installs the rule for every yamux stream in this process; returns whether it is in effect. */
export function batchYamuxWindowUpdates (): boolean {
  if (installed) return true
  const prototype = YamuxStream.prototype as unknown as Record<string, unknown>
  const original = prototype.sendWindowUpdate
  if (typeof original !== 'function' || typeof StreamState.Established !== 'number') return false
  prototype.sendWindowUpdate = function (this: WindowFields, ...args: unknown[]): unknown {
    const { state, recvWindow, recvWindowCapacity } = this
    if (state === StreamState.Established && typeof recvWindow === 'number' && recvWindow - recvWindowCapacity < UPDATE_AFTER_BYTES) return undefined
    return (original as (...a: unknown[]) => unknown).apply(this, args)
  }
  installed = true
  return true
}
