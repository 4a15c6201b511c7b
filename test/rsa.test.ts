/**
 * RSA for mutable files: Tahoe's PSS parameters (checked against the
 * pycryptopp signature), canonical DER re-encoding, key-size rules.
 */
import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { constants, generateKeyPairSync, sign } from 'node:crypto'
import { loadJsonFixture, loadTahoeVectors } from './helpers/vectors.js'
import { RsaKeyFormatError, RsaKeySizeError, RsaPrivateKey, RsaPublicKey } from '../src/crypto/rsa.js'

const ascii = (text: string): Uint8Array => new TextEncoder().encode(text)
const hex = (bytes: Uint8Array): string => Buffer.from(bytes).toString('hex')

interface RsaKat { signature_base64: string, public_key_der_base64: string, private_key_der_base64: string, message_ascii: string }
const kat = loadJsonFixture<{ rsa_pss_signature: RsaKat }>('crypto-known-answers.json').rsa_pss_signature
const b64 = (text: string): Uint8Array => new Uint8Array(Buffer.from(text, 'base64'))

void describe('RSA-PSS with the pycryptopp key (e = 17)', () => {
  const publicKey = RsaPublicKey.fromSpkiDer(b64(kat.public_key_der_base64))
  const privateKey = RsaPrivateKey.fromPkcs8Der(b64(kat.private_key_der_base64))

  void it('verifies the published signature', () => {
    assert.equal(publicKey.modulusBits, 2048)
    assert.equal(publicKey.publicExponent, 17n)
    assert.equal(publicKey.verify(ascii(kat.message_ascii), b64(kat.signature_base64)), true)
  })

  void it('rejects a changed message, a changed signature and junk', () => {
    const signature = b64(kat.signature_base64)
    assert.equal(publicKey.verify(ascii('tesT'), signature), false)
    signature[10] = (signature[10] ?? 0) ^ 1
    assert.equal(publicKey.verify(ascii(kat.message_ascii), signature), false)
    assert.equal(publicKey.verify(ascii(kat.message_ascii), new Uint8Array(3)), false)
  })

  void it('re-encodes both halves to the exact DER bytes pycryptopp stored', () => {
    assert.equal(hex(privateKey.toPkcs8Der()), hex(b64(kat.private_key_der_base64)))
    assert.equal(hex(privateKey.publicKey.toSpkiDer()), hex(b64(kat.public_key_der_base64)))
    assert.equal(hex(publicKey.toSpkiDer()), hex(b64(kat.public_key_der_base64)))
  })

  void it('signs with salt length 32 and refuses signatures with another salt length', () => {
    const message = ascii('a mutable share header')
    const signature = privateKey.sign(message)
    assert.equal(signature.length, 256)
    assert.equal(publicKey.verify(message, signature), true)
    const pem = privateKey.toPkcs8Pem()
    const shortSalt = sign('sha256', message, { key: pem, padding: constants.RSA_PKCS1_PSS_PADDING, saltLength: 20 })
    assert.equal(publicKey.verify(message, shortSalt), false)
    const pkcs1v15 = sign('sha256', message, pem)
    assert.equal(publicKey.verify(message, pkcs1v15), false)
  })
})

void describe('RSA key parsing', () => {
  const vector = loadTahoeVectors().find(v => v.format.kind === 'ssk')
  const pkcs1Pem = vector?.format.params?.key ?? ''

  void it('reads PKCS#1 and PKCS#8 PEM and PKCS#8 DER to the same key', () => {
    assert.match(pkcs1Pem, /BEGIN RSA PRIVATE KEY/)
    const fromPkcs1 = RsaPrivateKey.fromPem(pkcs1Pem)
    const pkcs8Pem = fromPkcs1.toPkcs8Pem()
    assert.match(pkcs8Pem, /BEGIN PRIVATE KEY/)
    const fromPkcs8 = RsaPrivateKey.fromPem(ascii(pkcs8Pem))
    const fromDer = RsaPrivateKey.fromPkcs8Der(fromPkcs1.toPkcs8Der())
    assert.equal(hex(fromPkcs8.toPkcs8Der()), hex(fromPkcs1.toPkcs8Der()))
    assert.equal(hex(fromDer.publicKey.toSpkiDer()), hex(fromPkcs1.publicKey.toSpkiDer()))
    assert.equal(fromPkcs1.publicKey.toSpkiDer().length, 294, 'SPKI DER of a 2048-bit key with e = 65537')
  })

  void it('hands out copies of the DER, so callers cannot corrupt the key', () => {
    const key = RsaPrivateKey.fromPem(pkcs1Pem)
    const der = key.toPkcs8Der()
    der.fill(0)
    assert.notEqual(hex(key.toPkcs8Der()), hex(der))
  })

  void it('rejects keys that are not 2048 bits with RsaKeySizeError', () => {
    const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 1024 })
    const pem = privateKey.export({ format: 'pem', type: 'pkcs1' }).toString()
    assert.throws(() => RsaPrivateKey.fromPem(pem), (err: unknown) =>
      err instanceof RsaKeySizeError && err.code === 'ERR_PARAMETER' && /2048/.test(err.message) && /1024/.test(err.message))
    const der = new Uint8Array(privateKey.export({ format: 'der', type: 'pkcs8' }))
    assert.throws(() => RsaPrivateKey.fromPkcs8Der(der), RsaKeySizeError)
  })

  void it('rejects junk, public keys, other key types and encrypted keys with RsaKeyFormatError', () => {
    assert.throws(() => RsaPrivateKey.fromPem('hello'), RsaKeyFormatError)
    assert.throws(() => RsaPrivateKey.fromPem('-----BEGIN RSA PRIVATE KEY-----\nAAAA\n-----END RSA PRIVATE KEY-----\n'), RsaKeyFormatError)
    assert.throws(() => RsaPrivateKey.fromPkcs8Der(new Uint8Array(100)), RsaKeyFormatError)
    assert.throws(() => RsaPublicKey.fromSpkiDer(new Uint8Array(10)), RsaKeyFormatError)
    const { publicKey, privateKey } = generateKeyPairSync('ed25519')
    assert.throws(() => RsaPrivateKey.fromPem(publicKey.export({ format: 'pem', type: 'spki' }).toString()), RsaKeyFormatError)
    assert.throws(() => RsaPrivateKey.fromPem(privateKey.export({ format: 'pem', type: 'pkcs8' }).toString()), /not an RSA key/)
    assert.throws(() => RsaPublicKey.fromSpkiDer(new Uint8Array(publicKey.export({ format: 'der', type: 'spki' }))), /not an RSA key/)
    const encrypted = generateKeyPairSync('rsa', { modulusLength: 1024 }).privateKey
      .export({ format: 'pem', type: 'pkcs8', cipher: 'aes-128-cbc', passphrase: 'pw' }).toString()
    assert.throws(() => RsaPrivateKey.fromPem(encrypted), RsaKeyFormatError)
  })
})

void describe('RSA key generation', () => {
  void it('makes a 2048-bit key with e = 65537 without blocking, which signs and verifies', async () => {
    const pending = RsaPrivateKey.generate()
    let ticked = false
    setImmediate(() => { ticked = true })
    const key = await pending
    assert.equal(ticked, true, 'the event loop ran while the key was generated')
    assert.equal(key.publicKey.modulusBits, 2048)
    assert.equal(key.publicKey.publicExponent, 65537n)
    const message = ascii('hello')
    const verifier = RsaPublicKey.fromSpkiDer(key.publicKey.toSpkiDer())
    assert.equal(verifier.verify(message, key.sign(message)), true)
  })
})
