/**
 * RSA for mutable files (spec f.1): 2048-bit signing keys, RSASSA-PSS with
 * SHA-256, MGF1-SHA-256 and a 32-byte salt. The key serializations that feed
 * Tahoe's hashes are PKCS#8 DER (private) and SubjectPublicKeyInfo DER
 * (public); OpenSSL writes both in canonical DER, which is what Tahoe hashes.
 */
import {
  constants,
  createPrivateKey,
  createPublicKey,
  generateKeyPair,
  sign,
  verify,
  type KeyObject
} from 'node:crypto'
import { promisify } from 'node:util'
import { FormatError, ParameterError } from '../errors.js'

/** Tahoe creates and accepts only signing keys of this size. */
export const RSA_KEY_BITS = 2048
/** The exponent of new keys; keys from the pycryptopp era use 17 and stay valid. */
export const RSA_PUBLIC_EXPONENT = 65537
/** The PSS salt length pycryptopp used; Tahoe must keep it to verify old signatures. */
export const RSA_PSS_SALT_LENGTH = 32

const PSS_OPTIONS = {
  padding: constants.RSA_PKCS1_PSS_PADDING,
  saltLength: RSA_PSS_SALT_LENGTH
} as const
const DIGEST = 'sha256'

const generateKeyPairAsync = promisify(generateKeyPair)

/** Bytes or text that do not hold an RSA key in a form we read. */
export class RsaKeyFormatError extends FormatError {}

/** An RSA signing key whose modulus is not 2048 bits. */
export class RsaKeySizeError extends ParameterError {}

function describeFailure (err: unknown): string {
  // OpenSSL's messages name the failing decoder, never the key bytes.
  return err instanceof Error ? err.message : String(err)
}

function requireRsa (key: KeyObject, what: string): void {
  if (key.asymmetricKeyType !== 'rsa') {
    throw new RsaKeyFormatError(`${what} is a ${key.asymmetricKeyType ?? 'non-asymmetric'} key, not an RSA key`)
  }
}

/** The public half of a mutable file's key pair: checks signatures. */
export class RsaPublicKey {
  readonly #key: KeyObject
  #spki: Uint8Array | undefined

  private constructor (key: KeyObject) {
    this.#key = key
  }

  /** @internal Wraps a node KeyObject already known to be an RSA public key. */
  static fromKeyObject (key: KeyObject): RsaPublicKey {
    if (key.type !== 'public') throw new RsaKeyFormatError(`expected a public key, got a ${key.type} key`)
    requireRsa(key, 'the public key')
    return new RsaPublicKey(key)
  }

  /** Reads a SubjectPublicKeyInfo DER, the form stored in mutable shares. */
  static fromSpkiDer (der: Uint8Array): RsaPublicKey {
    let key: KeyObject
    try {
      key = createPublicKey({ key: Buffer.from(der), format: 'der', type: 'spki' })
    } catch (err: unknown) {
      throw new RsaKeyFormatError(`not a SubjectPublicKeyInfo DER public key: ${describeFailure(err)}`, { cause: err })
    }
    return RsaPublicKey.fromKeyObject(key)
  }

  get modulusBits (): number {
    return this.#key.asymmetricKeyDetails?.modulusLength ?? 0
  }

  get publicExponent (): bigint {
    return this.#key.asymmetricKeyDetails?.publicExponent ?? 0n
  }

  /** SubjectPublicKeyInfo DER: the bytes the mutable fingerprint hashes. */
  toSpkiDer (): Uint8Array {
    this.#spki ??= new Uint8Array(this.#key.export({ format: 'der', type: 'spki' }))
    return this.#spki.slice()
  }

  /** True when `signature` is a valid RSASSA-PSS (SHA-256, salt 32) signature of `message`. */
  verify (message: Uint8Array, signature: Uint8Array): boolean {
    try {
      return verify(DIGEST, message, { key: this.#key, ...PSS_OPTIONS }, signature)
    } catch {
      // OpenSSL throws on some malformed signatures (e.g. wrong length); those are just invalid.
      return false
    }
  }
}

/** A mutable file's signing key. Always 2048 bits; any public exponent. */
export class RsaPrivateKey {
  readonly #key: KeyObject
  readonly publicKey: RsaPublicKey
  #pkcs8: Uint8Array | undefined

  private constructor (key: KeyObject) {
    requireRsa(key, 'the private key')
    const bits = key.asymmetricKeyDetails?.modulusLength
    if (bits !== RSA_KEY_BITS) {
      throw new RsaKeySizeError(`RSA signing keys must be ${RSA_KEY_BITS} bits, this one is ${bits ?? 'of unknown size'}`)
    }
    this.#key = key
    this.publicKey = RsaPublicKey.fromKeyObject(createPublicKey(key))
  }

  /** Reads a PEM private key: PKCS#1 (`BEGIN RSA PRIVATE KEY`) or unencrypted PKCS#8 (`BEGIN PRIVATE KEY`). */
  static fromPem (pem: string | Uint8Array): RsaPrivateKey {
    const text = typeof pem === 'string' ? pem : Buffer.from(pem).toString('latin1')
    if (!text.includes('-----BEGIN')) throw new RsaKeyFormatError('not a PEM private key: no -----BEGIN line')
    let key: KeyObject
    try {
      key = createPrivateKey({ key: text, format: 'pem' })
    } catch (err: unknown) {
      throw new RsaKeyFormatError(`not a readable unencrypted PEM private key: ${describeFailure(err)}`, { cause: err })
    }
    return new RsaPrivateKey(key)
  }

  /** Reads a PKCS#8 DER private key, the form encrypted into mutable shares. */
  static fromPkcs8Der (der: Uint8Array): RsaPrivateKey {
    let key: KeyObject
    try {
      key = createPrivateKey({ key: Buffer.from(der), format: 'der', type: 'pkcs8' })
    } catch (err: unknown) {
      throw new RsaKeyFormatError(`not a PKCS#8 DER private key: ${describeFailure(err)}`, { cause: err })
    }
    return new RsaPrivateKey(key)
  }

  /** A new 2048-bit key with e = 65537, generated off the event loop. */
  static async generate (): Promise<RsaPrivateKey> {
    const { privateKey } = await generateKeyPairAsync('rsa', {
      modulusLength: RSA_KEY_BITS,
      publicExponent: RSA_PUBLIC_EXPONENT
    })
    return new RsaPrivateKey(privateKey)
  }

  /** PKCS#8 DER: the bytes the mutable writekey hashes. Treat as secret. */
  toPkcs8Der (): Uint8Array {
    this.#pkcs8 ??= new Uint8Array(this.#key.export({ format: 'der', type: 'pkcs8' }))
    return this.#pkcs8.slice()
  }

  /** PKCS#8 PEM, for key files. Treat as secret. */
  toPkcs8Pem (): string {
    return this.#key.export({ format: 'pem', type: 'pkcs8' }).toString()
  }

  /** An RSASSA-PSS signature (SHA-256, MGF1-SHA-256, salt 32) of `message`. */
  sign (message: Uint8Array): Uint8Array {
    return new Uint8Array(sign(DIGEST, message, { key: this.#key, ...PSS_OPTIONS }))
  }
}
