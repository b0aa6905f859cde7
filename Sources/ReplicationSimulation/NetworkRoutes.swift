import ReplicationModel

/// The network's settings as sending a message needs them: each link's one-way latency, and
/// whether the network is plain.
///
/// A plain network adds nothing random and keeps every link in order (no jitter, loss,
/// duplication or reordering, the defaults), so a message's delivery time is its link's
/// latency from now, or the link's last delivery if that is later: one table look-up instead
/// of the region look-ups and the checks of every fault.
struct NetworkRoutes: Sendable {
  /// One-way latency per link, indexed by `from × node count + to`.
  let latency: [SimDuration]
  /// Whether the network is plain.
  let isPlain: Bool

  /// The routes of a network between a cluster's nodes.
  init(network: NetworkConditions, layout: ClusterLayout) {
    let nodes = layout.nodes.indices.map(NodeID.init)
    latency = nodes.flatMap { from in
      nodes.map { to in network.latency(from: layout.region(of: from), to: layout.region(of: to)) }
    }
    isPlain =
      network.jitter.microseconds <= 0 && !(network.lossProbability > 0)
      && !(network.duplicationProbability > 0) && !network.allowsReordering
  }
}
