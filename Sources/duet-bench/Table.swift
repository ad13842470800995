/// The results as an aligned text table, as the README shows it.
struct Table {
  let results: [BenchmarkResult]

  init(_ results: [BenchmarkResult]) { self.results = results }

  var text: String {
    let compared = results.contains { $0.ratio != nil }
    let header = ["benchmark", "median ms", "p99 ms", "peak MB", "target", "met"] + (compared ? ["ratio"] : [])
    let rows = results.map { result in
      [
        result.name, format(result.median), result.p99.map(format) ?? "-", result.peakMegabytes.map(format) ?? "-",
        result.targetText, result.meetsTarget(among: results).map { $0 ? "yes" : "NO" } ?? "-",
      ] + (compared ? [result.ratio.map { String(format: "%.2f×", $0) } ?? ""] : [])
    }
    let widths = header.indices.map { column in ([header] + rows).map { $0[column].count }.max() ?? 0 }
    func line(_ cells: [String]) -> String {
      zip(cells, widths).map { $0 + String(repeating: " ", count: $1 - $0.count) }.joined(separator: "  ")
    }
    return ([line(header), widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ")] + rows.map(line))
      .joined(separator: "\n")
  }
}
