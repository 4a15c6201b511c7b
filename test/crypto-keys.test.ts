/**
 * Key and secret derivations against Tahoe's known answers
 * (hash-known-answers.json, crypto-known-answers.json, spki vectors), plus
 * the rules of the primitives they rest on: base32, netstrings, Tahoe's hmac.
 */
import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { randomBytes } from 'node:crypto'
import { createHash, createHmac, X509Certificate } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { parse } from 'yaml'
import { FIXTURES, loadJsonFixture } from './helpers/vectors.js'
import { base32Decode, base32Encode, base32Length, base32Problem, Base32Error, isBase32 } from '../src/crypto/base32.js'
import { netstring, netstringOfNetstrings, readNetstring, splitNetstrings, NetstringError } from '../src/crypto/netstring.js'
import { Tag, taggedHash, taggedPairHash, tahoeHmac, type TagName } from '../src/crypto/hash.js'
import { AesCtr } from '../src/crypto/aes.js'
import {
  ConvergentKeyHasher, convergenceTag, convergentKey, immutableStorageIndex, randomKey
} from '../src/crypto/immutable-keys.js'
import {
  bucketCancelSecret, bucketRenewalSecret, clientCancelSecret, clientRenewalSecret, fileCancelSecret,
  fileRenewalSecret, hashLeaseSecretAtRest, leaseSecretsFor, secretsEqual
} from '../src/crypto/lease.js'
import {
  decryptPrivateKey, encryptPrivateKey, mutableDataKey, mutableReadkey, mutableStorageIndex, mutableWritekey,
  PrivateKeyMismatchError, publicKeyFingerprint, validateEncryptedPrivateKey, writeEnabler, writeEnablerMaster
} from '../src/crypto/mutable-keys.js'
import {
  childKey, childSalt, decryptChildWriteCap, encryptChildWriteCap, MIN_RWCAPDATA_SIZE, RwcapdataFormatError
} from '../src/crypto/dirnode-keys.js'
import { formatCap, parseCap } from '../src/encoding/caps.js'

const ascii = (text: string): Uint8Array => new TextEncoder().encode(text)
const hex = (bytes: Uint8Array): string => Buffer.from(bytes).toString('hex')
const fromHex = (text: string): Uint8Array => new Uint8Array(Buffer.from(text, 'hex'))

interface HashKat { name: string, inputs: Record<string, string | number>, expected_base32: string }
interface HashKats {
  hash_known_answers: HashKat[]
  convergence_tag_example: { k: number, n: number, segsize: number, convergence_hex: string, expected_tag_hex: string }
}

/** An input given as ASCII (`x`), hex (`x_hex`) or base32 (`x_base32`). */
function input (inputs: Record<string, string | number>, name: string): Uint8Array {
  const plain = inputs[name]
  if (typeof plain === 'string') return ascii(plain)
  const asHex = inputs[`${name}_hex`]
  if (typeof asHex === 'string') return fromHex(asHex)
  const asBase32 = inputs[`${name}_base32`]
  if (typeof asBase32 === 'string') return base32Decode(asBase32)
  throw new Error(`vector has no input ${name}`)
}

function count (inputs: Record<string, string | number>, name: string): number {
  const value = inputs[name]
  if (typeof value !== 'number') throw new Error(`vector has no number ${name}`)
  return value
}

const UNTAGGED_VALUE_HASHES: Record<string, TagName> = {
  block_hash: 'BLOCK',
  uri_extension_hash: 'UEB',
  plaintext_hash: 'PLAINTEXT',
  crypttext_hash: 'CIPHERTEXT',
  crypttext_segment_hash: 'CIPHERTEXT_SEGMENT',
  plaintext_segment_hash: 'PLAINTEXT_SEGMENT'
}

