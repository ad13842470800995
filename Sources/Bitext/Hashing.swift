/// FNV-1a, 64 bits: the hash the aligner's tokens are identified by. Short, fast, and stable across runs and
/// machines (unlike `Hasher`, which is seeded per process).
func fnv1a<Bytes: Sequence<UInt8>>(_ bytes: Bytes) -> UInt64 {
  var hash: UInt64 = 0xcbf2_9ce4_8422_2325
  for byte in bytes {
    hash ^= UInt64(byte)
    hash = hash &* 0x0000_0100_0000_01B3
  }
  return hash
}
