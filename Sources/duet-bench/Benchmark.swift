import Foundation

/// What one run of a benchmark measured.
struct Measurement {
  /// The figure: CPU time of a child process, or wall time of work done in-process (milliseconds).
  let milliseconds: Double
  /// The 99th percentile, for benchmarks made of many small operations.
  var p99Milliseconds: Double? = nil
  /// Peak resident memory of a child process (megabytes).
  var peakMegabytes: Double? = nil
}

/// One figure the benchmark reports, with the target it is held to.
struct Benchmark {
  let name: String
  let target: Target
  let run: () throws -> Measurement
  /// The same work done by the `--against` binary, if one is given and the benchmark runs the binary.
  var runAgainst: (() throws -> Measurement)? = nil

  enum Target {
    case none
    /// The median at most this many milliseconds.
    case milliseconds(Double)
    /// The median and the peak memory at most these.
    case millisecondsAndMemory(Double, megabytes: Double)
    /// The median 99th percentile at most this many milliseconds.
    case p99(Double)
    /// The median at most this many milliseconds and at most `factor` times another benchmark's median.
    case scaling(Double, baseline: String, factor: Double)
    /// Linear growth against a counterpart of the same kind: the median at most twice `sizeRatio` (this input's
    /// size over the counterpart's) times the counterpart's median.
    case linear(baseline: String, sizeRatio: Double)
  }
}

/// A benchmark's runs summed up.
struct BenchmarkResult {
  let name: String
  let runs: [Measurement]
  let target: Benchmark.Target
  /// This binary's median over the other's, for the `--against` row.
  var ratio: Double? = nil

  init(name: String, runs: [Measurement], target: Benchmark.Target, comparedWith other: BenchmarkResult? = nil) {
    self.name = name
    self.runs = runs
    self.target = target
    if let other { ratio = other.median / DuetBench.median(runs.map(\.milliseconds)) }
  }

  var median: Double { DuetBench.median(runs.map(\.milliseconds)) }
  var p99: Double? { runs.first?.p99Milliseconds == nil ? nil : DuetBench.median(runs.compactMap(\.p99Milliseconds)) }
  var peakMegabytes: Double? { runs.compactMap(\.peakMegabytes).max() }

  var targetText: String {
    switch target {
    case .none: "-"
    case .milliseconds(let limit): "≤ \(format(limit)) ms"
    case .millisecondsAndMemory(let limit, let megabytes): "≤ \(format(limit)) ms, ≤ \(format(megabytes)) MB"
    case .p99(let limit): "p99 ≤ \(format(limit)) ms"
    case .scaling(let limit, let baseline, let factor): "≤ \(format(limit)) ms, ≤ \(format(factor))× \(baseline)"
    case .linear(let baseline, let sizeRatio): "≤ 2 × \(format(sizeRatio)) (size ratio) × \(baseline)"
    }
  }

  /// Whether the target is met; `others` are the results it may be compared with.
  func meetsTarget(among others: [BenchmarkResult]) -> Bool? {
    switch target {
    case .none: nil
    case .milliseconds(let limit): median <= limit
    case .millisecondsAndMemory(let limit, let megabytes): median <= limit && (peakMegabytes ?? 0) <= megabytes
    case .p99(let limit): (p99 ?? .infinity) <= limit
    case .scaling(let limit, let baseline, let factor):
      median <= limit && median <= factor * (others.first { $0.name == baseline }?.median ?? .infinity)
    case .linear(let baseline, let sizeRatio):
      median <= 2 * sizeRatio * (others.first { $0.name == baseline }?.median ?? .infinity)
    }
  }
}

func median(_ values: [Double]) -> Double {
  let sorted = values.sorted()
  guard !sorted.isEmpty else { return 0 }
  return sorted.count % 2 == 1
    ? sorted[sorted.count / 2] : (sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2
}

func format(_ value: Double) -> String {
  value >= 100 ? String(Int(value.rounded())) : String(format: "%.1f", value)
}

/// Wall time of `body`, in milliseconds.
func wallMilliseconds(_ body: () throws -> Void) rethrows -> Double {
  let start = DispatchTime.now().uptimeNanoseconds
  try body()
  return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6
}
