import ReplicationModel
import ReplicationSimulation
import TerminalUI

extension Workbench {
  /// Why the replicas differ on `key`, when pgactive discarded an UPDATE that overtook the
  /// INSERT of its row; empty for any other divergence.
  ///
  /// pgactive has no causal ordering across nodes: a node that receives an UPDATE before the
  /// INSERT of its row finds no row, discards the UPDATE, and keeps the INSERT when it comes
  /// (aws/pgactive, docs/referenceguide.md, INSERT/UPDATE conflicts).
  package func missingRowDivergence(of key: String) -> [String] {
    let discards = world.history.missingRowDiscards.filter { $0.key == key }
    guard !discards.isEmpty else { return [] }
    let layout = world.layout
    var lines = discards.map { discard in
      "  \(TerminalText.sanitized(key)): \(layout.name(of: discard.node)) discarded \(discard.write) at \(discard.time):"
        + " an UPDATE that arrived before the INSERT of its row, which pgactive discards."
    }
    // Which replicas hold which writes now, in node order.
    var holders: [(writes: String, nodes: [String])] = []
    for node in layout.nodes {
      let held = world.nodes[node.id.index].store[key].held
      let writes = held.isEmpty ? "nothing" : held.map(\.writeID.description).joined(separator: "+")
      if let index = holders.firstIndex(where: { $0.writes == writes }) {
        holders[index].nodes.append(node.name)
      } else {
        holders.append((writes, [node.name]))
      }
    }
    let holding = holders.map {
      "\($0.nodes.joined(separator: ", ")) \($0.nodes.count == 1 ? "holds" : "hold") \($0.writes)"
    }
    lines.append("  \(TerminalText.sanitized(key)) now: \(holding.joined(separator: "; ")).")
    return lines
  }
}
