extension ReplicaNode {
  /// Whether a client write must take the CRDT path: the key is a CRDT key, or the write is an
  /// operation.
  func isCRDTWrite(_ write: ClientWrite, policy: PolicyChoice) -> Bool {
    if policy.crdtKind != nil { return true }
    if case .crdtOperation = write.payload { return true }
    return false
  }

  /// A leader applies a client's operation to the CRDT state it holds and replicates the result.
  ///
  /// The new version carries the whole new state; every write whose effect it still holds
  /// contributes to it. An operation the CRDT refuses, an operation on a plain key, or a plain
  /// value for a CRDT key is rejected with the reason, and nothing changes.
  mutating func receiveCRDTWrite(
    _ write: ClientWrite, slot: Int, policy: PolicyChoice, at now: SimTime, into effects: inout NodeEffects
  ) {
    func reject(_ message: String) {
      effects.append(
        .reply(
          ClientReply(
            request: write.request, write: write.write, result: .rejected(.invalidOperation(message)))))
    }
    guard let kind = policy.crdtKind else {
      reject("\(write.key) holds no CRDT; make it one first with policy crdt TYPE --key \(write.key)")
      return
    }
    guard case .crdtOperation(let operation) = write.payload else {
      let names = kind.operations.joined(separator: ", ")
      let article = "aeiou".contains(kind.rawValue.first ?? "x") ? "an" : "a"
      reject("\(write.key) is \(article) \(kind.rawValue); change it with \(names), not with a plain value")
      return
    }
    let state = store.state(of: write.key, number: write.rawKeyNumber)
    var value = CRDTValue(empty: kind)
    var contributors = Set<WriteID>()
    for held in state.held {
      guard case .crdt(let heldValue) = held.payload, heldValue.kind == kind else { continue }
      try? value.merge(heldValue)
      contributors.formUnion(held.contributors)
    }
    var version = makeVersion(
      for: write, slot: slot, seen: state.seen, context: write.context ?? state.knowledge, at: now)
    let before = value
    do {
      try value.apply(operation, at: id, timestamp: version.timestamp)
    } catch {
      reject(error.description)
      return
    }
    version.payload = .crdt(value)
    if kind != .lwwRegister {
      contributors.insert(write.write)
      version.mergedFrom = contributors.sorted()
    } else if value == before && !contributors.isEmpty {
      // The assignment's timestamp lost to the one already held: the register still holds the
      // earlier write, and this one's value is gone at once (last-writer-wins drops it).
      version.mergedFrom = contributors.sorted()
    }
    if reporting.contains(.accepted) {
      let replaces = kind == .lwwRegister ? Self.writesReplaced(by: version.vector, in: state) : []
      effects.append(.accepted(AcceptedWrite(request: write.request, version: version, replaces: replaces)))
    }
    applyAndReplicate(version, route: RouteTag(origin: id), into: &effects)
    effects.append(
      .reply(ClientReply(request: write.request, write: write.write, result: .accepted(version))))
  }
}
