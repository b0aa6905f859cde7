import ReplicationModel

/// One step of an explored order: an event, or a fault the explorer injected.
public enum ExplorationStep: Hashable, Sendable {
  /// A pending event happened.
  case event(EventIdentity)
  /// A message was lost for good.
  case drop(EventIdentity)
  /// A node crashed.
  case crash(NodeID)
  /// A crashed node recovered.
  case recover(NodeID)
  /// The network was cut between two groups (given as node bit sets).
  case partition(UInt64, UInt64)
  /// Every partition healed.
  case heal

  /// The node the step happens at, or `nil` when it touches the whole world (faults, timers):
  /// steps at different nodes commute.
  var node: Int? {
    switch self {
    case .event(let identity):
      switch identity.what {
      case .delivery(_, let to, _): to.index
      case .clientArrival(_, let node): node.index
      case .clientSend, .clientAnswer, .timer: nil
      }
    case .drop, .crash, .recover, .partition, .heal: nil
    }
  }

  /// Whether two steps commute: they happen at different nodes.
  func isIndependent(of other: ExplorationStep) -> Bool {
    guard let a = node, let b = other.node else { return false }
    return a != b
  }
}
