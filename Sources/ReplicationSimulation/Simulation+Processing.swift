import ReplicationModel

extension Simulation {
  mutating func process(_ event: consuming WorldEvent) {
    switch consume event {
    case .clientSend(let write, let client, let node):
      sendClientRequest(write, client: client, node: node)
    case .clientArrival(let write, let node):
      if hasFaults && isDown[node.index] {
        guard let pending = pendingRequests[write.request] else { return }
        answer(write, from: node, with: .nodeDown, after: latency(from: node, toClientIn: pending.client))
        return
      }
      guard pendingRequests.arrive(write.request) != nil else { return }
      // Kept for a later write to reuse its box: by then the node is done with it, and unless
      // the trace or a copy of the simulation holds it too, nothing else does.
      if spareRequests.count < Self.spareRequestLimit { spareRequests.append(write) }
      deliver(.clientWrite(write), to: node)
    case .clientAnswer(let reply, let node):
      receiveAnswer(reply, from: node)
    case .delivery(let envelope):
      deliveriesScheduled -= 1
      if hasFaults && (isDown[envelope.to.index] || isCut(envelope.from, envelope.to)) {
        hold(envelope, reason: isDown[envelope.to.index] ? .nodeDown : .partition)
        return
      }
      record(.delivered(envelope))
      deliver(.messageDelivered(envelope.message, from: envelope.from), to: envelope.to)
    case .timer(let node, let timer, let epoch):
      guard !isDown[node.index], timerEpoch[node.index] == epoch else { return }
      record(.timerFired(node: node, timer))
      deliver(.timerFired(timer), to: node)
    }
  }

  /// Hands an event to a node and carries out its effects.
  ///
  /// The effects are moved out of the node's buffer one by one, in order, and carried out;
  /// taking them leaves nothing to destroy, and the buffer keeps its memory for the next event.
  mutating func deliver(_ event: consuming NodeEvent, to node: NodeID) {
    nodes[node.index].handle(event, at: now, into: &effectBuffer)
    guard !effectBuffer.isEmpty else { return }
    effectBuffer.makeUnique()
    repeat {
      interpret(effectBuffer.takeUnchecked(), from: node)
    } while !effectBuffer.isEmpty
  }

  /// Always inlined (into ``deliver(_:to:)``), as are ``transmit(_:releasing:)`` and the
  /// scheduling under it: each outlined call cost more than the work it wrapped.
  @inline(__always)
  private mutating func interpret(_ effect: consuming NodeEffect, from node: NodeID) {
    switch consume effect {
    case .send(let message, let receiver):
      let envelope = Envelope(
        id: MessageID(value: nextMessage), from: node, to: receiver, sentAt: now, message: message)
      nextMessage += 1
      transmit(consume envelope)
    case .reply(let reply):
      guard let pending = pendingRequests[reply.request] else { return }
      if !writingClients.isEmpty { noteAnswerContext(reply, from: node) }
      queue.schedule(
        .clientAnswer(reply, node: node), at: now + latency(from: node, toClientIn: pending.client))
    case .startTimer(let timer, let delay):
      queue.schedule(.timer(node, timer, epoch: timerEpoch[node.index]), at: now + delay)
    case .applied(let version, let outcome):
      record(.applied(node: node, version, outcome))
      if recording.contains(.history) && !outcome.discarded.isEmpty {
        history.noteDiscards(of: outcome, at: node, time: now)
      }
    case .accepted(let accepted):
      if recording.contains(.history) {
        history.records[accepted.version.writeID]?.version = accepted.version
        history.records[accepted.version.writeID]?.replaces = accepted.replaces
        history.records[accepted.version.writeID]?.acceptedAt = now
      }
    case .quorum(let step):
      record(.quorum(node: node, step))
    }
  }

  private mutating func receiveAnswer(_ reply: ClientReply, from node: NodeID) {
    guard let pending = pendingRequests.remove(reply.request) else { return }
    let latency = now - pending.sentAt
    record(.clientReply(reply, node: node, latency: latency))
    if !writingClients.isEmpty { deliverAnswerContext(reply) }
    if recording.contains(.history) {
      history.records[reply.write]?.result = reply.result
      history.records[reply.write]?.answeredAt = now
    }
  }

  /// Answers a client on the node's behalf (the node could not: it was down or unreachable).
  mutating func answer(
    _ write: ClientWrite, from node: NodeID, with reason: RejectionReason, after delay: SimDuration
  ) {
    let reply = ClientReply(request: write.request, write: write.write, result: .rejected(reason))
    queue.schedule(.clientAnswer(reply, node: node), at: now + delay)
  }

  /// The one-way latency between a node and a client in a region (always inlined, as
  /// ``isCut(_:_:)``).
  @inline(__always)
  func latency(from node: NodeID, toClientIn region: RegionID) -> SimDuration {
    network.latency(from: layout.region(of: node), to: region)
  }
}