/** Computes one hash-known-answers entry with the lafs function for its purpose. */
function computeHashKat (kat: HashKat): Uint8Array {
  const name = kat.name.split(' ')[0] ?? ''
  const i = kat.inputs
  const dataTag = UNTAGGED_VALUE_HASHES[name]
  if (dataTag !== undefined) return taggedHash(Tag[dataTag], input(i, 'data'))
  switch (name) {
    case 'tagged_hash': return taggedHash(input(i, 'tag'), input(i, 'value'))
    case 'tagged_pair_hash': return taggedPairHash(String(i.tag), input(i, 'a'), input(i, 'b'))
    case 'storage_index_hash': return immutableStorageIndex(input(i, 'key'))
    case 'convergence_hash':
      return convergentKey(input(i, 'data'), input(i, 'convergence'), count(i, 'k'), count(i, 'n'), count(i, 'segsize'))
    case 'my_renewal_secret_hash': return clientRenewalSecret(input(i, 'lease_secret'))
    case 'my_cancel_secret_hash': return clientCancelSecret(input(i, 'lease_secret'))
    case 'file_renewal_secret_hash': return fileRenewalSecret(input(i, 'client_secret'), input(i, 'storage_index'))
    case 'file_cancel_secret_hash': return fileCancelSecret(input(i, 'client_secret'), input(i, 'storage_index'))
    case 'bucket_renewal_secret_hash': return bucketRenewalSecret(input(i, 'file_secret'), input(i, 'seed'))
    case 'bucket_cancel_secret_hash': return bucketCancelSecret(input(i, 'file_secret'), input(i, 'seed'))
    case 'hmac': return tahoeHmac(input(i, 'key'), input(i, 'data'))
    case 'mutable_rwcap_key_hash': return childKey(input(i, 'salt'), input(i, 'writekey'))
    case 'ssk_writekey_hash': return mutableWritekey(input(i, 'privkey'))
    case 'ssk_write_enabler_master_hash': return writeEnablerMaster(input(i, 'writekey'))
    case 'ssk_write_enabler_hash': return writeEnabler(input(i, 'writekey'), input(i, 'seed'))
    case 'ssk_pubkey_fingerprint_hash': return publicKeyFingerprint(input(i, 'pubkey'))
    case 'ssk_readkey_hash': return mutableReadkey(input(i, 'writekey'))
    case 'ssk_readkey_data_hash': return mutableDataKey(input(i, 'salt'), input(i, 'readkey'))
    case 'ssk_storage_index_hash': return mutableStorageIndex(input(i, 'readkey'))
    // Server permutation is plain SHA-1 (no tag); kept here so every entry is exercised.
    case 'permute_server_hash':
      return createHash('sha1').update(input(i, 'storage_index')).update(input(i, 'seed')).digest()
    default: throw new Error(`no lafs function for known answer ${kat.name}`)
  }
}

void describe('hash known answers (test_hashutil.py)', () => {
  const kats = loadJsonFixture<HashKats>('hash-known-answers.json')
  void it('has all 33 entries', () => assert.equal(kats.hash_known_answers.length, 33))
  for (const kat of kats.hash_known_answers) {
    void it(`${kat.name} ${JSON.stringify(kat.inputs)}`, () => {
      assert.equal(base32Encode(computeHashKat(kat)), kat.expected_base32)
    })
  }
  void it('builds the convergence tag bytes', () => {
    const ex = kats.convergence_tag_example
    assert.equal(hex(convergenceTag(fromHex(ex.convergence_hex), ex.k, ex.n, ex.segsize)), ex.expected_tag_hex)
  })
})

interface CryptoKats {
  aes_ctr: { vectors: Array<{ key_hex: string, initial_counter_block_hex: string, plaintext_hex: string, ciphertext_hex: string }> }
  lease_renewal_secret: { vectors: Array<Record<string, string>> }
  lit_caps: Array<{ data_ascii: string, expected: string }>
}

