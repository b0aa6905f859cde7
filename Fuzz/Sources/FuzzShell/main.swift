import FuzzDriver
import Shell
import Workbench

/// Smaller work limits than a person gets, so that each input stays cheap: `experiment`, `run` and
/// `explore` take the same paths and give the same messages, on less work (the standard limits are
/// exercised by the tests, the benchmarks and `make soak`).
let fuzzLimits = WorkLimits(experimentWrites: 300, events: 2_000, exploreStates: 40)

/// A session with the built-in course already loaded, copied for each input (a value: each input
/// starts from the same state, so a finding replays from its input alone).
let startingSession: ShellSession = {
  var session = ShellSession(options: SessionOptions(limits: fuzzLimits))
  _ = session.execute("lessons")
  return session
}()

/// One input: up to 24 lines, run one after another in one session, as a script or the REPL would.
func fuzzOne(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
  var session = startingSession
  for line in text.split(separator: "\n", omittingEmptySubsequences: false).prefix(24) {
    let outcome = session.execute(String(line))
    if outcome.error?.isEmpty == true { fatalError("empty error message for \(String(reflecting: line))") }
    if outcome.shouldQuit { break }
  }
  return 0
}

_ = fuzz_run(CommandLine.argc, CommandLine.unsafeArgv, fuzzOne)
