/**
 * zfec's erasure code (Tahoe's "crs" codec), byte for byte: k pieces of equal
 * length become n blocks, any k of which give the pieces back. Blocks 0..k-1
 * are the pieces themselves; blocks k..n-1 are parity (spec section b).
 */
import { FormatError, ParameterError } from '../../errors.js'
import { combineTs } from './kernel-ts.js'
import { nibbleTables, wasmFailure, wasmKernel } from './kernel-wasm.js'
import { decodePlan, parityMatrix } from './matrix.js'

export type ZfecKernel = 'wasm' | 'ts'

/** zfec's limits: 1 <= k <= n <= 256 (block numbers fit in one byte). */
export const MAX_SHARES = 256
/** How many (k, n) shapes keep their matrices cached. */
const SHAPE_CACHE_SIZE = 32
/** How many sets of received block numbers keep their decoding matrix, per shape. */
const PLAN_CACHE_SIZE = 16

/** k or n outside what zfec allows, or an unknown or unavailable kernel. */
export class ErasureCodeParameterError extends ParameterError {}

/** Pieces or blocks that do not fit the code: sizes, counts, block numbers. */
export class ErasureCodeInputError extends FormatError {}

/** Whether the WebAssembly SIMD kernel can run here. */
export function wasmSimdAvailable (): boolean {
  return wasmKernel() !== undefined
}

/** A matrix applied by either kernel: its coefficients, and the wasm tables once needed. */
class Coefficients {
  readonly rows: number
  readonly matrix: Uint8Array
  #tables: Uint8Array | undefined

  constructor (matrix: Uint8Array, rows: number) {
    this.matrix = matrix
    this.rows = rows
  }

  tables (k: number): Uint8Array {
    this.#tables ??= nibbleTables(this.matrix, this.rows, k)
    return this.#tables
  }
}

interface Plan {
  readonly missing: number[]
  readonly coefficients: Coefficients
}

/** Everything computed once per (k, n): the parity rows and recent decoding plans. */
class Shape {
  readonly parity: Coefficients
  readonly #plans = new Map<string, Plan>()

  constructor (readonly k: number, readonly n: number) {
    this.parity = new Coefficients(parityMatrix(k, n), n - k)
  }

  plan (blockNumbers: readonly number[]): Plan {
    const key = blockNumbers.join(',')
    let plan = this.#plans.get(key)
    if (plan === undefined) {
      const { missing, rows } = decodePlan(this.k, this.parity.matrix, blockNumbers)
      plan = { missing, coefficients: new Coefficients(rows, missing.length) }
      remember(this.#plans, key, plan, PLAN_CACHE_SIZE)
    } else {
      this.#plans.delete(key)
      this.#plans.set(key, plan)
    }
    return plan
  }
}

/** Inserts into a Map used as an LRU (insertion order), evicting the oldest. */
function remember<K, V> (cache: Map<K, V>, key: K, value: V, limit: number): void {
  cache.set(key, value)
  if (cache.size > limit) {
    const oldest = cache.keys().next()
    if (oldest.done !== true) cache.delete(oldest.value)
  }
}

const shapes = new Map<string, Shape>()

function shapeFor (k: number, n: number): Shape {
  const key = `${k},${n}`
  let shape = shapes.get(key)
  if (shape === undefined) {
    shape = new Shape(k, n)
    remember(shapes, key, shape, SHAPE_CACHE_SIZE)
  }
  return shape
}

function checkCount (name: string, value: unknown, min: number): asserts value is number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > MAX_SHARES) {
    throw new ErasureCodeParameterError(`${name} must be an integer from ${min} to ${MAX_SHARES}, not ${String(value)}`)
  }
}

/** The length shared by all `arrays`, or a typed error naming the first mismatch. */
function commonLength (what: string, arrays: readonly Uint8Array[]): number {
  const length = arrays[0]?.length ?? 0
  arrays.forEach((array, i) => {
    if (!(array instanceof Uint8Array)) throw new ErasureCodeInputError(`${what} ${i} is not a Uint8Array`)
    if (array.length !== length) {
      throw new ErasureCodeInputError(`${what}s must have equal lengths: ${what} ${i} has ${array.length} bytes, ${what} 0 has ${length}`)
    }
  })
  return length
}

export class ErasureCodec {
  readonly k: number
  readonly n: number
  readonly kernel: ZfecKernel
  readonly #shape: Shape

  private constructor (shape: Shape, kernel: ZfecKernel) {
    this.k = shape.k
    this.n = shape.n
    this.kernel = kernel
    this.#shape = shape
  }

