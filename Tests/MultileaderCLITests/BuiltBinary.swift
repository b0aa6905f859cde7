import Dispatch
import Foundation

/// Finds and runs the `multileader` executable that SwiftPM built next to the test bundle.
///
/// The lookup does not assume `.build/`: it starts from where the running test binary lives, so it also
/// works with `--scratch-path`. Set `MULTILEADER_BINARY` to test some other binary.
enum BuiltBinary {
  /// The result of one run of the binary.
  struct Output {
    /// The process exit status.
    var exitCode: Int32
    /// Everything the process wrote to standard output.
    var standardOutput: String
    /// Everything the process wrote to standard error.
    var standardError: String
  }

  /// Errors raised while locating the binary.
  enum LookupError: Error, CustomStringConvertible {
    case notFound(searched: [String])

    var description: String {
      switch self {
      case .notFound(let searched):
        return "could not find the built `multileader` binary; looked in: "
          + searched.joined(separator: ", ")
          + ". Build it first (`swift build`) or set MULTILEADER_BINARY."
      }
    }
  }

  /// The name of the executable product.
  static let productName = "multileader"

  /// Returns the URL of the built executable.
  static func locate() throws -> URL {
    let fileManager = FileManager.default
    if let override = ProcessInfo.processInfo.environment["MULTILEADER_BINARY"], !override.isEmpty {
      return URL(fileURLWithPath: override)
    }
    var searched: [String] = []
    for start in startingPoints() {
      // Walk up a few levels: on macOS the test binary sits inside `X.xctest/Contents/MacOS/`.
      var directory = start.deletingLastPathComponent()
      for _ in 0..<4 {
        let candidate = directory.appendingPathComponent(productName)
        searched.append(directory.path)
        var isDirectory: ObjCBool = false
        if fileManager.fileExists(atPath: candidate.path, isDirectory: &isDirectory), !isDirectory.boolValue,
          fileManager.isExecutableFile(atPath: candidate.path)
        {
          return candidate
        }
        directory = directory.deletingLastPathComponent()
      }
    }
    throw LookupError.notFound(searched: searched)
  }

  /// Places the running test code may live, best first.
  private static func startingPoints() -> [URL] {
    var points: [URL] = []
    // Linux: the test bundle is an executable, and /proc/self/exe points at it.
    if let exe = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
      points.append(URL(fileURLWithPath: exe))
    }
    // macOS: the test bundle is loaded by a runner; find the loaded `.xctest` bundle.
    for bundle in Bundle.allBundles where bundle.bundlePath.hasSuffix(".xctest") {
      points.append(bundle.bundleURL.appendingPathComponent("placeholder"))
    }
    if let first = CommandLine.arguments.first {
      points.append(URL(fileURLWithPath: first).resolvingSymlinksInPath())
    }
    return points
  }

  /// Runs the binary and returns what it printed.
  ///
  /// Standard output and standard error go to temporary files (so neither can fill a pipe and block
  /// the child), standard input is a pipe fed from another thread, or `/dev/null` when `input` is
  /// `nil`. A child still running after `timeout` seconds is killed (SIGTERM, then SIGKILL) and
  /// reported as exit code -1.
  ///
  /// - Parameters:
  ///   - arguments: The command-line arguments.
  ///   - input: The bytes to pipe into standard input.
  ///   - environment: Variables to set (or, with `nil`, remove) on top of this process's environment.
  ///   - directory: The working directory.
  ///   - timeout: Seconds before the child is killed.
  ///   - executable: Another program to run instead (such as `/bin/bash`, to run the binary under
  ///     limits the test sets).
  /// - Returns: The exit code and everything the child printed.
  /// - Throws: When the binary cannot be found or started, or its output cannot be read back.
  static func run(
    _ arguments: [String],
    input: Data? = nil,
    environment: [String: String?] = [:],
    directory: URL? = nil,
    timeout: TimeInterval = 30,
    executable: URL? = nil
  ) throws -> Output {
    let process = Process()
    process.executableURL = try executable ?? locate()
    process.arguments = arguments
    var merged = ProcessInfo.processInfo.environment
    for (name, value) in environment { merged[name] = value }
    process.environment = merged
    if let directory { process.currentDirectoryURL = directory }

    let scratch = FileManager.default.temporaryDirectory
      .appendingPathComponent("multileader-cli-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: scratch) }
    let outURL = scratch.appendingPathComponent("stdout")
    let errURL = scratch.appendingPathComponent("stderr")
    _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
    _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
    let outHandle = try FileHandle(forWritingTo: outURL)
    let errHandle = try FileHandle(forWritingTo: errURL)
    process.standardOutput = outHandle
    process.standardError = errHandle

    let stdin = Pipe()
    process.standardInput = input == nil ? FileHandle.nullDevice : stdin
    try process.run()
    try? outHandle.close()
    try? errHandle.close()
    if let input {
      let writer = stdin.fileHandleForWriting
      // The child may stop reading early (a failing line ends the run); ignore the broken pipe.
      signal(SIGPIPE, SIG_IGN)
      DispatchQueue.global().async {
        try? writer.write(contentsOf: input)
        try? writer.close()
      }
    }
    let deadline = Date().addingTimeInterval(timeout)
    while process.isRunning && Date() < deadline { usleep(10_000) }
    var exitCode = Int32(-1)
    if process.isRunning {
      // SIGTERM first; a child that handles it and stays blocked (in an open(2) that waits, say)
      // gets SIGKILL a few seconds later, so a hang fails the test instead of stalling the run.
      process.terminate()
      let grace = Date().addingTimeInterval(3)
      while process.isRunning && Date() < grace { usleep(10_000) }
      if process.isRunning { kill(process.processIdentifier, SIGKILL) }
      process.waitUntilExit()
    } else {
      process.waitUntilExit()
      exitCode =
        process.terminationReason == .exit ? process.terminationStatus : 128 + process.terminationStatus
    }
    return Output(
      exitCode: exitCode,
      standardOutput: String(decoding: try Data(contentsOf: outURL), as: UTF8.self),
      standardError: String(decoding: try Data(contentsOf: errURL), as: UTF8.self)
    )
  }
}
