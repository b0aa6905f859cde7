/// A client's request to write (or delete) one key at a leader.
public struct ClientWrite: Hashable, Sendable {
  /// The fields, in one box that every copy shares: a request is queued, delivered and passed
  /// on several times, so a copy costs one reference count. The box never changes while more
  /// than one copy holds it (see ``reused(for:write:key:payload:context:keyNumber:)``).
  @usableFromInline var box: Box

  /// The request's id, for matching the reply.
  @inlinable public var request: RequestID { box.fields.request }
  /// The id the write will carry if it is accepted.
  @inlinable public var write: WriteID { box.fields.write }
  /// The key.
  @inlinable public var key: String { box.fields.key }
  /// The new value, or a deletion.
  @inlinable public var payload: Payload { box.fields.payload }
  /// The causal context from an earlier read, if the client passes one. Without one, a policy
  /// that keeps siblings treats the write as concurrent with everything held (see
  /// ``PolicyChoice/takesContextFromClient``); the others use everything the leader has seen.
  @inlinable public var context: VersionVector? { box.fields.context }
  /// A number the world gave the key, the same for every request for it in one simulation, so
  /// that replicas find the key's state without hashing its text; `nil` when none was given.
  ///
  /// A hint, not part of the request's identity: replicas check it against the key, so a wrong
  /// number never changes what happens.
  public var keyNumber: Int? { box.keyNumber < 0 ? nil : Int(box.keyNumber) }

  /// Creates a write request.
  public init(
    request: RequestID, write: WriteID, key: String, payload: Payload, context: VersionVector? = nil,
    keyNumber: Int? = nil
  ) {
    let number = keyNumber.flatMap { Int32(exactly: $0) }.map { max($0, -1) } ?? -1
    box = Box(
      Fields(request: request, write: write, key: key, payload: payload, context: context), keyNumber: number)
  }

  /// The key number as replicas use it, `-1` for none.
  var rawKeyNumber: Int32 { box.keyNumber }

  /// A new request made in this one's box when no other copy holds it (no allocation), or in a
  /// new box otherwise; the same request as ``init(request:write:key:payload:context:keyNumber:)``
  /// either way.
  ///
  /// A world that makes many requests keeps the ones it has finished with and reuses them here,
  /// instead of freeing one box and allocating another for every request.
  package consuming func reused(
    for request: RequestID, write: WriteID, key: consuming String, payload: consuming Payload,
    context: consuming VersionVector?, keyNumber: Int
  ) -> ClientWrite {
    let fields = Fields(request: request, write: write, key: key, payload: payload, context: context)
    let number = Int32(exactly: keyNumber).map { max($0, -1) } ?? -1
    guard isKnownUniquelyReferenced(&box) else {
      return ClientWrite(box: Box(fields, keyNumber: number))
    }
    box.fields = fields
    box.keyNumber = number
    return self
  }

  private init(box: Box) { self.box = box }

  /// Two requests are equal when every field is (the key number is not a field); copies of one
  /// request are equal at once.
  public static func == (lhs: ClientWrite, rhs: ClientWrite) -> Bool {
    lhs.box === rhs.box || lhs.box.fields == rhs.box.fields
  }

  /// Hashes every field.
  public func hash(into hasher: inout Hasher) { box.fields.hash(into: &hasher) }
}

extension ClientWrite {
  /// Every field of a write request.
  @usableFromInline
  struct Fields: Hashable, Sendable {
    @usableFromInline let request: RequestID
    @usableFromInline let write: WriteID
    @usableFromInline let key: String
    @usableFromInline let payload: Payload
    @usableFromInline let context: VersionVector?
  }

  /// The box of a request's fields, with its key number.
  ///
  /// Its fields change only through ``ClientWrite/reused(for:write:key:payload:context:keyNumber:)``,
  /// when the one request holding it is being made anew: no other copy can see the change, so
  /// requests keep value semantics, and accesses need no exclusivity checks.
  @usableFromInline
  final class Box: @unchecked Sendable {
    // Sendable: the fields change only while a single request value holds the box (above).
    @exclusivity(unchecked) @usableFromInline var fields: Fields
    @exclusivity(unchecked) @usableFromInline var keyNumber: Int32

    init(_ fields: Fields, keyNumber: Int32) {
      self.fields = fields
      self.keyNumber = keyNumber
    }
  }
}

/// A node's answer to a client's write.
public struct ClientReply: Hashable, Sendable {
  /// The request answered.
  public let request: RequestID
  /// The write it concerned.
  public let write: WriteID
  /// Accepted or rejected.
  public let result: WriteResult

  /// Creates a reply.
  public init(request: RequestID, write: WriteID, result: WriteResult) {
    self.request = request
    self.write = write
    self.result = result
  }
}

/// Whether a write was accepted, and if not, why.
public enum WriteResult: Hashable, Sendable {
  /// The leader accepted (for quorum: committed) the write, with this version.
  case accepted(Version)
  /// The write was not accepted.
  case rejected(RejectionReason)
}

/// Why a write was not accepted.
public enum RejectionReason: Hashable, Sendable {
  /// The node is a follower; only leaders take writes.
  case notALeader(leader: NodeID)
  /// The node was down.
  case nodeDown
  /// The client could not reach the node (a partition).
  case unreachable
  /// Under quorum, a conflicting write held the key on enough leaders that no majority was left.
  case quorumConflict(with: WriteID?)
  /// Under quorum, too few leaders answered before the timeout (a partition or a crash).
  case quorumTimeout(acknowledged: Int, needed: Int)
  /// The leader restarted while the quorum write was in progress.
  case coordinatorRestarted
  /// The client's context counts more writes by this leader to the key than it has accepted:
  /// it did not come from a read of this key (Riak and Dynamo hand a client the context of
  /// the key it read), and writing with it would make the leader's next real writes look seen.
  case contextCountsUnknownWrites(counted: UInt32, accepted: UInt32)
  /// CouchDB's 409 Conflict: the document exists at this leader and the client's context (the
  /// revision it sends as `_rev`) does not include the revision the leader shows, so the client
  /// has not seen the document as it is (CouchDB docs, Document API, PUT /{db}/{docid}).
  case revisionConflict(current: WriteID)
  /// The write does not fit the key: a CRDT operation refused by the CRDT, an operation on a key
  /// that holds no CRDT, or a plain value for a CRDT key. The message says which and why.
  case invalidOperation(String)
}
