import Bitext
import Duet
import Foundation
import Scheduling
import Store

/// The benchmarks' data, generated in a temporary folder, and the binary they time.
final class Workspace {
  let folder: String
  let duet: String
  /// Another `duet` binary (an earlier build, say) timed beside `duet` on every benchmark that runs the binary,
  /// run for run, so that the two figures share the machine's moods.
  let against: String?
  let transcript: String
  let decks: String
  let today = Day(year: 2026, month: 1, day: 5)

  init(against: String? = nil) throws {
    let executable = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
    duet = executable.deletingLastPathComponent().appendingPathComponent("duet").path
    guard FileManager.default.isExecutableFile(atPath: duet) else { throw BenchError("no duet binary at \(duet)") }
    if let against, !FileManager.default.isExecutableFile(atPath: against) {
      throw BenchError("no duet binary at \(against)")
    }
    self.against = against
    guard let decks = BundledDecks.folder(environment: [:], executable: executable.path) else {
      throw BenchError("cannot find the Decks folder; run from the repository")
    }
    self.decks = decks
    transcript = decks + "/karina-nguyen.md"
    folder = NSTemporaryDirectory() + "duet-bench-\(getpid())"
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
  }

  deinit { try? FileManager.default.removeItem(atPath: folder) }

  /// No decks folder: a review of an empty collection would import the bundled decks first. The benchmarks that
  /// align a transcript name the bundled folder, whose word lists take part in aligning as in a user's run.
  private var environment: [String: String] { ["DUET_NOW": "2026-01-05T09:00:00", "DUET_DECKS": folder + "/none"] }

  func benchmarks() throws -> [Benchmark] {
    let (english, chinese) = try turnlessCopies(20)
    let pairs = try pairsFile(100_000)
    let exported = folder + "/exported.sqlite3"
    _ = try ChildProcess.cpuMilliseconds(
      duet, ["import", pairs], environment: environment.merging(["DUET_DB": exported]) { $1 })
    var run = 0
    return [
      process("align bundled transcript", .milliseconds(30), ["align", transcript, "--format", "jsonl"]) {
        ["DUET_DECKS": self.decks]
      },
      process(
        "align 20 copies, turnless", .millisecondsAndMemory(1000, megabytes: 100),
        ["align", "--en", english, "--zh", chinese, "--format", "jsonl"]),
      process("import 100k pairs (TSV)", .milliseconds(3000), ["import", pairs]) {
        run += 1
        return ["DUET_DB": self.folder + "/import-\(run).sqlite3"]
      },
      process("export 100k notes", .milliseconds(1000), ["export", "-o", folder + "/out.tsv"]) {
        ["DUET_DB": exported]
      },
      process("export 100k notes as a package", .milliseconds(8000), ["export", "-o", folder + "/out.apkg"]) {
        ["DUET_DB": exported]
      },
    ] + (try hostileInputBenchmarks(sentences: exported)) + (try queueBenchmarks()) + (try gradeBenchmarks()) + [
      process("duet --version start-up", .milliseconds(25), ["--version"])
    ]
  }

  /// A benchmark that runs the `duet` binary: the figure is its CPU time; its peak memory is probed on the first run.
  /// With `against`, the other binary runs too, after each run of this one.
  private func process(
    _ name: String, _ target: Benchmark.Target, _ arguments: [String],
    environment extra: @escaping () -> [String: String] = { [:] }
  ) -> Benchmark {
    func measure(_ binary: String) -> () throws -> Measurement {
      var probed = false
      return {
        let environment = self.environment.merging(extra()) { $1 }
        var measurement = Measurement(
          milliseconds: try ChildProcess.cpuMilliseconds(binary, arguments, environment: environment))
        if !probed {
          probed = true
          measurement.peakMegabytes = try ChildProcess.peakMegabytes(binary, arguments, environment: environment)
        }
        return measurement
      }
    }
    return Benchmark(name: name, target: target, run: measure(duet), runAgainst: against.map(measure))
  }

