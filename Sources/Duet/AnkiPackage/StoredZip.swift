/// A zip archive of stored (uncompressed) entries, as Anki's package reader accepts: a few dozen lines of
/// headers instead of a compression library.
///
/// Entries carry a fixed modification time (1980-01-01 00:00, the format's earliest), so that the same content
/// always gives the same archive. Sizes and offsets are zip's 32-bit fields: an archive over 4 GiB is refused
/// rather than written wrong.
struct StoredZip {
  private var archive: [UInt8] = []
  private var directory: [UInt8] = []
  private var entries = 0

  struct TooLarge: Error {}

  /// Appends an entry named `name` (a path inside the archive) holding `content`.
  mutating func add(_ name: String, _ content: [UInt8]) throws {
    let limit = Int(UInt32.max)
    guard content.count < limit, archive.count + content.count < limit, entries < Int(UInt16.max) else {
      throw TooLarge()
    }
    let name = Array(name.utf8)
    let crc = CRC32.checksum(content)
    let offset = UInt32(archive.count)
    // The fields every header shares: version needed (2.0), flags (bit 11: UTF-8 names), method 0 (stored),
    // DOS time and date, CRC, compressed and uncompressed size, name length, extra field length.
    var common: [UInt8] = []
    common.append(littleEndian: UInt16(20))
    common.append(littleEndian: UInt16(0x0800))
    common.append(littleEndian: UInt16(0))
    common.append(littleEndian: UInt16(0))
    common.append(littleEndian: UInt16(0x0021))
    common.append(littleEndian: crc)
    common.append(littleEndian: UInt32(content.count))
    common.append(littleEndian: UInt32(content.count))
    common.append(littleEndian: UInt16(name.count))
    common.append(littleEndian: UInt16(0))

    archive.append(littleEndian: UInt32(0x0403_4B50))
    archive += common + name + content

    directory.append(littleEndian: UInt32(0x0201_4B50))
    directory.append(littleEndian: UInt16(20))  // made by: version 2.0
    directory += common
    directory.append(littleEndian: UInt16(0))  // comment length
    directory.append(littleEndian: UInt16(0))  // disk number
    directory.append(littleEndian: UInt16(0))  // internal attributes
    directory.append(littleEndian: UInt32(0))  // external attributes
    directory.append(littleEndian: offset)
    directory += name
    entries += 1
  }

  /// The archive: the entries, the central directory, and its end record.
  func bytes() throws -> [UInt8] {
    guard archive.count + directory.count < Int(UInt32.max) else { throw TooLarge() }
    var out = archive + directory
    out.append(littleEndian: UInt32(0x0605_4B50))
    out.append(littleEndian: UInt16(0))  // this disk
    out.append(littleEndian: UInt16(0))  // the directory's disk
    out.append(littleEndian: UInt16(entries))
    out.append(littleEndian: UInt16(entries))
    out.append(littleEndian: UInt32(directory.count))
    out.append(littleEndian: UInt32(archive.count))
    out.append(littleEndian: UInt16(0))  // comment length
    return out
  }
}

extension [UInt8] {
  fileprivate mutating func append<T: FixedWidthInteger>(littleEndian value: T) {
    Swift.withUnsafeBytes(of: value.littleEndian) { append(contentsOf: $0) }
  }
}