void describe('crypto known answers', () => {
  const kats = loadJsonFixture<CryptoKats>('crypto-known-answers.json')
  for (const [index, v] of kats.aes_ctr.vectors.entries()) {
    void it(`AES-CTR vector ${index} (counter ${v.initial_counter_block_hex.slice(0, 8)}…)`, () => {
      // A counter block C is the keystream position C * 16.
      const offset = BigInt('0x' + v.initial_counter_block_hex) * 16n
      assert.equal(hex(new AesCtr(fromHex(v.key_hex), offset).update(fromHex(v.plaintext_hex))), v.ciphertext_hex)
      // Decryption is the same operation, and may start in mid-block.
      const plaintext = fromHex(v.plaintext_hex)
      const tail = new AesCtr(fromHex(v.key_hex), offset + 3n).update(fromHex(v.ciphertext_hex).subarray(3))
      assert.equal(hex(tail), hex(plaintext.subarray(3)))
    })
  }

  for (const [index, v] of kats.lease_renewal_secret.vectors.entries()) {
    void it(`lease renewal secret vector ${index} (derive_renewal_secret.py)`, () => {
      const secret = base32Decode(v.lease_secret_base32 ?? '')
      const si = base32Decode(v.storage_index_base32 ?? '')
      const seed = base32Decode(v.server_lease_seed_tubid_base32 ?? '')
      assert.equal(seed.length, 20)
      const chained = bucketRenewalSecret(fileRenewalSecret(clientRenewalSecret(secret), si), seed)
      assert.equal(base32Encode(chained), v.expected_bucket_renewal_secret_base32)
      assert.deepEqual(leaseSecretsFor(secret, si, seed).renewSecret, chained)
    })
  }

  for (const lit of kats.lit_caps) {
    void it(`LIT cap of ${JSON.stringify(lit.data_ascii)}`, () => {
      assert.equal(formatCap({ kind: 'lit', data: ascii(lit.data_ascii) }), lit.expected)
      const cap = parseCap(lit.expected)
      assert.equal(cap.kind, 'lit')
      assert.deepEqual(cap.kind === 'lit' ? cap.data : undefined, ascii(lit.data_ascii))
    })
  }
})

void describe('SPKI hash vectors (spki-hash-test-vectors.yaml)', () => {
  const doc = parse(readFileSync(FIXTURES + 'spki-hash-test-vectors.yaml', 'utf8')) as {
    vector: Array<{ 'expected-hash': string, 'expected-spki': string, certificate: string }>
  }
  for (const [index, v] of doc.vector.entries()) {
    void it(`certificate ${index}`, () => {
      const spki = new X509Certificate(v.certificate).publicKey.export({ type: 'spki', format: 'der' })
      assert.equal(spki.toString('base64'), v['expected-spki'].trim())
      assert.equal(createHash('sha256').update(spki).digest('base64url'), v['expected-hash'].trim())
    })
  }
})

void describe('convergent key', () => {
  const secret = ascii('aaaaaaaaaaaaaaaa')
  const data = new Uint8Array(10_000).map((_, i) => (i * 7) & 0xff)

  void it('streams: any chunking gives the one-shot key', () => {
    const whole = convergentKey(data, secret, 3, 10, 3334)
    for (const chunk of [1, 7, 4096, 9999]) {
      const hasher = new ConvergentKeyHasher(secret, 3, 10, 3334)
      for (let i = 0; i < data.length; i += chunk) hasher.update(data.subarray(i, i + chunk))
      assert.deepEqual(hasher.digest(), whole)
    }
    assert.equal(whole.length, 16)
  })

  void it('depends on the secret (empty allowed), k, n and the segment size', () => {
    const base = hex(convergentKey(data, secret, 3, 10, 3334))
    const variants = [
      convergentKey(data, new Uint8Array(), 3, 10, 3334),
      convergentKey(data, new Uint8Array(32), 3, 10, 3334),
      convergentKey(data, secret, 2, 10, 3334),
      convergentKey(data, secret, 3, 9, 3334),
      convergentKey(data, secret, 3, 10, 3333)
    ].map(hex)
    assert.equal(new Set([base, ...variants]).size, 6)
  })

  void it('rejects k > n, k or n below 1, n above 256, and a bad segment size', () => {
    assert.throws(() => convergenceTag(secret, 4, 3, 100), { name: 'ParameterError', message: /k cannot exceed n/ })
    assert.throws(() => convergenceTag(secret, 0, 3, 100), { name: 'ParameterError' })
    assert.throws(() => convergenceTag(secret, 1, 257, 100), { name: 'ParameterError', message: /256/ })
    assert.throws(() => convergenceTag(secret, 1, 3, -1), { name: 'ParameterError' })
    assert.throws(() => convergenceTag(secret, 1.5, 3, 10), { name: 'ParameterError' })
    assert.doesNotThrow(() => convergenceTag(secret, 256, 256, 100))
  })

  void it('refuses to be used after its digest', () => {
    const hasher = new ConvergentKeyHasher(secret, 1, 1, 1)
    hasher.digest()
    assert.throws(() => hasher.update(data), { name: 'ParameterError' })
    assert.throws(() => hasher.digest(), { name: 'ParameterError' })
  })

  void it('random keys are 16 fresh bytes', () => {
    const a = randomKey()
    assert.equal(a.length, 16)
    assert.notDeepEqual(a, randomKey())
  })
})

