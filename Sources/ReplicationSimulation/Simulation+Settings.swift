import ReplicationModel

extension Simulation {
  /// Sets a node's clock skew and drift.
  public mutating func setClock(_ clock: NodeClock, of node: NodeID) throws(ModelError) {
    try clock.validate()
    nodes[node.index].setClock(clock)
  }

  /// The clock of a node.
  public func clock(of node: NodeID) -> NodeClock { nodes[node.index].writeClock.clock }

  /// Sets the policy of every key without its own.
  public mutating func setDefaultPolicy(_ policy: PolicyChoice) {
    updateLayout { $0.setDefaultPolicy(policy) }
  }

  /// Sets (or, with `nil`, clears) the policy of one key.
  public mutating func setPolicy(_ policy: PolicyChoice?, forKey key: String) {
    updateLayout { $0.setPolicy(policy, forKey: key) }
  }

  /// Sets the region priority, highest first.
  public mutating func setPriorityOrder(_ order: [String]) throws(ModelError) {
    var copy = layout
    try copy.setPriorityOrder(order)
    updateLayout { $0 = copy }
  }

  /// Sets where write timestamps come from.
  public mutating func setTimestampSource(_ source: TimestampSource) {
    updateLayout { $0.setTimestampSource(source) }
  }

  /// Sets how long quorum writes wait for a majority.
  public mutating func setQuorumTimeout(_ timeout: SimDuration) throws(ModelError) {
    var copy = layout
    try copy.setQuorumTimeout(timeout)
    updateLayout { $0 = copy }
  }

  /// Replaces the network conditions (latencies, loss, duplication, reordering).
  public mutating func setNetwork(_ conditions: NetworkConditions) throws(ModelError) {
    try conditions.validate()
    network = conditions
  }

  private mutating func updateLayout(_ change: (inout ClusterLayout) -> Void) {
    change(&layout)
    for index in nodes.indices { nodes[index].adopt(layout) }
  }
}
