import Foundation

/// Runs a program and reads what it cost: its CPU time and its peak memory.
///
/// A child spawned from this (large) process starts out charged with the parent's resident memory, so `wait4`'s
/// peak would be ours. GNU time forks its own small child and reports that one's figures: when it is installed, the
/// child runs under it.
enum ChildProcess {
  static let time = "/usr/bin/time"

  /// Runs `path arguments` with stdin from /dev/null and its output discarded; fails on a non-zero exit.
  static func measure(_ path: String, _ arguments: [String], environment: [String: String] = [:]) throws
    -> Measurement
  {
    let report = NSTemporaryDirectory() + "duet-bench-time-\(getpid())"
    let timed = FileManager.default.isExecutableFile(atPath: time)
    let command = timed ? [time, "-f", "%U %S %M", "-o", report, path] + arguments : [path] + arguments
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
    let argv = command.map { strdup($0) } + [nil]
    defer { argv.forEach { free($0) } }
    var merged = ProcessInfo.processInfo.environment
    merged.merge(environment) { $1 }
    let envp = merged.map { strdup("\($0.key)=\($0.value)") } + [nil]
    defer { envp.forEach { free($0) } }
    var pid: pid_t = 0
    guard posix_spawn(&pid, command[0], &actions, nil, argv, envp) == 0 else {
      throw BenchError("cannot start \(command[0])")
    }
    var status: Int32 = 0
    var usage = rusage()
    wait4(pid, &status, 0, &usage)
    guard status == 0 else { throw BenchError("\(path) \(arguments.joined(separator: " ")) exited with \(status)") }
    if timed, let text = try? String(contentsOfFile: report, encoding: .utf8) {
      let fields = text.split(whereSeparator: \.isWhitespace).compactMap { Double($0) }
      if fields.count == 3 {
        return Measurement(milliseconds: (fields[0] + fields[1]) * 1000, peakMegabytes: fields[2] / 1024)
      }
    }
    func milliseconds(_ time: timeval) -> Double { Double(time.tv_sec) * 1000 + Double(time.tv_usec) / 1000 }
    return Measurement(
      milliseconds: milliseconds(usage.ru_utime) + milliseconds(usage.ru_stime),
      peakMegabytes: Double(usage.ru_maxrss) / 1024)
  }
}

struct BenchError: Error, CustomStringConvertible {
  let description: String
  init(_ description: String) { self.description = description }
}
