import Shell
import Testing
import Workbench

/// `write … --context` takes only a context that counts writes existing for that key (Riak and
/// Dynamo give a client the causal context of the key it read).
@Suite struct ContextCommandTests {
  private func run(_ lines: [String], in session: inout ShellSession) {
    for line in lines {
      let outcome = session.execute(line)
      #expect(!outcome.failed, "\(line): \(outcome.error ?? "")")
    }
  }

  @Test func aContextFromAnotherKeyIsRefusedAndTheLaterWriteIsKept() {
    var session = ShellSession(options: SessionOptions(style: .plain, width: 100))
    run(["policy siblings", "write asia k2=x", "read asia k2"], in: &session)
    let copied = session.execute("write us k1=a --context [0,1]")
    #expect(copied.failed)
    let message = copied.error ?? ""
    #expect(
      message.contains("[0,1]") && message.contains("asia") && message.contains("read k1"), "\(message)")
    let typed = session.execute("write us k1=a --context [5,7]")
    #expect(typed.failed)
    #expect((typed.error ?? "").contains("[5,7]"), "\(typed.error ?? "")")
    run(["write us k1=a", "run", "write asia k1=b", "run"], in: &session)
    #expect(session.execute("read us k1").output.hasPrefix("us k1 = b"))
    #expect(session.execute("report").output.contains("Lost: 0."))
  }
}
