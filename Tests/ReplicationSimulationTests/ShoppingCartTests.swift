import ReplicationModel
import ReplicationSimulation
import Testing

/// Kleppmann's shopping cart, run on one leader with two clients (DDIA 1st ed., ch. 5,
/// "Capturing the happens-before relationship", figure 5-13). Each write sends the context of the
/// client's last answer; the leader replaces what that context covers and keeps the rest.
@Suite struct ShoppingCartTests {
  @Test func theFiveWritesKeepAndReplaceTheSiblingsOfFigure5To13() throws {
    var world = try Simulation.make(policy: .siblings)
    let us = try world.node("us")
    let one = WritingClient(name: "client1")
    let two = WritingClient(name: "client2")
    func write(_ value: String, as client: WritingClient) throws -> [String] {
      try world.write(key: "cart", .value(value), to: us, as: client)
      world.settle()
      return world.values("cart", at: us)
    }
    // Client 1 adds milk: version 1.
    #expect(try write("milk", as: one) == ["milk"])
    // Client 2 adds eggs without having read: version 2 is a sibling of version 1.
    #expect(try write("eggs", as: two) == ["milk", "eggs"])
    // Client 1 adds flour to what it last saw (version 1): replaces milk, keeps eggs.
    #expect(try write("milk,flour", as: one) == ["eggs", "milk,flour"])
    // Client 2 merges what it last saw (version 2) and adds ham: replaces milk and eggs.
    #expect(try write("eggs,milk,ham", as: two) == ["milk,flour", "eggs,milk,ham"])
    // Client 1 merges what it last saw (version 3) and adds bacon: replaces milk,flour and eggs.
    #expect(try write("milk,flour,eggs,bacon", as: one) == ["eggs,milk,ham", "milk,flour,eggs,bacon"])
    #expect(try world.read("cart", at: us).context == VersionVector([5, 0]))
    let report = world.report()
    #expect(report.lostWrites.isEmpty && report.converged)
    #expect(report.unresolvedConflicts.map(\.writes) == [[WriteID(4), WriteID(5)]])
  }
}
