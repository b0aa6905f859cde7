import ReplicationModel
import ReplicationSimulation
import Testing

/// Causal contexts: what a client read, handed back with its write.
@Suite struct ContextTokenTests {
  @Test func aWriteWithAStaleContextBecomesASibling() throws {
    var world = try Simulation.make(policy: .siblings)
    let us = try world.node("us")
    let asia = try world.node("asia")
    try world.write(key: "cart", .value("milk"), to: us)
    world.settle()
    let read = try world.read("cart", at: asia)
    #expect(read.context == VersionVector([1, 0]))

    // Someone else replaces the cart at US; the Asia client still writes from its old read.
    let other = try world.write(key: "cart", .value("milk,eggs"), to: us)
    world.settle()
    let stale = try world.write(key: "cart", .value("milk,bread"), to: asia, context: read.context)
    world.settle()

    for node in world.layout.nodes {
      #expect(world.values("cart", at: node.id) == ["milk,eggs", "milk,bread"])
    }
    let report = world.report()
    #expect(world.conflicts == ["cart": [other.write, stale.write]])
    #expect(report.lostWrites.isEmpty)
  }

  @Test func aStaleContextAtTheSameLeaderDoesNotClaimWritesItNeverSaw() throws {
    // Both clients use the US leader. The second write comes from a read made before the first
    // was accepted, so it must sit beside it as a sibling, not silently replace it.
    var world = try Simulation.make(policy: .siblings)
    let us = try world.node("us")
    try world.write(key: "cart", .value("milk"), to: us)
    world.settle()
    let read = try world.read("cart", at: us)
    let other = try world.write(key: "cart", .value("milk,eggs"), to: us)
    world.settle()
    let stale = try world.write(key: "cart", .value("milk,bread"), to: us, context: read.context)
    world.settle()

    for node in world.layout.nodes {
      #expect(world.values("cart", at: node.id) == ["milk,eggs", "milk,bread"])
    }
    let otherVersion = try #require(world.acceptedVersion(of: other))
    let staleVersion = try #require(world.acceptedVersion(of: stale))
    #expect(otherVersion.order(relativeTo: staleVersion) == .concurrent)
    #expect(world.conflicts == ["cart": [other.write, stale.write]])
    #expect(world.report().lostWrites.isEmpty)

    // A read now covers both, and writing back with it settles the conflict.
    let both = try world.read("cart", at: try world.node("asia"))
    let settled = try world.write(key: "cart", .value("bread,eggs,milk"), to: us, context: both.context)
    world.settle()
    #expect(world.valuesEverywhere("cart").values.allSatisfy { $0 == ["bread,eggs,milk"] })
    #expect(world.history[settled.write]?.replaces == [other.write, stale.write])
    #expect(world.report().lostWrites.isEmpty)
  }

