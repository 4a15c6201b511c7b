/**
 * The immutable (CHK) share layout, v1 and v2 (spec d.1): planning, header,
 * share hash chain, writer and reader. Pure code; the reader does I/O only
 * through the read function it is given.
 */
export * from './share-layout/layout.js'
export * from './share-layout/share-hashes.js'
export * from './share-layout/writer.js'
export * from './share-layout/reader.js'
