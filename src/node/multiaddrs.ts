/**
 * Checks on the multiaddrs a node is configured with. The only transport is
 * TCP, so every address must name one; bootstrap addresses must also name
 * the peer to expect there.
 */
import { peerIdFromString } from '@libp2p/peer-id'
import { multiaddr, type Component } from '@multiformats/multiaddr'
import { ParameterError } from '../errors.js'

export class AddressError extends ParameterError {}

const IP_CODES = new Set(['ip4', 'ip6'])
const HOST_CODES = new Set(['ip4', 'ip6', 'dns', 'dns4', 'dns6'])

function components (text: string): Component[] {
  try {
    return multiaddr(text).getComponents()
  } catch (err: unknown) {
    throw new AddressError(`not a multiaddr: ${JSON.stringify(text)}`, { cause: err })
  }
}

function isTcpPort (component: Component | undefined): boolean {
  return component?.name === 'tcp' && /^\d+$/.test(component.value ?? '') && Number(component.value) <= 65535
}

/** `/ip4/ADDR/tcp/PORT` or `/ip6/ADDR/tcp/PORT` (port 0: any free port). */
export function checkListenAddress (text: string): void {
  const parts = components(text)
  if (parts.length !== 2 || !IP_CODES.has(parts[0]?.name ?? '') || !isTcpPort(parts[1])) {
    throw new AddressError(`listen addresses have the form /ip4/ADDRESS/tcp/PORT or /ip6/ADDRESS/tcp/PORT, not ${JSON.stringify(text)}`)
  }
}

/** A host (IP or DNS name) and a TCP port, without /p2p/. */
export function checkAnnounceAddress (text: string): void {
  const parts = components(text)
  if (parts.length !== 2 || !HOST_CODES.has(parts[0]?.name ?? '') || !isTcpPort(parts[1]) || parts[1]?.value === '0') {
    throw new AddressError(`announce addresses have the form /ip4/ADDRESS/tcp/PORT or /dns/NAME/tcp/PORT, not ${JSON.stringify(text)}`)
  }
}

/** A host, a TCP port and the peer id expected there: `/ip4/ADDRESS/tcp/PORT/p2p/PEERID`. */
export function checkBootstrapAddress (text: string): void {
  const parts = components(text)
  const peer = parts[2]
  if (parts.length !== 3 || !HOST_CODES.has(parts[0]?.name ?? '') || !isTcpPort(parts[1]) || peer?.name !== 'p2p') {
    throw new AddressError(`bootstrap addresses have the form /ip4/ADDRESS/tcp/PORT/p2p/PEERID, not ${JSON.stringify(text)}`)
  }
  try {
    peerIdFromString(peer.value ?? '')
  } catch (err: unknown) {
    throw new AddressError(`not a peer id in ${JSON.stringify(text)}`, { cause: err })
  }
}

/** The peer id string at the end of a checked bootstrap address. */
export function bootstrapPeerId (text: string): string {
  return multiaddr(text).getComponents().findLast(c => c.name === 'p2p')?.value ?? ''
}
