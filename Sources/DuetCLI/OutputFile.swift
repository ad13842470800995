import Duet
import Foundation

/// Writes an export where its path points, the way a careful Unix tool does.
///
/// - A path that is the open collection, or one of its journal files, however it is spelled (`./c.sqlite3`, a
///   symlink, a hard link, `"$DUET_DB"`), is refused: writing there would replace every schedule and review.
/// - A path that is not a regular file (a FIFO, `/dev/stdout`, `/dev/null`, `>(…)`) is written into as it is.
/// - A regular file is replaced atomically (a temporary file in the same folder, then a rename), so that a killed
///   export never leaves half a file; a symlink keeps pointing at it, an existing file keeps its permissions, and
///   a file with other hard links is rewritten in place so that every name sees the new content.
enum OutputFile {
  static func write(_ text: String, to path: String, protecting collection: String) throws {
    try write(Array(text.utf8), to: path, protecting: collection)
  }

  static func write(_ text: [UInt8], to path: String, protecting collection: String) throws {
    try refuse(path, ifPartOf: collection)
    var info = stat()
    let exists = stat(path, &info) == 0
    if exists && info.st_mode & S_IFMT != S_IFREG {
      return try writeInPlace(text, to: path, truncating: false)
    }
    if exists && info.st_nlink > 1 { return try writeInPlace(text, to: path, truncating: true) }
    guard exists || !isSymlink(path) else {
      // A symlink to a file not there yet: create what it names.
      return try writeInPlace(text, to: path, truncating: true)
    }
    let target = exists ? (realPath(path) ?? path) : path
    try replace(target, with: text, mode: exists ? info.st_mode & 0o7777 : nil)
  }

  /// The files SQLite keeps for the collection at `path`.
  private static func collectionFiles(_ path: String) -> [String] {
    ["", "-wal", "-shm", "-journal"].map { path + $0 }
  }

  /// Throws when `path` names one of the collection's files: the same file (device and inode) when it exists,
  /// the same place (folder resolved, same name) when it does not yet.
  private static func refuse(_ path: String, ifPartOf collection: String) throws {
    var target = stat()
    let targetExists = stat(path, &target) == 0
    let targetPlace = targetExists ? nil : place(of: path)
    for file in collectionFiles(collection) {
      var info = stat()
      let same =
        targetExists
        ? stat(file, &info) == 0 && info.st_dev == target.st_dev && info.st_ino == target.st_ino
        : targetPlace != nil && targetPlace == place(of: file)
      if same {
        throw DuetError.cannotCreate(
          "\(path): is the collection\(file == collection ? "" : "'s journal") (\(collection)); "
            + "export to another file")
      }
    }
  }

  /// The absolute path `path` would have: its folder resolved, its own name kept.
  private static func place(of path: String) -> String? {
    let url = URL(fileURLWithPath: path)
    guard let folder = realPath(url.deletingLastPathComponent().path) else { return nil }
    return folder + "/" + url.lastPathComponent
  }

  private static func realPath(_ path: String) -> String? {
    guard let resolved = realpath(path, nil) else { return nil }
    defer { free(resolved) }
    return String(cString: resolved)
  }

  private static func isSymlink(_ path: String) -> Bool {
    var info = stat()
    return lstat(path, &info) == 0 && info.st_mode & S_IFMT == S_IFLNK
  }

  private static func writeInPlace(_ text: [UInt8], to path: String, truncating: Bool) throws {
    let descriptor = open(path, O_WRONLY | O_CREAT | (truncating ? O_TRUNC : 0), 0o666)
    guard descriptor >= 0 else { throw failure(path) }
    defer { close(descriptor) }
    try writeAll(text, to: descriptor, path: path)
  }

  /// Writes `text` to a temporary file beside `path` and renames it over `path`.
  private static func replace(_ path: String, with text: [UInt8], mode: mode_t?) throws {
    let url = URL(fileURLWithPath: path)
    let folder = url.deletingLastPathComponent().path
    let prefix = "." + url.lastPathComponent + ".duet-"
    removeLeftovers(in: folder, prefix: prefix)
    let temporary = folder + "/" + prefix + "\(getpid()).tmp"
    let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_EXCL, 0o666)
    guard descriptor >= 0 else { throw failure(path) }
    do {
      defer { close(descriptor) }
      if let mode { guard fchmod(descriptor, mode) == 0 else { throw failure(path) } }
      try writeAll(text, to: descriptor, path: path)
      guard fsync(descriptor) == 0 else { throw failure(path) }
      guard rename(temporary, path) == 0 else { throw failure(path) }
    } catch {
      unlink(temporary)
      throw error
    }
  }

  /// Removes the temporary files of earlier exports to the same file whose process is gone (killed mid-write).
  private static func removeLeftovers(in folder: String, prefix: String) {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
    for name in names where name.hasPrefix(prefix) && name.hasSuffix(".tmp") {
      let digits = name.dropFirst(prefix.count).dropLast(4)
      guard let pid = pid_t(digits), kill(pid, 0) != 0, errno == ESRCH else { continue }
      unlink(folder + "/" + name)
    }
  }

  private static func writeAll(_ text: [UInt8], to descriptor: Int32, path: String) throws {
    try text.withUnsafeBufferPointer { bytes in
      var offset = 0
      while offset < bytes.count {
        let written = Foundation.write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
        if written < 0 {
          if errno == EINTR { continue }
          throw failure(path)
        }
        offset += written
      }
    }
  }

  private static func failure(_ path: String) -> DuetError {
    .io("\(path): cannot write (\(String(cString: strerror(errno))))")
  }
}
