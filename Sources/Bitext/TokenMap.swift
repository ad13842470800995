/// A hash map from 64-bit token ids to small integers, by open addressing with linear probing.
///
/// The aligner looks tokens up millions of times per document; Swift's `Dictionary` hashes each key with SipHash,
/// which costs more than the rest of the look-up. Token ids are already well-mixed hashes, so a multiplicative
/// step spreads them enough, and nothing untrusted chooses them to collide.
struct TokenMap {
  private var keys: [UInt64]
  private var values: [Int32]
  private var occupied: [Bool]
  private var mask: Int
  private(set) var count = 0

  init(capacity: Int = 16) {
    var size = 16
    while size < capacity * 2 { size *= 2 }
    keys = [UInt64](repeating: 0, count: size)
    values = [Int32](repeating: 0, count: size)
    occupied = [Bool](repeating: false, count: size)
    mask = size - 1
  }

  private func slot(of key: UInt64) -> Int { Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask }

  subscript(key: UInt64) -> Int32? {
    var index = slot(of: key)
    while occupied[index] {
      if keys[index] == key { return values[index] }
      index = (index + 1) & mask
    }
    return nil
  }

  /// The value of `key`, storing `make()` first when the map has none.
  mutating func value(for key: UInt64, orInsert make: () -> Int32) -> Int32 {
    var index = slot(of: key)
    while occupied[index] {
      if keys[index] == key { return values[index] }
      index = (index + 1) & mask
    }
    let value = make()
    keys[index] = key
    values[index] = value
    occupied[index] = true
    count += 1
    if count * 2 > keys.count { grow() }
    return value
  }

  private mutating func grow() {
    let old = (keys, values, occupied)
    let size = keys.count * 2
    keys = [UInt64](repeating: 0, count: size)
    values = [Int32](repeating: 0, count: size)
    occupied = [Bool](repeating: false, count: size)
    mask = size - 1
    count = 0
    for index in old.0.indices where old.2[index] { _ = value(for: old.0[index]) { old.1[index] } }
  }
}
