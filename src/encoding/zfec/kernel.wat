;; zfec's multiply-accumulate over GF(2^8) with 128-bit SIMD, in the manner of
;; ISA-L: for a coefficient c, a byte x is multiplied as
;;   c*x = LO_c[x & 15] xor HI_c[x >> 4]
;; where LO_c and HI_c are 16-byte tables (c times each low nibble, c times each
;; high nibble shifted up), looked up for 16 bytes at once with i8x16.swizzle.
;;
;; The caller (kernel-wasm.ts) places in this module's memory:
;;   * the tables, grouped by output rows: rows are taken 4 at a time, then one
;;     last group of the remaining 1..3 rows. A group of G rows holds, for each
;;     input j in order, G pairs (LO, HI) of 16-byte tables: 32*G bytes per input.
;;   * k input streams at in + j*stride, and room for m output streams at
;;     out + r*ostride. Lengths are multiples of 16 (the caller pads; bytes are
;;     independent, so padding contents do not matter).
;;
;; The work is cut into chunks of the input length so that the k input chunks
;; stay in L1 while every group of rows reads them; within a group each output
;; accumulates in a register across all k inputs and is stored once.
(module
  (memory (export "memory") 1)

  ;; outputs[r] = XOR_j c[r][j] * inputs[j] for r in 0..m-1, over len bytes.
  (func (export "combine") (param $tab i32) (param $k i32) (param $m i32)
                           (param $in i32) (param $stride i32) (param $out i32) (param $ostride i32)
                           (param $len i32) (param $chunk i32)
    (local $start i32) (local $end i32) (local $t i32) (local $o i32) (local $left i32)
    (block $done (loop $chunks
      (br_if $done (i32.ge_u (local.get $start) (local.get $len)))
      (local.set $end (i32.add (local.get $start) (local.get $chunk)))
      (if (i32.gt_u (local.get $end) (local.get $len)) (then (local.set $end (local.get $len))))
      (local.set $t (local.get $tab))
      (local.set $o (local.get $out))
      (local.set $left (local.get $m))
      ;; Full groups of four rows.
      (block $fours_done (loop $fours
        (br_if $fours_done (i32.lt_u (local.get $left) (i32.const 4)))
        (call $rows4 (local.get $t) (local.get $k) (local.get $in) (local.get $stride)
                     (local.get $o) (local.get $ostride) (local.get $start) (local.get $end))
        (local.set $t (i32.add (local.get $t) (i32.shl (local.get $k) (i32.const 7))))
        (local.set $o (i32.add (local.get $o) (i32.shl (local.get $ostride) (i32.const 2))))
        (local.set $left (i32.sub (local.get $left) (i32.const 4)))
        (br $fours)))
      ;; The last 1..3 rows, if any.
      (if (i32.eq (local.get $left) (i32.const 3))
        (then (call $rows3 (local.get $t) (local.get $k) (local.get $in) (local.get $stride)
                           (local.get $o) (local.get $ostride) (local.get $start) (local.get $end))))
      (if (i32.eq (local.get $left) (i32.const 2))
        (then (call $rows2 (local.get $t) (local.get $k) (local.get $in) (local.get $stride)
                           (local.get $o) (local.get $ostride) (local.get $start) (local.get $end))))
      (if (i32.eq (local.get $left) (i32.const 1))
        (then (call $rows1 (local.get $t) (local.get $k) (local.get $in) (local.get $stride)
                           (local.get $o) (local.get $ostride) (local.get $start) (local.get $end))))
      (local.set $start (local.get $end))
      (br $chunks)))
  )

  ;; The group functions below are the same loop for G = 4, 3, 2, 1 rows. For
  ;; each 16-byte position: clear G accumulators, then for each input split its
  ;; 16 bytes into low and high nibbles once and fold them into every row of
  ;; the group; finally store the G accumulators. k >= 1 always.

  ;; 4 output rows at once. Tables for this group: per input j, 4 pairs of
  ;; (low-nibble, high-nibble) 16-byte tables, 128 bytes per input.
  (func $rows4 (param $tab i32) (param $k i32) (param $in i32) (param $stride i32)
                (param $out i32) (param $ostride i32) (param $start i32) (param $end i32)
    (local $pos i32) (local $p i32) (local $pend i32) (local $t i32)
    (local $mask v128) (local $x v128) (local $lo v128) (local $hi v128)
    (local $a0 v128) (local $a1 v128) (local $a2 v128) (local $a3 v128)
    (local.set $mask (v128.const i8x16 15 15 15 15 15 15 15 15 15 15 15 15 15 15 15 15))
    (local.set $pos (local.get $start))
    (block $done (loop $positions
      (br_if $done (i32.ge_u (local.get $pos) (local.get $end)))
      (local.set $a0 (v128.const i64x2 0 0))
      (local.set $a1 (v128.const i64x2 0 0))
      (local.set $a2 (v128.const i64x2 0 0))
      (local.set $a3 (v128.const i64x2 0 0))
      (local.set $p (i32.add (local.get $in) (local.get $pos)))
      (local.set $pend (i32.add (local.get $p) (i32.mul (local.get $k) (local.get $stride))))
      (local.set $t (local.get $tab))
      (loop $inputs
        (local.set $x (v128.load (local.get $p)))
        (local.set $lo (v128.and (local.get $x) (local.get $mask)))
        (local.set $hi (v128.and (i16x8.shr_u (local.get $x) (i32.const 4)) (local.get $mask)))
        (local.set $a0 (v128.xor (local.get $a0) (v128.xor
          (i8x16.swizzle (v128.load offset=0 (local.get $t)) (local.get $lo))
          (i8x16.swizzle (v128.load offset=16 (local.get $t)) (local.get $hi)))))
        (local.set $a1 (v128.xor (local.get $a1) (v128.xor
          (i8x16.swizzle (v128.load offset=32 (local.get $t)) (local.get $lo))
          (i8x16.swizzle (v128.load offset=48 (local.get $t)) (local.get $hi)))))
        (local.set $a2 (v128.xor (local.get $a2) (v128.xor
          (i8x16.swizzle (v128.load offset=64 (local.get $t)) (local.get $lo))
          (i8x16.swizzle (v128.load offset=80 (local.get $t)) (local.get $hi)))))
        (local.set $a3 (v128.xor (local.get $a3) (v128.xor
          (i8x16.swizzle (v128.load offset=96 (local.get $t)) (local.get $lo))
          (i8x16.swizzle (v128.load offset=112 (local.get $t)) (local.get $hi)))))
        (local.set $t (i32.add (local.get $t) (i32.const 128)))
        (br_if $inputs (i32.ne (local.tee $p (i32.add (local.get $p) (local.get $stride))) (local.get $pend))))
      (local.set $p (i32.add (local.get $out) (local.get $pos)))
      (v128.store (local.get $p) (local.get $a0))
      (local.set $p (i32.add (local.get $p) (local.get $ostride)))
      (v128.store (local.get $p) (local.get $a1))
      (local.set $p (i32.add (local.get $p) (local.get $ostride)))
      (v128.store (local.get $p) (local.get $a2))
      (local.set $p (i32.add (local.get $p) (local.get $ostride)))
      (v128.store (local.get $p) (local.get $a3))
      (local.set $pos (i32.add (local.get $pos) (i32.const 16)))
      (br $positions)))
  )

  ;; 3 output rows at once. Tables for this group: per input j, 3 pairs of
  ;; (low-nibble, high-nibble) 16-byte tables, 96 bytes per input.
  (func $rows3 (param $tab i32) (param $k i32) (param $in i32) (param $stride i32)
                (param $out i32) (param $ostride i32) (param $start i32) (param $end i32)
    (local $pos i32) (local $p i32) (local $pend i32) (local $t i32)
    (local $mask v128) (local $x v128) (local $lo v128) (local $hi v128)
    (local $a0 v128) (local $a1 v128) (local $a2 v128)
    (local.set $mask (v128.const i8x16 15 15 15 15 15 15 15 15 15 15 15 15 15 15 15 15))
    (local.set $pos (local.get $start))
    (block $done (loop $positions
      (br_if $done (i32.ge_u (local.get $pos) (local.get $end)))
      (local.set $a0 (v128.const i64x2 0 0))
      (local.set $a1 (v128.const i64x2 0 0))
      (local.set $a2 (v128.const i64x2 0 0))
      (local.set $p (i32.add (local.get $in) (local.get $pos)))
      (local.set $pend (i32.add (local.get $p) (i32.mul (local.get $k) (local.get $stride))))
      (local.set $t (local.get $tab))
      (loop $inputs
        (local.set $x (v128.load (local.get $p)))
        (local.set $lo (v128.and (local.get $x) (local.get $mask)))
        (local.set $hi (v128.and (i16x8.shr_u (local.get $x) (i32.const 4)) (local.get $mask)))
        (local.set $a0 (v128.xor (local.get $a0) (v128.xor
          (i8x16.swizzle (v128.load offset=0 (local.get $t)) (local.get $lo))
          (i8x16.swizzle (v128.load offset=16 (local.get $t)) (local.get $hi)))))
        (local.set $a1 (v128.xor (local.get $a1) (v128.xor
          (i8x16.swizzle (v128.load offset=32 (local.get $t)) (local.get $lo))
          (i8x16.swizzle (v128.load offset=48 (local.get $t)) (local.get $hi)))))
        (local.set $a2 (v128.xor (local.get $a2) (v128.xor
          (i8x16.swizzle (v128.load offset=64 (local.get $t)) (local.get $lo))
          (i8x16.swizzle (v128.load offset=80 (local.get $t)) (local.get $hi)))))
        (local.set $t (i32.add (local.get $t) (i32.const 96)))
        (br_if $inputs (i32.ne (local.tee $p (i32.add (local.get $p) (local.get $stride))) (local.get $pend))))
      (local.set $p (i32.add (local.get $out) (local.get $pos)))
      (v128.store (local.get $p) (local.get $a0))
      (local.set $p (i32.add (local.get $p) (local.get $ostride)))
      (v128.store (local.get $p) (local.get $a1))
      (local.set $p (i32.add (local.get $p) (local.get $ostride)))
      (v128.store (local.get $p) (local.get $a2))
      (local.set $pos (i32.add (local.get $pos) (i32.const 16)))
      (br $positions)))
  )

  ;; 2 output rows at once. Tables for this group: per input j, 2 pairs of
  ;; (low-nibble, high-nibble) 16-byte tables, 64 bytes per input.
  (func $rows2 (param $tab i32) (param $k i32) (param $in i32) (param $stride i32)
                (param $out i32) (param $ostride i32) (param $start i32) (param $end i32)
    (local $pos i32) (local $p i32) (local $pend i32) (local $t i32)
    (local $mask v128) (local $x v128) (local $lo v128) (local $hi v128)
    (local $a0 v128) (local $a1 v128)
    (local.set $mask (v128.const i8x16 15 15 15 15 15 15 15 15 15 15 15 15 15 15 15 15))
    (local.set $pos (local.get $start))
    (block $done (loop $positions
      (br_if $done (i32.ge_u (local.get $pos) (local.get $end)))
      (local.set $a0 (v128.const i64x2 0 0))
      (local.set $a1 (v128.const i64x2 0 0))
      (local.set $p (i32.add (local.get $in) (local.get $pos)))
      (local.set $pend (i32.add (local.get $p) (i32.mul (local.get $k) (local.get $stride))))
      (local.set $t (local.get $tab))
      (loop $inputs
        (local.set $x (v128.load (local.get $p)))
        (local.set $lo (v128.and (local.get $x) (local.get $mask)))
        (local.set $hi (v128.and (i16x8.shr_u (local.get $x) (i32.const 4)) (local.get $mask)))
        (local.set $a0 (v128.xor (local.get $a0) (v128.xor
          (i8x16.swizzle (v128.load offset=0 (local.get $t)) (local.get $lo))
          (i8x16.swizzle (v128.load offset=16 (local.get $t)) (local.get $hi)))))
        (local.set $a1 (v128.xor (local.get $a1) (v128.xor
          (i8x16.swizzle (v128.load offset=32 (local.get $t)) (local.get $lo))
          (i8x16.swizzle (v128.load offset=48 (local.get $t)) (local.get $hi)))))
        (local.set $t (i32.add (local.get $t) (i32.const 64)))
        (br_if $inputs (i32.ne (local.tee $p (i32.add (local.get $p) (local.get $stride))) (local.get $pend))))
      (local.set $p (i32.add (local.get $out) (local.get $pos)))
      (v128.store (local.get $p) (local.get $a0))
      (local.set $p (i32.add (local.get $p) (local.get $ostride)))
      (v128.store (local.get $p) (local.get $a1))
      (local.set $pos (i32.add (local.get $pos) (i32.const 16)))
      (br $positions)))
  )

  ;; 1 output row at once. Tables for this group: per input j, 1 pairs of
  ;; (low-nibble, high-nibble) 16-byte tables, 32 bytes per input.
  (func $rows1 (param $tab i32) (param $k i32) (param $in i32) (param $stride i32)
                (param $out i32) (param $ostride i32) (param $start i32) (param $end i32)
    (local $pos i32) (local $p i32) (local $pend i32) (local $t i32)
    (local $mask v128) (local $x v128) (local $lo v128) (local $hi v128)
    (local $a0 v128)
    (local.set $mask (v128.const i8x16 15 15 15 15 15 15 15 15 15 15 15 15 15 15 15 15))
    (local.set $pos (local.get $start))
    (block $done (loop $positions
      (br_if $done (i32.ge_u (local.get $pos) (local.get $end)))
      (local.set $a0 (v128.const i64x2 0 0))
      (local.set $p (i32.add (local.get $in) (local.get $pos)))
      (local.set $pend (i32.add (local.get $p) (i32.mul (local.get $k) (local.get $stride))))
      (local.set $t (local.get $tab))
      (loop $inputs
        (local.set $x (v128.load (local.get $p)))
        (local.set $lo (v128.and (local.get $x) (local.get $mask)))
        (local.set $hi (v128.and (i16x8.shr_u (local.get $x) (i32.const 4)) (local.get $mask)))
        (local.set $a0 (v128.xor (local.get $a0) (v128.xor
          (i8x16.swizzle (v128.load offset=0 (local.get $t)) (local.get $lo))
          (i8x16.swizzle (v128.load offset=16 (local.get $t)) (local.get $hi)))))
        (local.set $t (i32.add (local.get $t) (i32.const 32)))
        (br_if $inputs (i32.ne (local.tee $p (i32.add (local.get $p) (local.get $stride))) (local.get $pend))))
      (local.set $p (i32.add (local.get $out) (local.get $pos)))
      (v128.store (local.get $p) (local.get $a0))
      (local.set $pos (i32.add (local.get $pos) (i32.const 16)))
      (br $positions)))
  )

)