  /**
   * A codec for k-of-n. The kernel defaults to WebAssembly SIMD where it can
   * run, else TypeScript; both give identical bytes.
   */
  static create (k: number, n: number, options: { kernel?: ZfecKernel } = {}): ErasureCodec {
    checkCount('k', k, 1)
    checkCount('n', n, 1)
    if (k > n) throw new ErasureCodeParameterError(`k (${k}) must not exceed n (${n})`)
    const kernel = options.kernel ?? (wasmSimdAvailable() ? 'wasm' : 'ts')
    if (kernel === 'wasm') {
      if (!wasmSimdAvailable()) throw new ErasureCodeParameterError(`the wasm kernel is unavailable: ${wasmFailure() ?? 'unknown reason'}`)
    } else if (kernel !== 'ts') {
      throw new ErasureCodeParameterError(`unknown kernel ${String(kernel)}; expected 'wasm' or 'ts'`)
    }
    return new ErasureCodec(shapeFor(k, n), kernel)
  }

  /**
   * k pieces of equal length -> all n blocks, numbered 0..n-1. Blocks 0..k-1
   * are the very piece objects passed in (not copies); the rest are new, or
   * are the n-k arrays of `parityInto` (each of the pieces' length), reused.
   */
  encode (pieces: Uint8Array[], parityInto?: Uint8Array[]): Uint8Array[] {
    if (!Array.isArray(pieces) || pieces.length !== this.k) {
      throw new ErasureCodeInputError(`encode needs exactly k=${this.k} pieces, got ${Array.isArray(pieces) ? pieces.length : typeof pieces}`)
    }
    const length = commonLength('piece', pieces)
    if (parityInto !== undefined && (parityInto.length !== this.n - this.k || parityInto.some(out => out.length !== length))) {
      throw new ErasureCodeInputError(`parityInto must be n-k=${this.n - this.k} arrays of ${length} bytes`)
    }
    return [...pieces, ...this.#combine(this.#shape.parity, pieces, length, parityInto)]
  }

  /**
   * Any k distinct blocks with their numbers, in any order -> the k pieces in
   * order. A piece whose primary block was given is returned as that same
   * object; only missing pieces are computed. More than k blocks may be
   * given: primary blocks are preferred, then the others in the order given.
   */
  decode (blocks: Uint8Array[], blockNumbers: number[]): Uint8Array[] {
    if (!Array.isArray(blocks) || !Array.isArray(blockNumbers) || blocks.length !== blockNumbers.length) {
      throw new ErasureCodeInputError('decode needs as many block numbers as blocks')
    }
    const seen = new Set<number>()
    for (const num of blockNumbers) {
      if (!Number.isInteger(num) || num < 0 || num >= this.n) {
        throw new ErasureCodeInputError(`block number ${String(num)} is outside 0..${this.n - 1}`)
      }
      if (seen.has(num)) throw new ErasureCodeInputError(`block number ${num} is given twice`)
      seen.add(num)
    }
    if (blocks.length < this.k) {
      throw new ErasureCodeInputError(`decode needs k=${this.k} blocks, got ${blocks.length}`)
    }
    const length = commonLength('block', blocks)

    // Use primaries first (each is a piece as-is), then parity blocks as needed.
    const chosen = blockNumbers.map((_, i) => i)
      .sort((a, b) => Number((blockNumbers[a] ?? 0) >= this.k) - Number((blockNumbers[b] ?? 0) >= this.k))
      .slice(0, this.k)
    const numbers = chosen.map(i => blockNumbers[i] as number)
    const inputs = chosen.map(i => blocks[i] as Uint8Array)

    const pieces: Uint8Array[] = new Array<Uint8Array>(this.k)
    numbers.forEach((num, i) => { if (num < this.k) pieces[num] = inputs[i] as Uint8Array })
    const plan = this.#shape.plan(numbers)
    if (plan.missing.length > 0) {
      const rebuilt = this.#combine(plan.coefficients, inputs, length)
      plan.missing.forEach((piece, i) => { pieces[piece] = rebuilt[i] as Uint8Array })
    }
    return pieces
  }

  #combine (coefficients: Coefficients, inputs: readonly Uint8Array[], length: number, into?: readonly Uint8Array[]): Uint8Array[] {
    const wasm = this.kernel === 'wasm' ? wasmKernel() : undefined
    if (wasm !== undefined) return wasm.combine(coefficients.tables(this.k), coefficients.rows, inputs, length, into)
    return combineTs(coefficients.matrix, coefficients.rows, this.k, inputs, length, into)
  }
}
