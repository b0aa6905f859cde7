import FuzzDriver
import ReplicationModel

@testable import Workbench

/// One input: a context token as typed after `--context`.
///
/// A token that parses must parse again, to the same vector, from the form a read prints.
func fuzzOne(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
  guard let vector = try? ValueParser.vector(text) else { return 0 }
  let printed = "[" + vector.counters.map(String.init).joined(separator: ",") + "]"
  guard let again = try? ValueParser.vector(printed), again == vector else {
    fatalError("context token \(String(reflecting: text)) parses as \(vector) but \(printed) does not")
  }
  return 0
}

_ = fuzz_run(CommandLine.argc, CommandLine.unsafeArgv, fuzzOne)
