import Testing

/// End-to-end checks that run the built `multileader` binary as a subprocess.
@Suite("multileader executable")
struct CommandLineTests {
  @Test("--version prints the version and exits 0")
  func version() throws {
    let output = try BuiltBinary.run(["--version"])
    #expect(output.exitCode == 0)
    #expect(output.standardOutput == "multileader 0.1.0\n")
    #expect(output.standardError.isEmpty)
  }

  @Test("--help shows the abstract and exits 0")
  func help() throws {
    let output = try BuiltBinary.run(["--help"])
    #expect(output.exitCode == 0)
    #expect(output.standardOutput.contains("A terminal study companion for multi-leader replication"))
    #expect(output.standardOutput.contains("USAGE: multileader"))
    #expect(output.standardOutput.contains("--version"))
  }

  @Test("no arguments prints the coming-soon message and exits 0")
  func noArguments() throws {
    let output = try BuiltBinary.run([])
    #expect(output.exitCode == 0)
    #expect(output.standardOutput.contains("multileader 0.1.0"))
    #expect(output.standardOutput.contains("interactive shell is coming in a later release"))
  }

  @Test("an unknown flag exits non-zero and names the flag")
  func unknownFlag() throws {
    let output = try BuiltBinary.run(["--no-such-flag"])
    #expect(output.exitCode != 0)
    #expect(output.standardError.contains("--no-such-flag"))
    #expect(output.standardOutput.isEmpty)
  }
}
