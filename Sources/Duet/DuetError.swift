import Foundation
import Store

/// An error the user sees: one line, and the exit status that tells scripts what kind of failure it was.
public enum DuetError: Error, Equatable, CustomStringConvertible {
  /// Bad command line (exit 64, EX_USAGE).
  case usage(String)
  /// Input that is there but wrong: not UTF-8, not a transcript, not a collection (exit 65, EX_DATAERR).
  case data(String)
  /// Input that is not there or cannot be opened (exit 66, EX_NOINPUT).
  case noInput(String)
  /// An output file that must not be written: the collection itself (exit 73, EX_CANTCREAT).
  case cannotCreate(String)
  /// Reading or writing failed (exit 74, EX_IOERR).
  case io(String)
  /// An optional program the command needs is not installed (exit 69, EX_UNAVAILABLE).
  case unavailable(String)

  public var message: String {
    switch self {
    case .usage(let text), .data(let text), .noInput(let text), .cannotCreate(let text), .io(let text),
      .unavailable(let text):
      text
    }
  }

  public var exitCode: Int32 {
    switch self {
    case .usage: 64
    case .data: 65
    case .noInput: 66
    case .cannotCreate: 73
    case .io: 74
    case .unavailable: 69
    }
  }

  public var description: String { message }

  /// The user-facing form of a SQLite error on the collection at `path`.
  public init(_ error: SQLiteError, collection path: String) {
    switch error.primaryCode {
    case 14 where FileManager.default.fileExists(atPath: path) && !Self.folderIsWritable(of: path):  // SQLITE_CANTOPEN
      self = .io(
        "\(path): the collection's folder is read-only; duet writes its journal next to the file, so copy the "
          + "collection somewhere writable or make the folder writable")
    case 14:
      self = .noInput("\(path): cannot open the collection (\(error.message)); check the folder exists and is writable")
    case 26, 11:  // SQLITE_NOTADB, SQLITE_CORRUPT
      self = .data("\(path): not a duet collection (\(error.message))")
    case 8:  // SQLITE_READONLY
      self = .io("\(path): the collection is read-only; check the file's permissions")
    case 13:  // SQLITE_FULL
      self = .io("\(path): the disk is full; nothing was written; free some space and try again")
    default:
      self = .io("\(path): \(error.message)")
    }
  }

  /// Whether files can be created next to `path` (a read-only mount refuses even root).
  private static func folderIsWritable(of path: String) -> Bool {
    let folder = (path as NSString).deletingLastPathComponent
    return access(folder.isEmpty ? "." : folder, W_OK) == 0
  }
}
