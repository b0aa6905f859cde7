extension ReplicaNode {
  /// Accepts (or refuses) a client's write.
  mutating func receiveClientWrite(_ write: ClientWrite, at now: SimTime, into effects: inout NodeEffects) {
    guard let slot = leaderSlot else {
      effects.append(
        .reply(
          ClientReply(
            request: write.request, write: write.write,
            result: .rejected(.notALeader(leader: layout.leader(of: id))))))
      return
    }
    if let context = write.context {
      // The leader holds every write it accepted for the key, so it can tell a context that
      // counts more of them than exist. Writes of other leaders it cannot judge here: they may
      // still be on their way to it (the client read them elsewhere).
      let accepted = store.state(of: write.key, number: write.rawKeyNumber).seen.contiguous[slot]
      guard context[slot] <= accepted else {
        effects.append(
          .reply(
            ClientReply(
              request: write.request, write: write.write,
              result: .rejected(.contextCountsUnknownWrites(counted: context[slot], accepted: accepted)))))
        return
      }
    }
    let policy = layout.policy(for: write.key)
    if policy.requiresCurrentRevision, let current = revisionNotSeen(by: write) {
      effects.append(
        .reply(
          ClientReply(
            request: write.request, write: write.write, result: .rejected(.revisionConflict(current: current))
          )))
      return
    }
    if isCRDTWrite(write, policy: policy) {
      receiveCRDTWrite(write, slot: slot, policy: policy, at: now, into: &effects)
      return
    }
    if policy.needsQuorum {
      propose(write, at: now, into: &effects)
      return
    }
    let version: Version
    do {
      let state = store.state(of: write.key, number: write.rawKeyNumber)
      // Under a policy that keeps siblings, a missing context means the client read nothing:
      // the write is concurrent with what the leader holds (Riak KV docs, Conflict Resolution).
      // CouchDB recreates a deleted document without a _rev, as the next revision of its branch.
      let blind = policy.takesContextFromClient && !(policy.requiresCurrentRevision && state.isDeleted)
      let context = write.context ?? (blind ? VersionVector() : state.knowledge)
      version = makeVersion(for: write, slot: slot, seen: state.seen, context: context, at: now)
      if reporting.contains(.accepted) {
        let replaces = Self.writesReplaced(by: context, in: state)
        effects.append(.accepted(AcceptedWrite(request: write.request, version: version, replaces: replaces)))
      }
    }
    applyAndReplicate(version, route: RouteTag(origin: id), into: &effects)
    effects.append(
      .reply(ClientReply(request: write.request, write: write.write, result: .accepted(version))))
  }

  /// The revision CouchDB would show for the key here, when the write's context has not seen it.
  ///
  /// CouchDB refuses to update an existing document unless the request carries its current
  /// `_rev` (409 Conflict; CouchDB docs, Document API, PUT /{db}/{docid}, and "Replication and
  /// conflict model"). A new document, or one whose winning revision is a deletion, needs none.
  func revisionNotSeen(by write: ClientWrite) -> WriteID? {
    let held = store.state(of: write.key, number: write.rawKeyNumber).held
    guard let winner = RevisionWinner.winner(of: held), winner.payload != .tombstone else { return nil }
    return winner.isIncluded(in: write.context ?? VersionVector()) ? nil : winner.writeID
  }

  /// Builds this leader's next version of a key: a fresh dot, the context, and a timestamp.
  ///
  /// The dot joins the vector only when the context has seen every earlier write of this
  /// leader; otherwise it stays apart (see ``Version/vector``).
  mutating func makeVersion(
    for write: ClientWrite, slot: Int, seen: SeenDots, context: VersionVector, at now: SimTime
  ) -> Version {
    let dot = Dot(slot: slot, counter: seen.contiguous[slot] + 1)
    var vector = context
    if vector[slot] + 1 == dot.counter { vector.set(slot, to: dot.counter) }
    let timestamp = writeClock.stampLocalEvent(at: now)
    return Version(
      key: write.key, keyNumber: write.rawKeyNumber, payload: write.payload, vector: vector, dot: dot,
      timestamp: timestamp, origin: id, writeID: write.write)
  }

  /// The held writes a new write replaces: those whose history its context includes (for a
  /// settled version, each of its kept writes on its own).
  static func writesReplaced(by context: VersionVector, in state: KeyState) -> [WriteID] {
    state.held.flatMap { version in
      version.liveWrites.filter { version.contributors.contains($0.writeID) && $0.isIncluded(in: context) }
    }.map(\.writeID)
  }

  /// Receives a version from another node: apply it, then pass it on if it was new here.
  mutating func receiveReplica(
    _ version: Version, route: RouteTag, at now: SimTime, into effects: inout NodeEffects
  ) {
    writeClock.observe(version.timestamp, at: now)
    applyAndReplicate(version, route: route.adding(id), into: &effects)
  }

  /// Applies a version to the store and sends it on: to other leaders as the topology says,
  /// and to this node's followers. A duplicate goes nowhere.
  mutating func applyAndReplicate(_ version: Version, route: RouteTag, into effects: inout NodeEffects) {
    guard apply(version, into: &effects) else { return }
    if leaderSlot != nil {
      for peer in layout.leaders where forwards(version, route: route, to: peer) {
        effects.append(.send(.replicate(version, route: route.adding(peer)), to: peer))
      }
    }
    // By position: iterating the list itself retains and releases it.
    for position in layout.followers[id.index].indices {
      let follower = layout.followers[id.index][position]
      effects.append(.send(.replicate(version, route: route.adding(follower)), to: follower))
    }
  }

  /// Applies a version to the store, reporting the outcome when asked; returns whether the
  /// version was new here (not a duplicate).
  @inline(__always)
  mutating func apply(_ version: Version, into effects: inout NodeEffects) -> Bool {
    let policy = layout.policy(for: version.key)
    let replicated = version.origin != id
    guard reporting.contains(.applied) else {
      return store.applyUnreported(version, policy: policy, layout: layout, replicated: replicated)
    }
    let outcome = store.apply(version, policy: policy, layout: layout, replicated: replicated)
    effects.append(.applied(version, outcome))
    return outcome != .duplicate
  }

  /// Whether receiving `version` by `route` makes this node pass it on to another leader (a relay
  /// in a ring or a star); copies for its own followers do not count.
  public func passesOnToLeaders(_ version: Version, route: RouteTag) -> Bool {
    layout.leaders.contains { forwards(version, route: route, to: $0) }
  }

  /// Whether this leader passes a version on to another leader, given the route it has
  /// travelled.
  func forwards(_ version: Version, route: RouteTag, to peer: NodeID) -> Bool {
    guard peer != id, let slot = leaderSlot else { return false }
    let leaders = layout.leaders
    switch layout.topology {
    case .allToAll:
      return version.origin == id
    case .ring:
      let next = leaders[(slot + 1) % leaders.count]
      return peer == next && !route.contains(next)
    case .star:
      let hub = leaders[0]
      if id == hub { return !route.contains(peer) }
      return peer == hub && version.origin == id && !route.contains(hub)
    }
  }
}
