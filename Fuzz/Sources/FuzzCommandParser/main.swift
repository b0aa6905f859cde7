import FuzzDriver

@testable import Shell

/// One input: one line of the command language. It parses to a command, to nothing (blank or
/// a comment), or to a `ShellError` with a message; anything else is a finding.
func fuzzOne(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  let line = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
  do {
    _ = try ShellCommand.parse(line)
  } catch {
    if error.message.isEmpty { fatalError("empty error message for \(String(reflecting: line))") }
  }
  return 0
}

_ = fuzz_run(CommandLine.argc, CommandLine.unsafeArgv, fuzzOne)
