/// A zip archive of stored (uncompressed) entries, as Anki's package reader accepts: a few dozen lines of
/// headers instead of a compression library.
///
/// Entries carry a fixed modification time (1980-01-01 00:00, the format's earliest), so that the same content
/// always gives the same archive. Sizes and offsets are zip's 32-bit fields: an archive over 4 GiB is refused
/// rather than written wrong. The archive is assembled once, at its final size, so a large collection file is
/// copied once.
struct StoredZip {
  /// An entry: its name's bytes, its content, and the content's CRC-32.
  fileprivate typealias Entry = (name: [UInt8], content: [UInt8], crc: UInt32)

  private var entries: [Entry] = []

  struct TooLarge: Error {}

  /// Adds an entry named `name` (a path inside the archive) holding `content`.
  mutating func add(_ name: String, _ content: [UInt8]) {
    entries.append((Array(name.utf8), content, CRC32.checksum(content)))
  }

  /// The archive: each entry's local header and content, the central directory, and its end record.
  func bytes() throws -> [UInt8] {
    let headers = entries.reduce(0) { $0 + 30 + $1.name.count }
    let contents = entries.reduce(0) { $0 + $1.content.count }
    let directorySize = entries.reduce(0) { $0 + 46 + $1.name.count }
    guard headers + contents + directorySize + 22 < Int(UInt32.max), entries.count < Int(UInt16.max) else {
      throw TooLarge()
    }
    var out: [UInt8] = []
    out.reserveCapacity(headers + contents + directorySize + 22)
    var offsets: [UInt32] = []
    for entry in entries {
      offsets.append(UInt32(out.count))
      out.append(littleEndian: UInt32(0x0403_4B50))
      out.appendCommonFields(of: entry)
      out += entry.name
      out += entry.content
    }
    let directoryStart = out.count
    for (entry, offset) in zip(entries, offsets) {
      out.append(littleEndian: UInt32(0x0201_4B50))
      out.append(littleEndian: UInt16(20))  // made by: version 2.0
      out.appendCommonFields(of: entry)
      out.append(littleEndian: UInt16(0))  // comment length
      out.append(littleEndian: UInt16(0))  // disk number
      out.append(littleEndian: UInt16(0))  // internal attributes
      out.append(littleEndian: UInt32(0))  // external attributes
      out.append(littleEndian: offset)
      out += entry.name
    }
    let directoryEnd = out.count
    out.append(littleEndian: UInt32(0x0605_4B50))
    out.append(littleEndian: UInt16(0))  // this disk
    out.append(littleEndian: UInt16(0))  // the directory's disk
    out.append(littleEndian: UInt16(entries.count))
    out.append(littleEndian: UInt16(entries.count))
    out.append(littleEndian: UInt32(directoryEnd - directoryStart))
    out.append(littleEndian: UInt32(directoryStart))
    out.append(littleEndian: UInt16(0))  // comment length
    return out
  }
}

extension [UInt8] {
  fileprivate mutating func append<T: FixedWidthInteger>(littleEndian value: T) {
    Swift.withUnsafeBytes(of: value.littleEndian) { append(contentsOf: $0) }
  }

  /// The fields both headers of an entry share: version needed (2.0), flags (bit 11: UTF-8 names), method 0
  /// (stored), DOS time and date, CRC, compressed and uncompressed size, name length, extra field length.
  fileprivate mutating func appendCommonFields(of entry: StoredZip.Entry) {
    append(littleEndian: UInt16(20))
    append(littleEndian: UInt16(0x0800))
    append(littleEndian: UInt16(0))
    append(littleEndian: UInt16(0))
    append(littleEndian: UInt16(0x0021))
    append(littleEndian: entry.crc)
    append(littleEndian: UInt32(entry.content.count))
    append(littleEndian: UInt32(entry.content.count))
    append(littleEndian: UInt16(entry.name.count))
    append(littleEndian: UInt16(0))
  }
}
