/**
 * What a connection hands its TCP socket at once leaves in one system call.
 *
 * Noise hands the TCP connection each message as its two-byte length, its
 * ciphertext and its tag, and @libp2p/tcp writes every piece with its own
 * `socket.write()`: a storage call or its reply cost three writes and three
 * TCP segments, the first two bytes long, and often woke the peer more than
 * once; a block of a megabyte went out in 48 writes. Here the socket is
 * corked while the connection hands it what is queued, and Node passes the
 * pieces to the kernel together (one writev). The sockets' write high-water
 * mark is raised to WRITE_HIGH_WATER_MARK (TCP_SOCKET_OPTIONS) so that a
 * large send is not cut short by back-pressure after its first piece.
 *
 * Measured with `npm run bench:wire` (run d, five alternating pairs), small
 * calls only: storage server CPU per listBuckets call 370-380 us against
 * 373-443 us. On a 10-node testnet, 100 MiB uploads (three alternating
 * pairs of two): gateway CPU 1.27-1.33 s against 1.29-1.53 s.
 *
 * This wraps one method of @libp2p/utils' connection base class, for
 * connections that hold a Node socket; if the class ever stops looking as
 * expected, nothing is changed.
 */
import { Socket } from 'node:net'
import type { TCPSocketOptions } from '@libp2p/tcp'
import { AbstractMultiaddrConnection } from '@libp2p/utils'

interface ConnectionFields {
  socket?: unknown
  writeBuffer?: { byteLength?: unknown }
}

/** Bytes a socket queues before it reports back-pressure (Node's default is 16 KiB). */
export const WRITE_HIGH_WATER_MARK = 256 * 1024

/**
 * Options for @libp2p/tcp: its dialOpts go to net.connect and its
 * listenOpts to net.createServer, both of which take a high-water mark,
 * though the transport's option types do not list it.
 */
export const TCP_SOCKET_OPTIONS: { dialOpts: TCPSocketOptions, listenOpts: TCPSocketOptions } = {
  dialOpts: { writableHighWaterMark: WRITE_HIGH_WATER_MARK } as TCPSocketOptions,
  listenOpts: { highWaterMark: WRITE_HIGH_WATER_MARK } as TCPSocketOptions
}

let installed = false

/** Installs the rule for every TCP connection in this process; returns whether it is in effect. */
export function gatherTcpWrites (): boolean {
  if (installed) return true
  const prototype = AbstractMultiaddrConnection.prototype as unknown as Record<string, unknown>
  const original = prototype.processSendQueue
  if (typeof original !== 'function') return false
  const send = original as (this: ConnectionFields, ...args: unknown[]) => unknown
  prototype.processSendQueue = function (this: ConnectionFields, ...args: unknown[]): unknown {
    const socket = this.socket
    const queued = this.writeBuffer?.byteLength
    if (!(socket instanceof Socket) || typeof queued !== 'number' || queued === 0) return send.apply(this, args)
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
