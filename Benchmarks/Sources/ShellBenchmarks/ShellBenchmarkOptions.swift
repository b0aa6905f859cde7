import BenchmarkSupport
import Glibc

/// The command line of `ShellBenchmarks`.
struct ShellBenchmarkOptions {
  static let usage = """
    usage: ShellBenchmarks [--binary PATH] [--hello PATH] [--runs N] [--script-runs N] [--only startup|script|diagram|experiment]
      --binary       the multileader executable (default ../.build/release/multileader)
      --hello        the Foundation hello-world (default: FoundationHello next to this program)
      --runs         start-ups of each program (default 200)
      --script-runs  runs of the 200-command script, and of the diagram scripts (default 20)
    """

  /// The `multileader` executable under test.
  var binary = "../.build/release/multileader"
  /// The Foundation hello-world baseline.
  var hello = ShellBenchmarkOptions.siblingExecutable("FoundationHello")
  /// How many times each program is started.
  var runs = 200
  /// How many times the script runs.
  var scriptRuns = 20
  /// Which phases run.
  var phases: Set<String> = ["startup", "script", "diagram", "experiment", "quiz"]

  /// Parses the arguments after the program name.
  init(_ arguments: ArraySlice<String>) throws {
    var remaining = arguments[...]
    while let flag = remaining.popFirst() {
      guard let value = remaining.popFirst() else { throw BenchmarkFailure("\(flag) needs a value") }
      switch flag {
      case "--binary": binary = value
      case "--hello": hello = value
      case "--runs": runs = try Self.count(value, flag)
      case "--script-runs": scriptRuns = try Self.count(value, flag)
      case "--only":
        guard ["startup", "script", "diagram", "experiment", "quiz"].contains(value) else {
          throw BenchmarkFailure("--only takes startup, script, diagram, experiment or quiz")
        }
        phases = [value]
      default: throw BenchmarkFailure("unknown option \(flag)")
      }
    }
    for path in [binary, hello] where access(path, X_OK) != 0 {
      throw BenchmarkFailure("\(path) is not an executable file (make bench builds both)")
    }
  }

  private static func count(_ text: String, _ flag: String) throws -> Int {
    guard let value = Int(text), value > 0 else { throw BenchmarkFailure("\(flag) takes a positive number") }
    return value
  }

  /// The path of an executable in the same folder as this one.
  static func siblingExecutable(_ name: String) -> String {
    var buffer = [CChar](repeating: 0, count: 4_096)
    let length = readlink("/proc/self/exe", &buffer, buffer.count - 1)
    guard length > 0 else { return name }
    let path = String(decoding: buffer[0..<length].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    guard let slash = path.lastIndex(of: "/") else { return name }
    return String(path[...slash]) + name
  }
}
