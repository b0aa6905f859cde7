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
    run(["write us k1=a", "run", "read asia k1", "write asia k1=b", "run"], in: &session)
    #expect(session.execute("read us k1").output.hasPrefix("us k1 = b"))
    #expect(session.execute("report").output.contains("Lost: 0."))
  }

  // Riak KV docs, "Conflict Resolution" (siblings in action): values stored without a causal
  // context are all kept as siblings. The shell's clients keep the context of their last read or
  // write of a key, and send it with the next write.
  @Test func aClientThatNeverReadTheKeyMakesASibling() {
    var session = ShellSession(options: SessionOptions(style: .plain, width: 200))
    run(["policy siblings", "write us cart=milk", "run"], in: &session)
    let blind = session.execute("write asia cart=eggs").output
    #expect(blind.contains("w2 accepted by asia: cart=eggs, context none"), "\(blind)")
    run(["run"], in: &session)
    #expect(session.execute("read us cart").output.hasPrefix("us cart has 2 siblings"))
    #expect(session.execute("report").output.contains("Lost: 0."))
  }

  @Test func aNamedClientReplacesItsOwnWriteAndContextNoneMakesASibling() {
    var session = ShellSession(options: SessionOptions(style: .plain, width: 200))
    run(["policy preset riak", "write us cart=milk --as ana"], in: &session)
    let second = session.execute("write us cart=milk,flour --as ana").output
    #expect(second.contains("context [1,0], version [2,0]"), "\(second)")
    #expect(session.execute("read us cart").output.hasPrefix("us cart = milk,flour"))
    let none = session.execute("write us cart=ham --as ana --context none").output
    #expect(none.contains("context none"), "\(none)")
    #expect(session.execute("read us cart").output.hasPrefix("us cart has 2 siblings"))
    #expect(session.execute("write us cart=x --as 'no way'").failed)
  }
}