void describe('lease secrets', () => {
  const secret = new Uint8Array(32).fill(9)
  const si = new Uint8Array(16).fill(1)

  void it('swap tag and value for the client secrets', () => {
    assert.deepEqual(clientRenewalSecret(secret), taggedHash(secret, Tag.CLIENT_RENEWAL))
    assert.notDeepEqual(clientRenewalSecret(secret), taggedHash(Tag.CLIENT_RENEWAL, secret))
  })

  void it('take a 32-byte Ed25519 lease seed as well as a 20-byte tubid, and differ per server', () => {
    const a = leaseSecretsFor(secret, si, new Uint8Array(32).fill(1))
    const b = leaseSecretsFor(secret, si, new Uint8Array(32).fill(2))
    const c = leaseSecretsFor(secret, si, new Uint8Array(20).fill(1))
    assert.equal(new Set([a, b, c].map(s => hex(s.renewSecret))).size, 3)
    assert.notDeepEqual(a.renewSecret, a.cancelSecret)
    assert.deepEqual(a.cancelSecret, bucketCancelSecret(fileCancelSecret(clientCancelSecret(secret), si), new Uint8Array(32).fill(1)))
  })

  void it('hash at rest with unkeyed BLAKE2b-256', () => {
    assert.equal(hex(hashLeaseSecretAtRest(new Uint8Array())), '0e5751c026e543b2e8ab2eb06099daa1d1e5df47778f7787faab45cdf12fe3a8')
    assert.equal(hex(hashLeaseSecretAtRest(ascii('abc'))), 'bddd813c634239723171ef3fee98579b94964e3bb1cb3e427262c8c068d52319')
    assert.equal(hex(hashLeaseSecretAtRest(new Uint8Array(32))), '89eb0d6a8a691dae2cd15ed0369931ce0a949ecafa5c3f93f8121833646e15c3')
  })

  void it('compares secrets by content, any length', () => {
    assert.equal(secretsEqual(fromHex('0102'), fromHex('0102')), true)
    assert.equal(secretsEqual(fromHex('0102'), fromHex('0103')), false)
    assert.equal(secretsEqual(fromHex('0102'), fromHex('010203')), false)
    assert.equal(secretsEqual(new Uint8Array(), new Uint8Array()), true)
  })
})

void describe('write enablers', () => {
  void it('differ per server, for 20-byte and 32-byte seeds alike', () => {
    const writekey = new Uint8Array(16).fill(5)
    const seeds = [new Uint8Array(20), new Uint8Array(32), new Uint8Array(32).fill(1)]
    const enablers = seeds.map(seed => hex(writeEnabler(writekey, seed)))
    assert.equal(new Set(enablers).size, 3)
    assert.deepEqual(writeEnabler(writekey, seeds[1] ?? new Uint8Array()),
      taggedPairHash(Tag.MUTABLE_WRITE_ENABLER, writeEnablerMaster(writekey), seeds[1] ?? new Uint8Array()))
  })
})

