import Foundation

/// What a run of the built `duet` binary did.
public struct ProcessResult {
  public let status: Int32
  public let stdout: String
  public let stderr: String

  /// stdout's lines, without the last empty one.
  public var lines: [String] {
    stdout.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init)
  }
}

/// Runs the `duet` binary that `swift build` put beside the test bundle.
public enum DuetProcess {
  /// The built binary: the tests run from the same products folder.
  public static var executable: URL {
    let products =
      Bundle.main.bundleURL.pathExtension == "xctest"
      ? Bundle.main.bundleURL.deletingLastPathComponent() : Bundle.main.bundleURL
    return products.appendingPathComponent("duet")
  }

  /// Runs `duet arguments` with `environment` added to a clean one, feeding `input` to stdin, and waits.
  public static func run(
    _ arguments: [String], environment: [String: String] = [:], input: String = ""
  ) throws -> ProcessResult {
    try launch(arguments, environment: environment, input: input).wait()
  }

  /// Starts `duet arguments` with `input` on stdin and returns at once; `wait()` collects the result.
  ///
  /// stdout and stderr go to files, so a large output never blocks the child on a full pipe.
  public static func launch(
    _ arguments: [String], environment: [String: String] = [:], input: String = ""
  ) throws -> RunningDuet {
    let folder = try TemporaryDirectory()
    let outPath = try folder.write("stdout", "")
    let errPath = try folder.write("stderr", "")
    let process = try start(
      arguments, environment: environment, stdout: try FileHandle(forWritingTo: URL(fileURLWithPath: outPath)),
      stderr: try FileHandle(forWritingTo: URL(fileURLWithPath: errPath)))
    let stdin = (process.standardInput as! Pipe).fileHandleForWriting
    stdin.write(Data(input.utf8))
    try stdin.close()
    return RunningDuet(process: process, folder: folder)
  }

  /// Starts `duet arguments` with a pipe on stdin (and by default on stdout and stderr), and returns at once.
  public static func start(
    _ arguments: [String], environment: [String: String] = [:], stdout: Any = Pipe(), stderr: Any = Pipe()
  ) throws -> Process {
    let process = Process()
    process.executableURL = executable
    process.arguments = arguments
    var base = ["PATH": "/usr/bin:/bin", "HOME": NSTemporaryDirectory(), "LANG": "C.UTF-8", "TZ": "UTC"]
    base.merge(environment) { $1 }
    process.environment = base
    process.standardInput = Pipe()
    process.standardOutput = stdout
    process.standardError = stderr
    try process.run()
    return process
  }
}

/// A `duet` process started by `DuetProcess.launch`.
public struct RunningDuet {
  let process: Process
  let folder: TemporaryDirectory

  /// Waits for the process to end and returns what it printed.
  public func wait() throws -> ProcessResult {
    process.waitUntilExit()
    return ProcessResult(
      status: process.terminationStatus,
      stdout: try String(contentsOfFile: folder.file("stdout"), encoding: .utf8),
      stderr: try String(contentsOfFile: folder.file("stderr"), encoding: .utf8))
  }
}
