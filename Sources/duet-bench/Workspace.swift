import Bitext
import Duet
import Foundation

/// The benchmarks' data, generated in a temporary folder, and the binary they time.
final class Workspace {
  let folder: String
  let duet: String
  let transcript: String

  init() throws {
    let executable = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
    duet = executable.deletingLastPathComponent().appendingPathComponent("duet").path
    guard FileManager.default.isExecutableFile(atPath: duet) else { throw BenchError("no duet binary at \(duet)") }
    guard let decks = BundledDecks.folder(environment: [:], executable: executable.path) else {
      throw BenchError("cannot find the Decks folder; run from the repository")
    }
    transcript = decks + "/karina-nguyen.md"
    folder = NSTemporaryDirectory() + "duet-bench-\(getpid())"
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
  }

  deinit { try? FileManager.default.removeItem(atPath: folder) }

  func benchmarks() throws -> [Benchmark] {
    let (english, chinese) = try turnlessCopies(20)
    return [
      Benchmark(name: "align bundled transcript", target: .cpuMilliseconds(30)) {
        try ChildProcess.measure(self.duet, ["align", self.transcript, "--format", "jsonl"])
      },
      Benchmark(name: "align 20 copies, turnless", target: .cpuAndMemory(milliseconds: 1000, megabytes: 100)) {
        try ChildProcess.measure(self.duet, ["align", "--en", english, "--zh", chinese, "--format", "jsonl"])
      },
      Benchmark(name: "duet --version start-up", target: .cpuMilliseconds(25)) {
        try ChildProcess.measure(self.duet, ["--version"])
      },
    ]
  }

  /// The bundled transcript's turns as two plain texts, one paragraph a line, repeated `copies` times.
  private func turnlessCopies(_ copies: Int) throws -> (String, String) {
    let turns = TranscriptReader.read(try InputFile.text(at: transcript)).bilingualTurns
    let english = folder + "/copies.en.txt"
    let chinese = folder + "/copies.zh.txt"
    try String(repeating: turns.map(\.english).joined(separator: "\n") + "\n", count: copies)
      .write(toFile: english, atomically: true, encoding: .utf8)
    try String(repeating: turns.map(\.chinese).joined(separator: "\n") + "\n", count: copies)
      .write(toFile: chinese, atomically: true, encoding: .utf8)
    return (english, chinese)
  }
}
