import ReplicationModel

extension Simulation {
  /// Puts a message on the network: scheduled for delivery, or held if its link is cut.
  @inline(__always)
  mutating func transmit(_ envelope: consuming Envelope, releasing: Bool = false) {
    if hasFaults && (isDown[envelope.to.index] || isCut(envelope.from, envelope.to)) {
      record(.sent(envelope, deliverAt: nil))
      hold(envelope, reason: isDown[envelope.to.index] ? .nodeDown : .partition)
      return
    }
    let link = envelope.from.index * nodes.count + envelope.to.index
    if routes.isPlain {
      // The general steps below, for a network without jitter, loss, duplication or reordering.
      let deliverAt = max(now + routes.latency[link], linkClearTime[link])
      if releasing {
        record(.released(envelope, deliverAt: deliverAt))
      } else {
        record(.sent(envelope, deliverAt: deliverAt))
      }
      linkClearTime[link] = deliverAt
      deliveriesScheduled += 1
      queue.schedule(.delivery(envelope), at: deliverAt)
      return
    }
    var deliverAt =
      now + network.latency(from: layout.region(of: envelope.from), to: layout.region(of: envelope.to))
    if network.jitter.microseconds > 0 {
      let extra = Int64(rng.next() % UInt64(network.jitter.microseconds + 1))
      deliverAt = deliverAt + SimDuration(microseconds: extra)
    }
    var lostUntil: SimTime?
    if network.lossProbability > 0 {
      var attempts = 0
      while attempts < 8 && rng.chance(network.lossProbability) {
        attempts += 1
        deliverAt = deliverAt + network.retransmitAfter
      }
      if attempts > 0 { lostUntil = deliverAt }
    }
    if !network.allowsReordering { deliverAt = max(deliverAt, linkClearTime[link]) }
    if releasing {
      record(.released(envelope, deliverAt: deliverAt))
    } else {
      record(.sent(envelope, deliverAt: deliverAt))
    }
    if let lostUntil { record(.lost(envelope, retryAt: lostUntil)) }
    guard network.duplicationProbability > 0 && rng.chance(network.duplicationProbability) else {
      schedule(envelope, at: deliverAt, link: link)
      return
    }
    let copyAt = deliverAt + SimDuration(microseconds: 1 + Int64(rng.next() % 1_000))
    schedule(copy envelope, at: deliverAt, link: link)
    record(.duplicated(envelope, deliverAt: copyAt))
    schedule(envelope, at: copyAt, link: link)
  }

  @inline(__always)
  private mutating func schedule(_ envelope: consuming Envelope, at time: SimTime, link: Int) {
    if !network.allowsReordering { linkClearTime[link] = max(linkClearTime[link], time) }
    deliveriesScheduled += 1
    queue.schedule(.delivery(envelope), at: time)
  }

  /// Keeps a message until its link heals or its receiver recovers.
  mutating func hold(_ envelope: Envelope, reason: HoldReason) {
    record(.held(envelope, reason))
    heldMessages.append(envelope)
  }

  /// Sends every held message whose link is open again, in the order they were first sent.
  mutating func releaseHeldMessages() {
    guard !heldMessages.isEmpty else { return }
    let waiting = heldMessages.sorted { $0.id < $1.id }
    heldMessages = []
    for envelope in waiting {
      if isDown[envelope.to.index] || isCut(envelope.from, envelope.to) {
        heldMessages.append(envelope)
      } else {
        transmit(envelope, releasing: true)
      }
    }
  }

  /// Whether the link between two nodes crosses a partition.
  ///
  /// Always inlined: called from a mutating method, an outlined call would copy the whole
  /// simulation first.
  @inline(__always)
  func isCut(_ a: NodeID, _ b: NodeID) -> Bool { cutLinks[a.index] & (1 << UInt64(b.index)) != 0 }
}
