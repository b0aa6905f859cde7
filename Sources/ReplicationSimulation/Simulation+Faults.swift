import ReplicationModel

extension Simulation {
  /// Cuts every link between the two groups of nodes (messages across wait until a heal).
  public mutating func partition(_ groupA: [NodeID], from groupB: [NodeID]) {
    for a in groupA {
      for b in groupB where a != b {
        cutLinks[a.index] |= 1 << UInt64(b.index)
        cutLinks[b.index] |= 1 << UInt64(a.index)
      }
    }
    noteFaults()
    record(.partitioned(groupA, groupB))
  }

  /// Heals every partition and sends the messages that were waiting.
  public mutating func heal() {
    for index in cutLinks.indices { cutLinks[index] = 0 }
    noteFaults()
    record(.healed)
    releaseHeldMessages()
  }

  /// Recomputes ``hasFaults`` after a link or a node changed.
  private mutating func noteFaults() {
    hasFaults = isDown.contains(true) || cutLinks.contains { $0 != 0 }
  }

  /// Whether any link is cut.
  public var isPartitioned: Bool { cutLinks.contains { $0 != 0 } }

  /// Whether two nodes can reach each other.
  public func canReach(_ a: NodeID, _ b: NodeID) -> Bool { !isCut(a, b) }

  /// Crashes a node: it stops handling events; its stored data survives.
  ///
  /// Clients whose requests it was handling are told it is down; messages to it wait until
  /// it recovers; its timers are cancelled.
  public mutating func crash(_ node: NodeID) {
    guard !isDown[node.index] else { return }
    isDown[node.index] = true
    noteFaults()
    timerEpoch[node.index] += 1
    record(.crashed(node))
    for (request, pending) in pendingRequests.inOrder
    where pending.node == node && pending.arrived {
      let reply = ClientReply(
        request: request, write: history.records.values.first { $0.request == request }?.write ?? WriteID(0),
        result: .rejected(.nodeDown))
      queue.schedule(
        .clientAnswer(reply, node: node), at: now + latency(from: node, toClientIn: pending.client))
    }
  }

  /// Brings a crashed node back: it catches up on the messages that waited for it.
  public mutating func recover(_ node: NodeID) {
    guard isDown[node.index] else { return }
    isDown[node.index] = false
    noteFaults()
    record(.recovered(node))
    deliver(.recovered, to: node)
    releaseHeldMessages()
  }
}
