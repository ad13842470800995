import Bitext
import Duet
import Foundation

/// `duet-bench`: builds its data, times the release `duet` binary (and the store, in-process) on it, and prints a
/// table (or JSON lines).
///
/// Run it with `swift run -c release duet-bench [--runs N] [--format text|jsonl] [--against DUET]`. Each figure is
/// the median of N runs (default 5): a child process's CPU time, or the wall time of in-process work; memory is the
/// peak over the runs. Compare figures taken in one run: the machine is shared. `--against` times another `duet`
/// binary beside this one, run for run, on every benchmark that runs the binary, in a row of its own with the
/// ratio of the two medians.
let arguments = Array(CommandLine.arguments.dropFirst())
func option(_ name: String) -> String? {
  arguments.firstIndex(of: name).flatMap { $0 + 1 < arguments.count ? arguments[$0 + 1] : nil }
}
let runs = Int(option("--runs") ?? "5") ?? 5
let jsonl = option("--format") == "jsonl"

do {
  let workspace = try Workspace(against: option("--against"))
  var results: [BenchmarkResult] = []
  for benchmark in try workspace.benchmarks() {
    var measurements: [Measurement] = []
    var against: [Measurement] = []
    var runAgainst = benchmark.runAgainst
    for _ in 0..<runs {
      measurements.append(try benchmark.run())
      do {
        if let run = runAgainst { against.append(try run()) }
      } catch {
        // An older binary may not read what this one wrote (a newer collection schema): its row is left out.
        FileHandle.standardError.write(Data("duet-bench: \(benchmark.name), against: \(error)\n".utf8))
        (runAgainst, against) = (nil, [])
      }
    }
    var found = [BenchmarkResult(name: benchmark.name, runs: measurements, target: benchmark.target)]
    if !against.isEmpty {
      found.append(
        BenchmarkResult(name: benchmark.name + ", against", runs: against, target: .none, comparedWith: found[0]))
    }
    for result in found {
      results.append(result)
      if jsonl {
        print(
          JSON.line([
            "benchmark": .string(result.name), "runs": .int(runs), "median_ms": .number(result.median),
            "p99_ms": result.p99.map(JSON.number) ?? .null, "peak_mb": result.peakMegabytes.map(JSON.number) ?? .null,
            "target": .string(result.targetText), "met": result.meetsTarget(among: results).map(JSON.bool) ?? .null,
            "ratio": result.ratio.map(JSON.number) ?? .null,
          ]))
      }
    }
    fflush(stdout)
  }
  if !jsonl { print(Table(results).text) }
} catch {
  FileHandle.standardError.write(Data("duet-bench: \(error)\n".utf8))
  exit(1)
}
