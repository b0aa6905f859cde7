import ReplicationModel

/// A named client that writes: like a Riak or Dynamo client library, it keeps the causal context
/// of its last read or accepted write of each key.
public struct WritingClient: Hashable, Sendable {
  /// The client's name (the shell's default is the name of the region it is in).
  public let name: String
  /// Whether a write given no context carries the context of the client's last read or write of
  /// the key, when the key's policy takes contexts from clients
  /// (``PolicyChoice/takesContextFromClient``); `false` sends none, as a client that never read.
  public let sendsLastContext: Bool

  /// Creates a writing client.
  public init(name: String, sendsLastContext: Bool = true) {
    self.name = name
    self.sendsLastContext = sendsLastContext
  }
}

/// The causal contexts the named clients hold, by client and key.
///
/// A client gets a context from every read (Riak KV docs, "Causal Context") and from the answer
/// to every accepted write: the leader answers with the siblings it now holds and their context,
/// as the server of Kleppmann's shopping cart does (DDIA ch. 5, "Capturing the happens-before
/// relationship"). The next write of the key sends it back and replaces exactly what it covers.
public struct ClientContexts: Hashable, Sendable {
  private var byClient: [String: [String: VersionVector]] = [:]

  /// No client holds a context yet.
  public init() {}

  /// The context `client` holds for `key`, or `nil` when it has neither read nor written it.
  public subscript(client: String, key: String) -> VersionVector? { byClient[client]?[key] }

  /// The names of the clients that hold a context, sorted.
  public var clients: [String] { byClient.keys.sorted() }

  /// The keys `client` holds a context for, sorted.
  public func keys(of client: String) -> [String] { (byClient[client]?.keys).map { $0.sorted() } ?? [] }

  /// Records the context a client got for a key, replacing the one it had.
  mutating func remember(_ context: VersionVector, client: String, key: String) {
    byClient[client, default: [:]][key] = context
  }
}

extension Simulation {
  /// Reads a key from a node for a named client, which keeps the read's context for its next
  /// write of the key.
  public mutating func read(_ key: String, at node: NodeID, by client: String) throws(ModelError)
    -> ReadResult
  {
    let result = try read(key, at: node)
    clientContexts.remember(result.context, client: client, key: key)
    return result
  }

  /// The write as its client sends it: with the client's last context of the key when it gave
  /// none and the key's policy takes contexts from clients.
  func withClientContext(_ write: consuming ClientWrite) -> ClientWrite {
    guard write.context == nil, let client = writingClients[write.request], client.sendsLastContext,
      layout.policy(for: write.key).takesContextFromClient,
      let context = clientContexts[client.name, write.key]
    else { return write }
    return ClientWrite(
      request: write.request, write: write.write, key: write.key, payload: write.payload, context: context,
      keyNumber: write.keyNumber)
  }

  /// Notes, as a leader answers a named client's accepted write, the context the answer carries:
  /// that of the key as the leader holds it right after the write.
  mutating func noteAnswerContext(_ reply: ClientReply, from node: NodeID) {
    guard writingClients[reply.request] != nil, case .accepted(let version) = reply.result else { return }
    answerContexts[reply.request] = nodes[node.index].store[version.key].readContext
  }

  /// Gives a named client the context its answer carried, once the answer has reached it.
  mutating func deliverAnswerContext(_ reply: ClientReply) {
    guard let client = writingClients.removeValue(forKey: reply.request) else { return }
    let context = answerContexts.removeValue(forKey: reply.request)
    guard case .accepted(let version) = reply.result else { return }
    clientContexts.remember(context ?? version.vector, client: client.name, key: version.key)
  }
}
