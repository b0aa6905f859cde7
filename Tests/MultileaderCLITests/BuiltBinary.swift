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

  /// Runs the binary with `arguments`, no standard input, and returns what it printed.
  static func run(_ arguments: [String]) throws -> Output {
    let process = Process()
    process.executableURL = try locate()
    process.arguments = arguments
    process.standardInput = FileHandle.nullDevice
    let stdout = Pipe()
    let stderr = Pipe()
    process.standardOutput = stdout
    process.standardError = stderr
    try process.run()
    // Read both pipes to the end before waiting, so a chatty child cannot block on a full pipe.
    let outData = stdout.fileHandleForReading.readDataToEndOfFile()
    let errData = stderr.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return Output(
      exitCode: process.terminationStatus,
      standardOutput: String(decoding: outData, as: UTF8.self),
      standardError: String(decoding: errData, as: UTF8.self)
    )
  }
}
