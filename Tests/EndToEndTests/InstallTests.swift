import Foundation
import TestSupport
import XCTest

/// `make install PREFIX=DIR` puts duet in DIR/bin and its decks in DIR/share/duet, where the installed binary finds
/// them from any folder; `make uninstall` takes both away.
final class InstallTests: XCTestCase {
  private func make(_ arguments: String...) throws -> Int32 {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["make", "-s", "-C", Fixtures.root] + arguments
    process.standardOutput = FileHandle.nullDevice
    try process.run()
    process.waitUntilExit()
    return process.terminationStatus
  }

  func testAnInstalledDuetFindsItsDecksFromAnyFolder() throws {
    guard FileManager.default.isExecutableFile(atPath: "/usr/bin/make") else { throw XCTSkip("make is not installed") }
    let prefix = try TemporaryDirectory()
    let elsewhere = try TemporaryDirectory()
    XCTAssertEqual(try make("install", "PREFIX=\(prefix.path)", "BINARY=\(DuetProcess.executable.path)"), 0)
    let installed = prefix.file("bin/duet")
    XCTAssertTrue(FileManager.default.isExecutableFile(atPath: installed))
    XCTAssertTrue(FileManager.default.fileExists(atPath: prefix.file("share/duet/lexicon/zh-words.tsv")))

    let review = Process()
    review.executableURL = URL(fileURLWithPath: installed)
    review.arguments = ["review", "--format", "jsonl"]
    review.currentDirectoryURL = URL(fileURLWithPath: elsewhere.path)
    review.environment = ["PATH": "/usr/bin:/bin", "HOME": elsewhere.path, "DUET_NOW": "2026-01-05T09:00:00"]
    let input = Pipe()
    let output = Pipe()
    let errors = Pipe()
    (review.standardInput, review.standardOutput, review.standardError) = (input, output, errors)
    try review.run()
    try input.fileHandleForWriting.write(contentsOf: Data("q\n".utf8))
    try input.fileHandleForWriting.close()
    let shown = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    let said = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    review.waitUntilExit()
    XCTAssertEqual(review.terminationStatus, 0, said)
    XCTAssertTrue(said.contains("importing the bundled decks from \(prefix.path)/share/duet"), said)
    XCTAssertTrue(shown.hasPrefix("{\"card\": 1"), shown)
    // The collection went to the default place under HOME.
    XCTAssertTrue(FileManager.default.fileExists(atPath: elsewhere.file(".local/share/duet/collection.sqlite3")))

    XCTAssertEqual(try make("uninstall", "PREFIX=\(prefix.path)"), 0)
    XCTAssertFalse(FileManager.default.fileExists(atPath: installed))
    XCTAssertFalse(FileManager.default.fileExists(atPath: prefix.file("share/duet")))
  }
}
