import ReplicationModel
import ReplicationSimulation
import Testing

/// The causal context of a write is what its client read, never what the leader holds.
///
/// Riak KV docs, "Conflict Resolution" (2.x): an object stored without a causal context is
/// concurrent with what the store holds, so with allow_mult it becomes one more sibling (the
/// "siblings in action" example stores two values without a context and reads back both).
/// Kleppmann, DDIA ch. 5, "Capturing the happens-before relationship": a client that has not read
/// the key sends no version, and the server keeps its value beside the others.
@Suite struct ClientContextTests {
  /// Two clients write one key through one leader; the second never read it.
  private func secondWriteWithoutReading(policy: PolicyChoice) throws -> (Simulation, [IssuedWrite]) {
    var world = try Simulation.make(policy: policy)
    let first = try world.write(key: "cart", .value("milk"), to: try world.node("us"))
    world.settle()
    let second = try world.write(key: "cart", .value("eggs"), to: try world.node("asia"))
    world.settle()
    return (world, [first, second])
  }

  @Test(arguments: [PolicyChoice.siblings, .manual, .preset(.riak)])
  func aWriteWithoutAContextBecomesASibling(policy: PolicyChoice) throws {
    let (world, writes) = try secondWriteWithoutReading(policy: policy)
    for node in world.layout.nodes {
      #expect(world.values("cart", at: node.id) == ["milk", "eggs"], "\(policy.name) at \(node.name)")
    }
    #expect(world.conflicts == ["cart": writes.map(\.write)])
    let report = world.report()
    #expect(report.lostWrites.isEmpty && report.converged)
    #expect(world.history[writes[1].write]?.replaces == [])
  }

  @Test(arguments: [PolicyChoice.lastWriterWins, .preset(.cassandra), .preset(.dynamodb), .regionPriority])
  func lastWriterWinsSystemsStillReplaceWithoutAContext(policy: PolicyChoice) throws {
    // Cassandra and DynamoDB have no causal contexts: a later write simply wins.
    let (world, _) = try secondWriteWithoutReading(policy: policy)
    for node in world.layout.nodes { #expect(world.values("cart", at: node.id) == ["eggs"]) }
    #expect(world.report().lostWrites.isEmpty)
  }

  @Test func aWriteWithTheReadContextStillReplaces() throws {
    var world = try Simulation.make(policy: .preset(.riak))
    try world.write(key: "cart", .value("milk"), to: try world.node("us"))
    world.settle()
    let read = try world.read("cart", at: try world.node("asia"))
    try world.write(key: "cart", .value("milk,eggs"), to: try world.node("asia"), context: read.context)
    world.settle()
    for node in world.layout.nodes { #expect(world.values("cart", at: node.id) == ["milk,eggs"]) }
  }

  @Test func aClientsSecondWriteReplacesItsFirst() throws {
    // The answer to a write carries the key's context at the leader, which the client keeps.
    var world = try Simulation.make(policy: .siblings)
    let us = try world.node("us")
    let clerk = WritingClient(name: "clerk")
    let first = try world.write(key: "cart", .value("milk"), to: us, as: clerk)
    world.settle()
    #expect(world.clientContexts["clerk", "cart"] == VersionVector([1, 0]))
    let second = try world.write(key: "cart", .value("milk,flour"), to: us, as: clerk)
    world.settle()
    #expect(world.history[second.write]?.context == VersionVector([1, 0]))
    #expect(world.history[second.write]?.replaces == [first.write])
    for node in world.layout.nodes { #expect(world.values("cart", at: node.id) == ["milk,flour"]) }
    #expect(world.clientContexts["clerk", "cart"] == VersionVector([2, 0]))
    #expect(world.report().lostWrites.isEmpty)
  }

  @Test func aClientThatSendsNoContextMakesASibling() throws {
    var world = try Simulation.make(policy: .preset(.riak))
    let us = try world.node("us")
    try world.write(key: "cart", .value("milk"), to: us, as: WritingClient(name: "clerk"))
    world.settle()
    try world.write(
      key: "cart", .value("eggs"), to: us, as: WritingClient(name: "clerk", sendsLastContext: false))
    world.settle()
    for node in world.layout.nodes { #expect(world.values("cart", at: node.id) == ["milk", "eggs"]) }
    #expect(world.report().lostWrites.isEmpty)
  }

  @Test func aReadGivesTheClientItsContext() throws {
    var world = try Simulation.make(policy: .manual)
    let us = try world.node("us")
    let asia = try world.node("asia")
    try world.write(key: "cart", .value("milk"), to: us, as: WritingClient(name: "us"))
    world.settle()
    #expect(world.clientContexts["asia", "cart"] == nil)
    _ = try world.read("cart", at: asia, by: "asia")
    #expect(world.clientContexts["asia", "cart"] == VersionVector([1, 0]))
    try world.write(key: "cart", .value("eggs"), to: asia, as: WritingClient(name: "asia"))
    world.settle()
    for node in world.layout.nodes { #expect(world.values("cart", at: node.id) == ["eggs"]) }
    #expect(world.clientContexts.clients == ["asia", "us"])
  }

  @Test func aScheduledWriteCarriesTheContextItsClientHasWhenItIsSent() throws {
    // The first answer reaches the client before its second write leaves, 100 ms later.
    var world = try Simulation.make(policy: .siblings)
    let us = try world.node("us")
    let clerk = WritingClient(name: "clerk")
    try world.write(key: "cart", .value("milk"), to: us, as: clerk, at: .start + .milliseconds(100))
    let second = try world.write(
      key: "cart", .value("ham"), to: us, as: clerk, at: .start + .milliseconds(200))
    world.settle()
    #expect(world.history[second.write]?.context == VersionVector([1, 0]))
    for node in world.layout.nodes { #expect(world.values("cart", at: node.id) == ["ham"]) }
  }

  @Test func lastWriterWinsIgnoresTheClientsContext() throws {
    // Cassandra has no causal contexts; the client's remembered context is not sent.
    var world = try Simulation.make(policy: .preset(.cassandra))
    let us = try world.node("us")
    try world.write(key: "cart", .value("milk"), to: us, as: WritingClient(name: "clerk"))
    world.settle()
    let second = try world.write(key: "cart", .value("eggs"), to: us, as: WritingClient(name: "clerk"))
    world.settle()
    #expect(world.history[second.write]?.context == nil)
    #expect(world.clientContexts["clerk", "cart"] == VersionVector([2, 0]))
  }
}