void describe('base32 rules', () => {
  void it('round-trips every length from 0 to 40 bytes', () => {
    for (let length = 0; length <= 40; length++) {
      const bytes = new Uint8Array(length).map((_, i) => (i * 37 + length) & 0xff)
      const text = base32Encode(bytes)
      assert.equal(text.length, base32Length(length))
      assert.deepEqual(base32Decode(text), bytes)
    }
  })

  void it('matches RFC 4648 in lower case without padding', () => {
    assert.equal(base32Encode(ascii('foobar')), 'mzxw6ytboi')
    assert.equal(base32Encode(ascii('hello')), 'nbswy3dp')
  })

  void it('rejects impossible lengths, foreign characters, upper case and non-zero padding bits', () => {
    for (const bad of ['a', 'abc', 'abcdef', 'abcdefghi']) {
      assert.match(base32Problem(bad) ?? '', /length/)
      assert.throws(() => base32Decode(bad), Base32Error)
    }
    assert.match(base32Problem('ab1d') ?? '', /alphabet/)
    assert.match(base32Problem('NBSWY3DP') ?? '', /alphabet/)
    assert.match(base32Problem('ab') ?? '', /padding bits/) // 'b' leaves a bit set in the 2 unused ones
    assert.equal(isBase32('aa'), true)
    assert.equal(isBase32(''), true)
    assert.throws(() => base32Decode('ab'), { name: 'Base32Error', code: 'ERR_FORMAT' })
  })
})

void describe('netstrings', () => {
  void it('encode and split', () => {
    assert.equal(Buffer.from(netstring('abc')).toString(), '3:abc,')
    assert.equal(Buffer.from(netstring(new Uint8Array())).toString(), '0:,')
    const joined = Buffer.concat([netstring('a'), netstring(''), netstring('hello world')])
    assert.deepEqual(splitNetstrings(joined).map(v => Buffer.from(v).toString()), ['a', '', 'hello world'])
    const { value, next } = readNetstring(ascii('xx3:abc,'), 2)
    assert.equal(Buffer.from(value).toString(), 'abc')
    assert.equal(next, 8)
  })

  void it('builds a netstring of netstrings in one go, byte for byte as nested netstring calls do', () => {
    const fields = ['name', 'URI:CHK:x', randomBytes(64), '', 'ünïcödé €', randomBytes(1000)]
    const nested = netstring(Buffer.concat(fields.map(field => netstring(field))))
    assert.deepEqual(netstringOfNetstrings(fields), nested)
    assert.equal(Buffer.from(netstringOfNetstrings(['a', ''])).toString(), '7:1:a,0:,,')
  })

  void it('reject malformed input with NetstringError', () => {
    for (const [bad, why] of [
      ['3:ab,', /declares 3 bytes/], ['3:abcd', /trailing ','/], ['03:abc,', /leading zero/],
      ['x:abc,', /non-digit/], [':abc,', /empty length/], ['3', /no ':'/], ['3abc,', /non-digit/],
      ['1234567890123456:a,', /too long/]
    ] as const) {
      assert.throws(() => readNetstring(ascii(bad)), (err: unknown) => err instanceof NetstringError && why.test(err.message), bad)
    }
    assert.throws(() => splitNetstrings(ascii('1:a,1:b')), NetstringError)
  })
})

void describe("Tahoe's hmac", () => {
  void it('is SHA256(k^5c || SHA256(k^36 || data)) with the key not padded, so not RFC 2104', () => {
    const key = ascii('a 16-byte key!!!')
    const data = ascii('payload')
    const xor = (byte: number): Buffer => Buffer.from(key.map(b => b ^ byte))
    const inner = createHash('sha256').update(xor(0x36)).update(data).digest()
    const expected = createHash('sha256').update(xor(0x5c)).update(inner).digest()
    assert.deepEqual(Buffer.from(tahoeHmac(key, data)), expected)
    assert.notDeepEqual(Buffer.from(tahoeHmac(key, data)), createHmac('sha256', key).update(data).digest())
  })
})

