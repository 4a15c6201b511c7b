/** Byte helpers shared by the layers. */

/** The parts joined into one plain Uint8Array (a view of Buffer.concat's result, no second copy). */
export function concatBytes (parts: readonly Uint8Array[]): Uint8Array {
  const joined = Buffer.concat(parts)
  return new Uint8Array(joined.buffer, joined.byteOffset, joined.length)
}
