import Foundation

/// What one run of a child process cost, as the kernel accounts it.
struct Measurement {
  /// User plus system CPU time, in milliseconds.
  let cpuMilliseconds: Double
  let wallMilliseconds: Double
  /// Peak resident memory, in megabytes.
  let peakMegabytes: Double
}

/// Runs a program and reads its resource use with `wait4`, which reports that child alone.
enum ChildProcess {
  /// Runs `path arguments` with stdin from `input` (or /dev/null) and stdout to /dev/null; fails on a non-zero exit.
  static func measure(_ path: String, _ arguments: [String], environment: [String: String] = [:], input: String? = nil)
    throws -> Measurement
  {
    var actions: posix_spawn_file_actions_t = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, input ?? "/dev/null", O_RDONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
    let argv = ([path] + arguments).map { strdup($0) } + [nil]
    defer { argv.forEach { free($0) } }
    var merged = ProcessInfo.processInfo.environment
    merged.merge(environment) { $1 }
    let envp = merged.map { strdup("\($0.key)=\($0.value)") } + [nil]
    defer { envp.forEach { free($0) } }
    var pid: pid_t = 0
    let started = DispatchTime.now()
    guard posix_spawn(&pid, path, &actions, nil, argv, envp) == 0 else {
      throw BenchError("cannot start \(path)")
    }
    var status: Int32 = 0
    var usage = rusage()
    wait4(pid, &status, 0, &usage)
    let wall = Double(DispatchTime.now().uptimeNanoseconds - started.uptimeNanoseconds) / 1e6
    guard status == 0 else { throw BenchError("\(path) \(arguments.joined(separator: " ")) exited with \(status)") }
    func milliseconds(_ time: timeval) -> Double { Double(time.tv_sec) * 1000 + Double(time.tv_usec) / 1000 }
    return Measurement(
      cpuMilliseconds: milliseconds(usage.ru_utime) + milliseconds(usage.ru_stime), wallMilliseconds: wall,
      peakMegabytes: Double(usage.ru_maxrss) / 1024)
  }
}

struct BenchError: Error, CustomStringConvertible {
  let description: String
  init(_ description: String) { self.description = description }
}
