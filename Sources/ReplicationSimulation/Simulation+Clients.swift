import ReplicationModel

/// The ids a new client write was given.
public struct IssuedWrite: Hashable, Sendable {
  /// The request's id.
  public let request: RequestID
  /// The write's id.
  public let write: WriteID
}

/// What a read returned: every version the replica holds, and the context to write back.
public struct ReadResult: Hashable, Sendable {
  /// The node read from.
  public let node: NodeID
  /// The key.
  public let key: String
  /// The versions held (several when siblings are kept; empty when never written).
  public let versions: [Version]
  /// The causal context a client passes back with a write that replaces what it read.
  public let context: VersionVector
}

extension Simulation {
  /// Sends a client write (or deletion) to a node.
  ///
  /// - Parameters:
  ///   - key: The key.
  ///   - payload: The value, or ``Payload/tombstone`` to delete.
  ///   - node: The node the client sends the request to (a leader, to be accepted).
  ///   - client: The region the client is in; by default the node's region.
  ///   - context: A causal context from an earlier read, or `nil` for the leader's own.
  ///   - time: When the client sends it; by default now.
  /// - Returns: The request and write ids.
  /// - Throws: ``ModelError`` for an empty or over-long key or value, or a time in the past.
  @discardableResult
  public mutating func write(
    key: consuming String, _ payload: consuming Payload, to node: NodeID, from client: RegionID? = nil,
    context: consuming VersionVector? = nil, at time: SimTime? = nil
  ) throws(ModelError) -> IssuedWrite {
    try Self.validate(key: key, payload: payload)
    let sendAt = time ?? now
    guard sendAt >= now else { throw .timeInPast(sendAt, now: now) }
    let ids = IssuedWrite(request: RequestID(nextRequest), write: WriteID(nextWrite))
    nextRequest += 1
    nextWrite += 1
    let keyNumber = keyNumbers.number(of: key)
    let request: ClientWrite
    if let spare = spareRequests.popLast() {
      request = spare.reused(
        for: ids.request, write: ids.write, key: key, payload: payload, context: context, keyNumber: keyNumber
      )
    } else {
      request = ClientWrite(
        request: ids.request, write: ids.write, key: key, payload: payload, context: context,
        keyNumber: keyNumber)
    }
    queue.schedule(.clientSend(request, client: client ?? layout.region(of: node), node: node), at: sendAt)
    return ids
  }

  /// Reads a key from any node (leader or follower), as it is there right now.
  public func read(_ key: String, at node: NodeID) throws(ModelError) -> ReadResult {
    guard !isDown[node.index] else { throw .nodeDown(layout.name(of: node)) }
    let state = nodes[node.index].store[key]
    return ReadResult(node: node, key: key, versions: state.held, context: state.readContext)
  }

  /// Checks a key and a payload against the model's limits.
  public static func validate(key: String, payload: Payload) throws(ModelError) {
    guard !key.isEmpty else { throw .emptyKey }
    guard key.utf8.count <= ModelError.maximumTextLength else {
      throw .tooLong(what: "key", length: key.utf8.count, limit: ModelError.maximumTextLength)
    }
    if case .value(let text) = payload {
      guard !text.isEmpty else { throw .emptyValue }
      guard text.utf8.count <= ModelError.maximumTextLength else {
        throw .tooLong(what: "value", length: text.utf8.count, limit: ModelError.maximumTextLength)
      }
    }
  }

  mutating func sendClientRequest(_ write: consuming ClientWrite, client: RegionID, node: NodeID) {
    pendingRequests[write.request] = PendingRequest(client: client, node: node, sentAt: now)
    record(.clientRequest(write, client: client, node: node))
    if recording.contains(.history) {
      history.records[write.write] = WriteRecord(
        write: write.write, request: write.request, key: write.key, payload: write.payload, client: client,
        node: node, sentAt: now, context: write.context)
    }
    let oneWay = latency(from: node, toClientIn: client)
    if hasFaults && isCut(layout.anchor(of: client), node) {
      answer(write, from: node, with: .unreachable, after: network.retransmitAfter + oneWay + oneWay)
      return
    }
    queue.schedule(.clientArrival(write, node: node), at: now + oneWay)
  }
}
