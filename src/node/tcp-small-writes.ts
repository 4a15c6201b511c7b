/**
 * A small message leaves through one system call instead of several.
 *
 * Noise hands the TCP connection each message as its two-byte length and
 * its ciphertext, and @libp2p/tcp writes every piece with its own
 * `socket.write()`: a storage call or its reply, a window update or a
 * ping, costs two writes and two TCP segments, the first two bytes long,
 * and often wakes the peer twice. Here the socket is corked while the
 * connection hands it a send that fits under the socket's high-water mark
 * (16 KiB, so that no write reports back-pressure while corked), and Node
 * passes the pieces to the kernel together (one writev). Measured with
 * `npm run bench:wire` (run d, five alternating pairs): storage server CPU
 * per listBuckets call 370-380 us against 373-443 us. Larger sends are left
 * as they are: their pieces are large already.
 *
 * This wraps one method of @libp2p/utils' connection base class, for
 * connections that hold a Node socket; if the class ever stops looking as
 * expected, nothing is changed.
 */
import { Socket } from 'node:net'
import { AbstractMultiaddrConnection } from '@libp2p/utils'

interface ConnectionFields {
  socket?: unknown
  writeBuffer?: { byteLength?: unknown }
}

let installed = false

/** Installs the rule for every TCP connection in this process; returns whether it is in effect. */
export function coalesceSmallTcpWrites (): boolean {
  if (installed) return true
  const prototype = AbstractMultiaddrConnection.prototype as unknown as Record<string, unknown>
  const original = prototype.processSendQueue
  if (typeof original !== 'function') return false
  const send = original as (this: ConnectionFields, ...args: unknown[]) => unknown
  prototype.processSendQueue = function (this: ConnectionFields, ...args: unknown[]): unknown {
    const socket = this.socket
    const queued = this.writeBuffer?.byteLength
    if (!(socket instanceof Socket) || typeof queued !== 'number' || queued === 0 || queued + socket.writableLength >= socket.writableHighWaterMark) {
      return send.apply(this, args)
    }
    socket.cork()
    try {
      return send.apply(this, args)
    } finally {
      socket.uncork()
    }
  }
  installed = true
  return true
}
