import Foundation

/// One figure the benchmark reports, with the target it is held to.
struct Benchmark {
  let name: String
  /// The limit the figure is held to.
  let target: Target
  let run: () throws -> Measurement

  enum Target {
    case cpuMilliseconds(Double)
    /// CPU time and peak memory.
    case cpuAndMemory(milliseconds: Double, megabytes: Double)
    case none
  }
}

/// A benchmark's runs summed up.
struct BenchmarkResult {
  let name: String
  let runs: [Measurement]
  let target: Benchmark.Target

  var medianCPU: Double { median(runs.map(\.cpuMilliseconds)) }
  var medianWall: Double { median(runs.map(\.wallMilliseconds)) }
  var peakMegabytes: Double { runs.map(\.peakMegabytes).max() ?? 0 }

  var targetText: String {
    switch target {
    case .cpuMilliseconds(let limit): "≤ \(format(limit)) ms"
    case .cpuAndMemory(let milliseconds, let megabytes): "≤ \(format(milliseconds)) ms, ≤ \(format(megabytes)) MB"
    case .none: "-"
    }
  }

  var meetsTarget: Bool? {
    switch target {
    case .cpuMilliseconds(let limit): medianCPU <= limit
    case .cpuAndMemory(let milliseconds, let megabytes): medianCPU <= milliseconds && peakMegabytes <= megabytes
    case .none: nil
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
