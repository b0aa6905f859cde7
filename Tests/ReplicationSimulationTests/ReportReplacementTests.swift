import ReplicationModel
import Testing

@testable import ReplicationSimulation

/// The report counts a write as replaced only by a write whose client could have read it.
@Suite struct ReplacedOnlyBySeeingWritesTests {
  @Test func aForgedContextDoesNotCountALaterWriteAsReplaced() throws {
    // A request whose context counts seven asia writes to k1 that do not exist reaches us (the
    // simulation refuses such a context up front; this one goes around that check, as a
    // misbehaving client of a real store could). Asia then accepts b, its first write to k1;
    // when a arrives, its vector claims to have seen b, so every replica drops b. The report
    // must call b lost: it was accepted after a's client sent its context, so a never saw it.
    var world = try Simulation.make(policy: .siblings)
    let us = try world.node("us")
    let asia = try world.node("asia")
    world.sendUncheckedRequest(key: "k1", value: "a", to: us, context: VersionVector([0, 7]))
    world.run(for: .milliseconds(10))
    let b = try world.write(key: "k1", .value("b"), to: asia)
    world.settle()
    #expect(world.acceptedVersion(of: b) != nil)
    #expect(world.valuesEverywhere("k1").values.allSatisfy { $0 == ["a"] })
    #expect(world.report().lostWrites.map(\.write) == [b.write])
  }
}

extension Simulation {
  /// Sends a client write with `context` as it is, without ``write(key:_:to:from:context:at:)``'s
  /// check that the context counts only writes that exist.
  fileprivate mutating func sendUncheckedRequest(
    key: String, value: String, to node: NodeID, context: VersionVector
  ) {
    let request = ClientWrite(
      request: RequestID(nextRequest), write: WriteID(nextWrite), key: key, payload: .value(value),
      context: context)
    nextRequest += 1
    nextWrite += 1
    queue.schedule(.clientSend(request, client: layout.region(of: node), node: node), at: now)
  }
}
