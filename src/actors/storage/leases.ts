/**
 * Lease records (spec d.2, d.3). A lease is an owner number, a renew and a
 * cancel secret, an expiration time in Unix seconds and, in mutable
 * containers, the 20-byte id of the node that accepted it. Version-2
 * containers keep BLAKE2b-256 hashes of the secrets; version 1 kept them in
 * clear, and is still read and extended in its own form.
 */
import { hashLeaseSecretAtRest, secretsEqual, type LeaseSecrets } from '../../crypto/lease.js'
import { LEASE_DURATION_SECONDS, SECRET_SIZE } from './constants.js'

/** `>L32s32sL`: owner, renew secret, cancel secret, expiration. */
export const IMMUTABLE_LEASE_SIZE = 72
/** `>LL32s32s20s`: owner, expiration, renew secret, cancel secret, node id. */
export const MUTABLE_LEASE_SIZE = 92
/** Bytes of the node id in a mutable container and its leases. */
export const CONTAINER_NODE_ID_SIZE = 20

/** Owner number of leases made at allocation (Tahoe's Foolscap default). */
export const ALLOCATION_LEASE_OWNER = 0
/** Owner number of leases made by add_lease and mutable writes; 0 marks an empty mutable slot. */
export const LEASE_OWNER = 1

const MAX_UINT32 = 0xffffffff

/** How secrets are kept in a container. */
export type SecretForm = 'hashed' | 'clear'

export interface LeaseRecord {
  owner: number
  /** As stored: hashed or clear, by the container's version. */
  renewSecret: Uint8Array
  cancelSecret: Uint8Array
  /** Unix seconds. */
  expiration: number
  /** Mutable leases only. */
  nodeId: Uint8Array
}

/** The stored form of a presented secret. */
export function storedSecret (secret: Uint8Array, form: SecretForm): Uint8Array {
  return form === 'hashed' ? hashLeaseSecretAtRest(secret) : secret
}

/** Expiration for a lease granted or renewed at `nowMs`. */
export function leaseExpiration (nowMs: number): number {
  return Math.min(MAX_UINT32, Math.floor(nowMs / 1000) + LEASE_DURATION_SECONDS)
}

export function makeLease (owner: number, secrets: LeaseSecrets, expiration: number, nodeId: Uint8Array, form: SecretForm): LeaseRecord {
  return {
    owner,
    renewSecret: storedSecret(secrets.renewSecret, form),
    cancelSecret: storedSecret(secrets.cancelSecret, form),
    expiration,
    nodeId: nodeId.subarray(0, CONTAINER_NODE_ID_SIZE)
  }
}

/** Whether `lease` was granted with the renew secret whose stored form is `stored`. */
export function leaseMatches (lease: LeaseRecord, stored: Uint8Array): boolean {
  return secretsEqual(lease.renewSecret, stored)
}

export function encodeImmutableLease (lease: LeaseRecord): Uint8Array {
  const out = new Uint8Array(IMMUTABLE_LEASE_SIZE)
  const view = new DataView(out.buffer)
  view.setUint32(0, lease.owner)
  out.set(lease.renewSecret.subarray(0, SECRET_SIZE), 4)
  out.set(lease.cancelSecret.subarray(0, SECRET_SIZE), 36)
  view.setUint32(68, lease.expiration)
  return out
}

export function decodeImmutableLease (bytes: Uint8Array): LeaseRecord {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  return {
    owner: view.getUint32(0),
    renewSecret: bytes.slice(4, 36),
    cancelSecret: bytes.slice(36, 68),
    expiration: view.getUint32(68),
    nodeId: new Uint8Array(0)
  }
}

export function encodeMutableLease (lease: LeaseRecord): Uint8Array {
  const out = new Uint8Array(MUTABLE_LEASE_SIZE)
  const view = new DataView(out.buffer)
  view.setUint32(0, lease.owner)
  view.setUint32(4, lease.expiration)
  out.set(lease.renewSecret.subarray(0, SECRET_SIZE), 8)
  out.set(lease.cancelSecret.subarray(0, SECRET_SIZE), 40)
  out.set(lease.nodeId.subarray(0, CONTAINER_NODE_ID_SIZE), 72)
  return out
}

export function decodeMutableLease (bytes: Uint8Array): LeaseRecord {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  return {
    owner: view.getUint32(0),
    expiration: view.getUint32(4),
    renewSecret: bytes.slice(8, 40),
    cancelSecret: bytes.slice(40, 72),
    nodeId: bytes.slice(72, 92)
  }
}