  @Test func aWritePassingTheReadContextReplacesEverySibling() throws {
    var world = try Simulation.make(followers: 1, policy: .siblings)
    let us = try world.node("us")
    let asia = try world.node("asia")
    let fromUS = try world.write(key: "cart", .value("milk"), to: us)
    let fromAsia = try world.write(key: "cart", .value("eggs"), to: asia)
    world.settle()
    let read = try world.read("cart", at: try world.node("us-f1"))
    #expect(read.versions.map(\.payload) == [.value("milk"), .value("eggs")])
    #expect(read.context == VersionVector([1, 1]))

    let resolved = try world.write(key: "cart", .value("eggs,milk"), to: asia, context: read.context)
    world.settle()
    for node in world.layout.nodes { #expect(world.values("cart", at: node.id) == ["eggs,milk"]) }
    #expect(world.history[resolved.write]?.replaces == [fromUS.write, fromAsia.write])
    let report = world.report()
    #expect(report.unresolvedConflicts.isEmpty && report.lostWrites.isEmpty && report.converged)
  }

  @Test func aManualConflictStaysUntilAWriteCarriesTheReadContext() throws {
    var world = try Simulation.make(policy: .manual)
    let us = try world.node("us")
    let asia = try world.node("asia")
    let fromUS = try world.write(key: "balance", .value("100"), to: us)
    let fromAsia = try world.write(key: "balance", .value("200"), to: asia)
    world.settle()
    world.run(for: .seconds(60))
    #expect(world.conflicts == ["balance": [fromUS.write, fromAsia.write]])

    // A write from a client that read only the US value settles nothing: Asia's stays.
    let partial = try world.write(key: "balance", .value("150"), to: us, context: VersionVector([1, 0]))
    world.settle()
    #expect(world.conflicts == ["balance": [fromAsia.write, partial.write]])

    let read = try world.read("balance", at: asia)
    #expect(read.versions.count == 2)
    let resolution = try world.write(key: "balance", .value("300"), to: asia, context: read.context)
    world.settle()
    let report = world.report()
    #expect(report.unresolvedConflicts.isEmpty)
    #expect(report.lostWrites.isEmpty && report.converged)
    #expect(world.valuesEverywhere("balance").values.allSatisfy { $0 == ["300"] })
    #expect(world.history[resolution.write]?.replaces == [fromAsia.write, partial.write])
  }

  @Test func aContextReadAtOneLeaderCoversWhatThatLeaderHadSeen() throws {
    // Asia's write reaches US, whose client reads it and replaces it; EU gets the US write but
    // not Asia's (cut off from Asia). The EU client reads the US write, and through it has seen
    // Asia's: its write must replace the US write, not sit beside it as a conflict.
    var world = try Simulation.make(regions: ["us", "asia", "eu"], policy: .siblings)
    let us = try world.node("us")
    let asia = try world.node("asia")
    let eu = try world.node("eu")
    world.partition([asia], from: [eu])
    let first = try world.write(key: "doc", .value("asia draft"), to: asia)
    world.run(for: .milliseconds(100))
    let seenAtUS = try world.read("doc", at: us)
    let second = try world.write(key: "doc", .value("us edit"), to: us, context: seenAtUS.context)
    world.run(for: .milliseconds(100))
    #expect(world.values("doc", at: eu) == ["us edit"])
    let seenAtEU = try world.read("doc", at: eu)
    let third = try world.write(key: "doc", .value("eu edit"), to: eu, context: seenAtEU.context)
    world.run(for: .milliseconds(100))
    world.heal()
    world.settle()

    #expect(world.valuesEverywhere("doc").values.allSatisfy { $0 == ["eu edit"] })
    let secondVersion = try #require(world.acceptedVersion(of: second))
    let thirdVersion = try #require(world.acceptedVersion(of: third))
    #expect(secondVersion.order(relativeTo: thirdVersion) == .before)
    #expect(world.history[third.write]?.replaces == [second.write])
    #expect(world.history[second.write]?.replaces == [first.write])
    #expect(world.report().unresolvedConflicts.isEmpty)
  }
}

/// A context counts only writes that exist for its key (Riak and Dynamo hand a client the causal
/// context of the key it read; a context from another key, or typed by hand, is not one).
@Suite struct ForeignContextTests {
  @Test func aContextCopiedFromAnotherKeyIsRefusedAndNoAcknowledgedWriteVanishes() throws {
    var world = try Simulation.make(policy: .siblings)
    let us = try world.node("us")
    let asia = try world.node("asia")
    try world.write(key: "k2", .value("x"), to: asia)
    world.settle()
    let other = try world.read("k2", at: asia).context
    #expect(other == VersionVector([0, 1]))
    // [0,1] counts a write by asia to k1 that does not exist: it must not be accepted, or asia's
    // first real write to k1 would look already seen and be dropped everywhere.
    #expect(throws: ModelError.self) {
      try world.write(key: "k1", .value("a"), to: us, context: other)
    }
    #expect(throws: ModelError.self) {
      try world.write(key: "k1", .value("a"), to: us, context: VersionVector([5, 7]))
    }
    try world.write(key: "k1", .value("a"), to: us)
    world.settle()
    let b = try world.write(key: "k1", .value("b"), to: asia)
    world.settle()
    #expect(world.acceptedVersion(of: b) != nil)
    #expect(world.valuesEverywhere("k1").values.allSatisfy { $0.contains("b") })
    #expect(world.report().lostWrites.isEmpty)
  }

  @Test func aContextFromAReadOfTheSameKeyElsewhereIsStillAccepted() throws {
    // Riak: a client may read at one replica and write through another that has not yet
    // received what it read; the context still counts only writes that exist.
    var world = try Simulation.make(policy: .siblings)
    let us = try world.node("us")
    let asia = try world.node("asia")
    world.partition([us], from: [asia])
    try world.write(key: "k", .value("a"), to: asia)
    world.run(for: .milliseconds(10))
    let read = try world.read("k", at: asia)
    let issued = try world.write(key: "k", .value("b"), to: us, context: read.context)
    world.heal()
    world.settle()
    #expect(world.acceptedVersion(of: issued) != nil)
    #expect(world.valuesEverywhere("k").values.allSatisfy { $0 == ["b"] })
    #expect(world.report().lostWrites.isEmpty)
  }
}