  /// The inputs that once took quadratic time, each timed beside a counterpart of the same kind: 10,000 nested
  /// Markdown links against plain text of the same size, a turn with ten times more Chinese sentences than English
  /// against a balanced turn, and 2,000 terms imported into `sentences` (100,000 sentence notes) against the same
  /// terms into an empty collection.
  private func hostileInputBenchmarks(sentences: String) throws -> [Benchmark] {
    func turn(_ english: String, _ chinese: String) -> String {
      "## (00:00:01) A\n\nEnglish: \(english)\n\n中文: \(chinese)\n"
    }
    let depth = 10_000
    let nested = try write(
      "nested.md",
      turn(
        "Hello " + String(repeating: "[", count: depth) + "x" + String(repeating: "](u)", count: depth) + " there.",
        "你好。"))
    let flat = try write("flat.md", turn(String(repeating: "Hello there. ", count: depth * 5 / 13), "你好。"))
    let skewed = try write(
      "skewed.md",
      turn(
        (0..<6_000).map { "Sentence \($0)." }.joined(separator: " "),
        (0..<60_000).map { "这是本轮的第\($0)句话，非常长的一句话。" }.joined()))
    let balanced = try write(
      "balanced.md",
      turn(
        (0..<33_000).map { "Sentence \($0) is here." }.joined(separator: " "),
        (0..<33_000).map { "这是第\($0)句话。" }.joined()))
    var terms = "#separator:tab\n#html:false\n#tags column:3\n"
    for index in 0..<2_000 { terms += "zorblax\(index)\t佐布\(index)号\tterm\n" }
    let termFile = try write("terms.tsv", terms)
    var run = 0
    func freshCopy(of source: String?) -> [String: String] {
      run += 1
      let target = folder + "/terms-\(run).sqlite3"
      if let source { try? FileManager.default.copyItem(atPath: source, toPath: target) }
      return ["DUET_DB": target]
    }
    let alignments: [Benchmark] = [
      process("align plain text, 50 KB", .none, ["align", flat, "--format", "jsonl"]),
      process(
        "align nested links, 50 KB",
        .linear(baseline: "align plain text, 50 KB", sizeRatio: try sizeRatio(nested, flat)),
        ["align", nested, "--format", "jsonl"]),
      process("align a balanced turn, 33k : 33k", .none, ["align", balanced, "--format", "jsonl"]),
      process(
        "align a skewed turn, 6k : 60k",
        .linear(baseline: "align a balanced turn, 33k : 33k", sizeRatio: try sizeRatio(skewed, balanced)),
        ["align", skewed, "--format", "jsonl"]),
    ]
    return alignments + [
      process("import 2,000 terms, empty collection", .none, ["import", termFile]) { freshCopy(of: nil) },
      process(
        "import 2,000 terms, 100k sentences",
        .linear(baseline: "import 2,000 terms, empty collection", sizeRatio: 102_000 / 2_000),
        ["import", termFile]
      ) { freshCopy(of: sentences) },
    ]
  }

  private func write(_ name: String, _ text: String) throws -> String {
    let path = folder + "/" + name
    try text.write(toFile: path, atomically: true, encoding: .utf8)
    return path
  }

  /// The size of file `path` over that of `other`.
  private func sizeRatio(_ path: String, _ other: String) throws -> Double {
    func size(_ path: String) throws -> Double {
      ((try FileManager.default.attributesOfItem(atPath: path)[.size] as? NSNumber)?.doubleValue) ?? 1
    }
    return try size(path) / size(other)
  }

  /// Building today's queue (the store's queries and the policy) in collections of 10k, 100k and 1M cards.
  private func queueBenchmarks() throws -> [Benchmark] {
    try [10_000, 100_000, 1_000_000].map { cards in
      let collection = try CollectionBuilder.build(
        at: folder + "/queue-\(cards).sqlite3", notes: cards / 2, today: today)
      let name = "queue of the day, \(cards / 1000)k cards"
      let target: Benchmark.Target =
        cards == 1_000_000 ? .scaling(50, baseline: "queue of the day, 10k cards", factor: 2) : .none
      // One build takes well under a millisecond: time ten in a row and report one's share.
      return Benchmark(name: name, target: target) {
        let total = try wallMilliseconds {
          for _ in 0..<10 {
            let inputs = try collection.queueInputs(today: self.today, filter: CardFilter(), limits: .standard)
            _ = DailyQueue.build(
              due: inputs.due, new: inputs.new, notesAnsweredToday: inputs.notesAnsweredToday,
              newAnsweredToday: inputs.newAnsweredToday, limits: .standard)
          }
        }
        return Measurement(milliseconds: total / 10)
      }
    }
  }

  /// Committing grades, each a durable transaction: p50 and p99 of 1,000.
  private func gradeBenchmarks() throws -> [Benchmark] {
    let collection = try CollectionBuilder.build(at: folder + "/grades.sqlite3", notes: 5_000, today: today)
    let scheduler = Scheduler(collection: collection)
    var next: Int64 = 101
    let measure = { () throws -> Measurement in
      var latencies: [Double] = []
      for _ in 0..<1_000 {
        let cardID = next
        next += 1
        latencies.append(
          try wallMilliseconds {
            _ = try scheduler.answer(
              cardID: cardID, grade: .hesitant, today: self.today, at: 0, durationMilliseconds: 0)
          })
      }
      latencies.sort()
      return Measurement(
        milliseconds: latencies[latencies.count / 2], p99Milliseconds: latencies[latencies.count * 99 / 100])
    }
    return [Benchmark(name: "commit a grade (1,000 grades)", target: .p99(10), run: measure)]
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

  /// An Anki text file of `count` distinct sentence pairs.
  private func pairsFile(_ count: Int) throws -> String {
    let path = folder + "/pairs.tsv"
    var text = "#separator:tab\n#html:false\n#deck column:3\n"
    for index in 0..<count {
      text += "Sentence \(index): the model learns topic \(index % 97) at step \(index).\t"
      text += "第\(index)句：模型在第\(index)步学习主题\(index % 97)。\tbench::pairs\n"
    }
    try text.write(toFile: path, atomically: true, encoding: .utf8)
    return path
  }
}
