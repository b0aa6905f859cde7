import Foundation
import Testing

/// End-to-end checks of the argument parser side: version, help, options, usage errors.
@Suite("multileader executable")
struct CommandLineTests {
  @Test("--version prints the version and exits 0")
  func version() throws {
    let output = try BuiltBinary.run(["--version"])
    #expect(output.exitCode == 0)
    #expect(output.standardOutput == "multileader 0.1.0\n")
    #expect(output.standardError.isEmpty)
  }

  @Test("--help shows the abstract, the three ways to run, the options and `run`")
  func help() throws {
    let output = try BuiltBinary.run(["--help"])
    #expect(output.exitCode == 0)
    let text = output.standardOutput
    #expect(text.contains("A terminal study companion for multi-leader replication"))
    #expect(text.contains("USAGE: multileader [<options>]\n"))
    #expect(text.contains("multileader [<options>] run <file> ... [--keep-going]"))
    for option in ["--json", "--seed <n>", "--no-color", "--width <n>", "--version", "--help"] {
      #expect(text.contains(option), "missing \(option)")
    }
    #expect(text.contains("run                     Run the commands in one or more script files"))
  }

  @Test("no arguments with empty piped input runs nothing and exits 0")
  func noArgumentsEmptyInput() throws {
    let output = try BuiltBinary.run([])
    #expect(output.exitCode == 0)
    #expect(output.standardOutput.isEmpty)
    #expect(output.standardError.isEmpty)
  }

  @Test(
    "usage errors exit 64 and name the problem",
    arguments: [
      (["--no-such-flag"], "--no-such-flag"),
      (["--width", "0"], "--width must be a positive number of columns."),
      (["--width", "wide"], "wide"),
      (["--width", "1001"], "--width must be at most 1000 columns (got 1001)."),
      (
        ["--width", "1000000000000", "run", "-"], "--width must be at most 1000 columns (got 1000000000000)."
      ),
      (["--seed", "lots"], "lots"),
      (["run"], "Missing expected argument '<file> ...'"),
      (["frobnicate"], "frobnicate"),
    ]
  )
  func usageErrors(arguments: [String], mention: String) throws {
    let output = try BuiltBinary.run(arguments)
    #expect(output.exitCode == 64)
    #expect(output.standardError.contains(mention))
    #expect(output.standardOutput.isEmpty)
  }

  @Test("the widest --width draws a diagram and an experiment, fitted to it")
  func widestWidth() throws {
    let script =
      "write us topping=pepperoni at 12:00:00\nrun\ndiagram\nexperiment skew --points 5 --runs 1 --writes 20\n"
    let output = try BuiltBinary.run(["--no-color", "--width", "1000", "run", "-"], input: Data(script.utf8))
    #expect(output.exitCode == 0, "\(output.standardError)")
    let widest = output.standardOutput.split(separator: "\n").map(\.count).max() ?? 0
    #expect((40...1000).contains(widest), "\(widest)")
  }

  @Test(
    "global options are accepted before and after `run`",
    arguments: [
      ["--json", "--seed", "7", "--no-color", "--width", "50", "run", "-"],
      ["run", "--json", "--seed", "7", "--no-color", "--width", "50", "-"],
      ["--json", "--seed", "7", "--width", "50"],
    ]
  )
  func globalOptions(arguments: [String]) throws {
    let output = try BuiltBinary.run(arguments, input: Data("# nothing to do\n".utf8))
    #expect(output.exitCode == 0)
    #expect(output.standardError.isEmpty)
  }
}