void describe('mutable private key encryption', () => {
  const kats = loadJsonFixture<{ rsa_pss_signature: { private_key_der_base64: string } }>('crypto-known-answers.json')
  const der = new Uint8Array(Buffer.from(kats.rsa_pss_signature.private_key_der_base64, 'base64'))
  const writekey = mutableWritekey(der)

  void it('is AES-CTR under the writekey and validates back to the same DER', () => {
    const encrypted = encryptPrivateKey(writekey, der)
    assert.equal(encrypted.length, der.length)
    assert.deepEqual(encrypted, new Uint8Array(new AesCtr(writekey).update(der)))
    assert.deepEqual(decryptPrivateKey(writekey, encrypted), der)
    assert.deepEqual(validateEncryptedPrivateKey(writekey, encrypted), der)
  })

  void it('rejects a corrupted encprivkey or one for another writekey', () => {
    const encrypted = encryptPrivateKey(writekey, der)
    encrypted[100] = (encrypted[100] ?? 0) ^ 1
    assert.throws(() => validateEncryptedPrivateKey(writekey, encrypted), PrivateKeyMismatchError)
    const other = encryptPrivateKey(mutableReadkey(writekey), der)
    assert.throws(() => validateEncryptedPrivateKey(mutableReadkey(writekey), other), { name: 'PrivateKeyMismatchError', code: 'ERR_FORMAT' })
  })
})

void describe('dirnode rwcapdata', () => {
  const dirWritekey = new Uint8Array(16).fill(3)
  const rwcap = ascii('URI:SSK:fs6ul2fju2fvb2cfx7gt6ngycm:hncpinwszbggrurbvuaaexnftk3j5wfr7473pj2g734mo2isxlbq')

  void it('is salt || AES-CTR(childKey)(rwcap) || hmac, with a salt derived from the cap', () => {
    const data = encryptChildWriteCap(dirWritekey, rwcap)
    assert.equal(data.length, 16 + rwcap.length + 32)
    const salt = data.subarray(0, 16)
    assert.equal(hex(salt), hex(childSalt(rwcap)))
    assert.equal(hex(salt), hex(taggedHash(Tag.DIRNODE_CHILD_SALT, rwcap, 16)))
    const key = childKey(salt, dirWritekey)
    assert.equal(hex(data.subarray(16, 16 + rwcap.length)), hex(new AesCtr(key).update(rwcap)))
    assert.equal(hex(data.subarray(16 + rwcap.length)), hex(tahoeHmac(key, data.subarray(0, 16 + rwcap.length))))
    assert.deepEqual(encryptChildWriteCap(dirWritekey, rwcap), data, 'deterministic')
    assert.deepEqual(decryptChildWriteCap(dirWritekey, data), rwcap)
  })

  void it('is 48 bytes for a child without a write cap', () => {
    const data = encryptChildWriteCap(dirWritekey, new Uint8Array())
    assert.equal(data.length, MIN_RWCAPDATA_SIZE)
    assert.equal(decryptChildWriteCap(dirWritekey, data).length, 0)
  })

  void it('does not check the MAC on read (as Tahoe), but does check lengths', () => {
    const data = encryptChildWriteCap(dirWritekey, rwcap)
    data[data.length - 1] = (data[data.length - 1] ?? 0) ^ 0xff
    assert.deepEqual(decryptChildWriteCap(dirWritekey, data), rwcap)
    assert.throws(() => decryptChildWriteCap(dirWritekey, new Uint8Array(47)), RwcapdataFormatError)
    assert.throws(() => encryptChildWriteCap(new Uint8Array(15), rwcap), { name: 'ParameterError' })
    assert.throws(() => decryptChildWriteCap(new Uint8Array(32), data), { name: 'ParameterError' })
  })

  void it('gives garbage, not the cap, under another directory writekey', () => {
    const data = encryptChildWriteCap(dirWritekey, rwcap)
    assert.notDeepEqual(decryptChildWriteCap(new Uint8Array(16), data), rwcap)
  })
})
