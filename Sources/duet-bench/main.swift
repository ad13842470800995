import Bitext
import Duet
import Foundation

/// `duet-bench`: builds its data, times the release `duet` binary on it, and prints a table (or JSON lines).
///
/// Run it with `swift run -c release duet-bench [--runs N] [--format text|jsonl]`. Each figure is the median of N
/// runs (default 5); memory is the peak over the runs. Compare figures taken in one run: the machine is shared.
let arguments = Array(CommandLine.arguments.dropFirst())
func option(_ name: String) -> String? {
  arguments.firstIndex(of: name).flatMap { $0 + 1 < arguments.count ? arguments[$0 + 1] : nil }
}
let runs = Int(option("--runs") ?? "5") ?? 5
let jsonl = option("--format") == "jsonl"

do {
  let workspace = try Workspace()
  var results: [BenchmarkResult] = []
  for benchmark in try workspace.benchmarks() {
    let measurements = try (0..<runs).map { _ in try benchmark.run() }
    let result = BenchmarkResult(name: benchmark.name, runs: measurements, target: benchmark.target)
    results.append(result)
    if jsonl {
      print(
        JSON.line([
          "benchmark": .string(result.name), "runs": .int(runs), "cpu_ms": .number(result.medianCPU),
          "wall_ms": .number(result.medianWall), "peak_mb": .number(result.peakMegabytes),
          "target": .string(result.targetText), "met": result.meetsTarget.map(JSON.bool) ?? .null,
        ]))
    }
    fflush(stdout)
  }
  if !jsonl { print(Table(results).text) }
} catch {
  FileHandle.standardError.write(Data("duet-bench: \(error)\n".utf8))
  exit(1)
}
