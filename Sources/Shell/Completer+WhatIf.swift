import ReplicationModel
import Workbench

extension Completer {
  /// The candidates after `what-if KIND …`: what each kind of setting takes, in order.
  func whatIfCompletions(_ typed: [String], partial: String) -> [String] {
    let kind = typed[0].lowercased()
    let position = typed.count - 1
    let kinds: [String: [ArgumentKind]] = [
      "policy": [.policy, .policyArgument], "timestamps": [.timestampSource], "clock": [.node, .duration],
      "latency": [.region, .region, .duration], "topology": [.topology],
    ]
    if kind == "preset" {
      return position == 0 ? candidates(for: .policyArgument, partial: partial, policy: "preset") : []
    }
    guard let arguments = kinds[kind], position < arguments.count else { return [] }
    let policy = kind == "policy" && position == 1 ? typed[1].lowercased() : ""
    return candidates(for: arguments[position], partial: partial, policy: policy)
  }
}
