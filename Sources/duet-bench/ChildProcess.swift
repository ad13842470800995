import Foundation

/// Runs a program and reads what it cost: its CPU time and its peak memory.
enum ChildProcess {
  static let time = "/usr/bin/time"

  /// Runs `path arguments` with no input and its output discarded, and returns its CPU time (user plus system, from
  /// `wait4`, to the microsecond). Fails on a non-zero exit.
  static func cpuMilliseconds(_ path: String, _ arguments: [String], environment: [String: String] = [:]) throws
    -> Double
  {
    let usage = try run([path] + arguments, environment: environment)
    func milliseconds(_ time: timeval) -> Double { Double(time.tv_sec) * 1000 + Double(time.tv_usec) / 1000 }
    return milliseconds(usage.ru_utime) + milliseconds(usage.ru_stime)
  }

  /// The peak resident memory of `path arguments`, in megabytes, or nil without GNU time.
  ///
  /// A child spawned from this (large) process starts out charged with the parent's resident memory, so `wait4`'s
  /// figure would be ours. GNU time forks a small child of its own and reports that one's peak.
  static func peakMegabytes(_ path: String, _ arguments: [String], environment: [String: String] = [:]) throws
    -> Double?
  {
    guard FileManager.default.isExecutableFile(atPath: time) else { return nil }
    let report = NSTemporaryDirectory() + "duet-bench-time-\(getpid())"
    _ = try run([time, "-f", "%M", "-o", report, path] + arguments, environment: environment)
    return (try? String(contentsOfFile: report, encoding: .utf8)).flatMap {
      Double($0.trimmingCharacters(in: .whitespacesAndNewlines))
    }
    .map { $0 / 1024 }
  }

  private static func run(_ command: [String], environment: [String: String]) throws -> rusage {
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
    let argv = command.map { strdup($0) } + [nil]
    defer { for pointer in argv { free(pointer) } }
    var merged = ProcessInfo.processInfo.environment
    merged.merge(environment) { $1 }
    let envp = merged.map { strdup("\($0.key)=\($0.value)") } + [nil]
    defer { for pointer in envp { free(pointer) } }
    var pid: pid_t = 0
    guard posix_spawn(&pid, command[0], &actions, nil, argv, envp) == 0 else {
      throw BenchError("cannot start \(command[0])")
    }
    var status: Int32 = 0
    var usage = rusage()
    wait4(pid, &status, 0, &usage)
    guard status == 0 else { throw BenchError("\(command.joined(separator: " ")) exited with \(status)") }
    return usage
  }
}

struct BenchError: Error, CustomStringConvertible {
  let description: String
  init(_ description: String) { self.description = description }
}
