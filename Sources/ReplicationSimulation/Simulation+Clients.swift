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
  ///   - context: A causal context from an earlier read, or `nil` for none (then a named client
  ///     sends its last context of the key, see ``WritingClient``).
  ///   - writer: The named client that writes, which keeps the context of the answer; `nil` for
  ///     an anonymous client that keeps nothing.
  ///   - time: When the client sends it; by default now.
  /// - Returns: The request and write ids.
  /// - Throws: ``ModelError`` for an empty or over-long key or value, or a time in the past.
  @discardableResult
  public mutating func write(
    key: consuming String, _ payload: consuming Payload, to node: NodeID, from client: RegionID? = nil,
    context: consuming VersionVector? = nil, as writer: WritingClient? = nil, at time: SimTime? = nil
  ) throws(ModelError) -> IssuedWrite {
    try Self.validate(key: key, payload: payload)
    let sendAt = time ?? now
    guard sendAt >= now else { throw .timeInPast(sendAt, now: now) }
    if let context { try checkContext(context, of: key) }
    let ids = IssuedWrite(request: RequestID(nextRequest), write: WriteID(nextWrite))
    nextRequest += 1
    nextWrite += 1
    if let writer { writingClients[ids.request] = writer }
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

  /// Checks that a client's context counts only writes that exist for `key` now.
  ///
  /// A client gets a context from a read of the key (Riak and Dynamo hand it out with every
  /// fetch), so every write it counts has been accepted by some leader. A context copied from
  /// another key, or typed by hand, may count writes the key does not have yet; a write made
  /// with it would look as if it had seen them, and when they come they would be dropped as
  /// already seen. Leaders number their writes to a key 1, 2, 3…, so the writes of a leader that
  /// exist are those up to the highest number any replica has received.
  ///
  /// - Throws: ``ModelError/contextCountsUnknownWrites(context:key:leader:counted:existing:)``.
  public func checkContext(_ context: VersionVector, of key: String) throws(ModelError) {
    let leaders = layout.leaders
    let text = { context.text(width: leaders.count) }
    for (slot, counted) in context.counters.enumerated() where counted > 0 {
      guard slot < leaders.count else {
        throw .contextCountsUnknownWrites(
          context: text(), key: key, leader: nil, counted: counted, existing: 0)
      }
      let existing = nodes.reduce(UInt32(0)) { highest, node in
        let seen = node.store[key].seen
        let beyondGap = seen.gaps.last { $0.slot == slot }?.counter ?? 0
        return max(highest, seen.contiguous[slot], beyondGap)
      }
      guard counted <= existing else {
        throw .contextCountsUnknownWrites(
          context: text(), key: key, leader: layout.name(of: leaders[slot]), counted: counted,
          existing: existing)
      }
    }
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
    if !writingClients.isEmpty { write = withClientContext(write) }
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
