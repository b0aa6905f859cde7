import Course
import ReplicationModel
import ReplicationSimulation

extension AnswerCandidates {
  /// What an answer about `world` can name: every value and set element its writes carried
  /// ("deleted" for a deletion), its nodes and regions, and its leaders in vector order.
  package init(_ world: Simulation) {
    var values: [String] = []
    for record in world.history.inOrder {
      switch record.payload {
      case .value(let text): values.append(text)
      case .tombstone: values.append("deleted")
      case .crdtOperation(let operation):
        switch operation {
        case .add(let element), .remove(let element), .assign(let element): values.append(element)
        case .put(_, let value): values.append(value)
        case .increment, .decrement, .insert, .erase: break
        }
      case .crdt: break
      }
    }
    let layout = world.layout
    self.init(
      values: values, nodes: layout.nodes.map(\.name) + layout.regionNames,
      leaders: layout.leaders.map { layout.name(of: $0) })
  }
}
