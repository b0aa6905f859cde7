/// A quorum write this node coordinates.
struct QuorumProposal: Hashable, Sendable {
  let write: ClientWrite
  let prepare: QuorumPrepare
  var granted: Set<NodeID> = []
  var refused: Set<NodeID> = []
  var knowledge = VersionVector()
  /// The writes the granting voters hold, which the committed version replaces.
  var heldByVoters: Set<WriteID> = []
  var blocker: WriteID?
}

/// A key held by this node for one quorum write, with the writes waiting for it.
struct QuorumLock: Hashable, Sendable {
  var holder: QuorumPrepare
  var waiting: [QuorumPrepare] = []
}

// The quorum protocol, in short. The coordinator asks every leader (itself included) to hold
// the key for its write. A leader that holds the key for nobody says yes and sends what it has
// seen of the key. A leader holding it for another write makes a higher-priority write wait
// (region rank, then the older write) and refuses a lower-priority one. With yes from a strict
// majority the coordinator commits: the new version descends from every voter's knowledge, so
// it has seen every earlier committed write (two majorities always share a leader). With too
// many refusals, or at the deadline, it aborts and tells the client. Waits only ever go from a
// higher-priority write to a lower one, so no two writes wait for each other forever.
extension ReplicaNode {
  /// Starts coordinating a quorum write.
  mutating func propose(_ write: ClientWrite, at now: SimTime, into effects: inout NodeEffects) {
    let prepare = QuorumPrepare(
      key: write.key, write: write.write, coordinator: id, rank: layout.rank(of: id),
      deadline: now + layout.quorumTimeout)
    proposals[write.write] = QuorumProposal(write: write, prepare: prepare)
    effects.append(.quorum(.proposed(write.write, key: write.key)))
    effects.append(.startTimer(.quorumDeadline(write.write), after: layout.quorumTimeout))
    for leader in layout.leaders where leader != id {
      effects.append(.send(.prepare(prepare), to: leader))
    }
    receivePrepare(prepare, at: now, into: &effects)
  }

  /// Votes on (or queues) a prepare.
  mutating func receivePrepare(_ prepare: QuorumPrepare, at now: SimTime, into effects: inout NodeEffects) {
    guard now <= prepare.deadline, !finished.contains(prepare.write) else {
      vote(on: prepare, granted: false, blocker: nil, at: now, into: &effects)
      return
    }
    guard var lock = locks[prepare.key] else {
      locks[prepare.key] = QuorumLock(holder: prepare)
      vote(on: prepare, granted: true, blocker: nil, at: now, into: &effects)
      return
    }
    if lock.holder.write == prepare.write {
      vote(on: prepare, granted: true, blocker: nil, at: now, into: &effects)
    } else if prepare.outranks(lock.holder) && !layout.policy(for: prepare.key).refusesConcurrentWrites {
      if !lock.waiting.contains(where: { $0.write == prepare.write }) {
        lock.waiting.append(prepare)
        locks[prepare.key] = lock
      }
      effects.append(.quorum(.queued(prepare.write, behind: lock.holder.write)))
    } else {
      vote(on: prepare, granted: false, blocker: lock.holder.write, at: now, into: &effects)
    }
  }

  /// Sends a vote to the coordinator, or counts it directly when this node coordinates.
  private mutating func vote(
    on prepare: QuorumPrepare, granted: Bool, blocker: WriteID?, at now: SimTime,
    into effects: inout NodeEffects
  ) {
    let state = store[prepare.key]
    let held =
      granted && reporting.contains(.accepted) ? Self.writesReplaced(by: state.knowledge, in: state) : []
    let vote = QuorumVote(
      key: prepare.key, write: prepare.write, voter: id, granted: granted, blocker: blocker,
      knowledge: state.knowledge, held: held)
    effects.append(.quorum(.voted(prepare.write, granted: granted, coordinator: prepare.coordinator)))
    if prepare.coordinator == id {
      count(vote, at: now, into: &effects)
    } else {
      effects.append(.send(.vote(vote), to: prepare.coordinator))
    }
  }

  /// Receives a vote for a write this node coordinates.
  mutating func receiveVote(_ vote: QuorumVote, at now: SimTime, into effects: inout NodeEffects) {
    count(vote, at: now, into: &effects)
  }

  private mutating func count(_ vote: QuorumVote, at now: SimTime, into effects: inout NodeEffects) {
    guard var proposal = proposals[vote.write] else { return }
    if vote.granted {
      proposal.granted.insert(vote.voter)
      proposal.knowledge.join(vote.knowledge)
      proposal.heldByVoters.formUnion(vote.held)
    } else {
      proposal.refused.insert(vote.voter)
      proposal.blocker = proposal.blocker ?? vote.blocker
    }
    proposals[vote.write] = proposal
    if proposal.granted.count >= layout.majority {
      commit(proposal, at: now, into: &effects)
    } else if layout.leaders.count - proposal.refused.count < layout.majority {
      abort(proposal, reason: .quorumConflict(with: proposal.blocker), at: now, into: &effects)
    }
  }

  private mutating func commit(_ proposal: QuorumProposal, at now: SimTime, into effects: inout NodeEffects) {
    proposals[proposal.write.write] = nil
    guard let slot = leaderSlot else { return }
    let write = proposal.write
    let state = store[write.key]
    var context = proposal.knowledge
    context.join(state.knowledge)
    let version = makeVersion(for: write, slot: slot, seen: state.seen, context: context, at: now)
    effects.append(.quorum(.committed(write.write, acknowledgements: proposal.granted.count)))
    if reporting.contains(.accepted) {
      // A voter may hold a committed write whose commit has not reached this coordinator yet: the
      // new version descends from it too, so it replaces it.
      var replaces = Self.writesReplaced(by: context, in: state)
      replaces += proposal.heldByVoters.subtracting(replaces).sorted()
      effects.append(.accepted(AcceptedWrite(request: write.request, version: version, replaces: replaces)))
    }
    for leader in layout.leaders where leader != id {
      effects.append(.send(.commit(version), to: leader))
    }
    applyCommitted(version, at: now, into: &effects)
    effects.append(
      .reply(ClientReply(request: write.request, write: write.write, result: .accepted(version))))
  }

  private mutating func abort(
    _ proposal: QuorumProposal, reason: RejectionReason, at now: SimTime, into effects: inout NodeEffects
  ) {
    let write = proposal.write
    proposals[write.write] = nil
    finished.insert(write.write)
    effects.append(.quorum(.aborted(write.write, reason)))
    for leader in layout.leaders where leader != id {
      effects.append(.send(.abort(key: write.key, write: write.write), to: leader))
    }
    effects.append(.reply(ClientReply(request: write.request, write: write.write, result: .rejected(reason))))
    releaseLocally(key: write.key, heldFor: write.write, at: now, into: &effects)
  }

  /// Applies a committed write from another leader and releases the key it held.
  mutating func receiveCommit(_ version: Version, at now: SimTime, into effects: inout NodeEffects) {
    writeClock.observe(version.timestamp, at: now)
    applyCommitted(version, at: now, into: &effects)
  }

  private mutating func applyCommitted(_ version: Version, at now: SimTime, into effects: inout NodeEffects) {
    finished.insert(version.writeID)
    if apply(version, into: &effects) {
      for follower in layout.followers[id.index] {
        effects.append(
          .send(.replicate(version, route: RouteTag(origin: version.origin).adding(follower)), to: follower))
      }
    }
    releaseLocally(key: version.key, heldFor: version.writeID, at: now, into: &effects)
  }

  /// Releases a key held for a write (after its commit or abort) and lets the next one in.
  mutating func release(
    key: String, heldFor write: WriteID, at now: SimTime, into effects: inout NodeEffects
  ) {
    releaseLocally(key: key, heldFor: write, at: now, into: &effects)
  }

  private mutating func releaseLocally(
    key: String, heldFor write: WriteID, at now: SimTime, into effects: inout NodeEffects
  ) {
    guard var lock = locks[key] else { return }
    lock.waiting.removeAll { $0.write == write }
    guard lock.holder.write == write else {
      locks[key] = lock
      return
    }
    lock.waiting.removeAll { finished.contains($0.write) || $0.deadline < now }
    guard let next = lock.waiting.min(by: { $0.outranks($1) }) else {
      locks[key] = nil
      return
    }
    lock.waiting.removeAll { $0.write == next.write }
    lock.holder = next
    locks[key] = lock
    vote(on: next, granted: true, blocker: nil, at: now, into: &effects)
  }

  /// Gives up a quorum write whose deadline passed without a majority.
  /// Whether a timer this node started still has work to do when it fires: a quorum deadline
  /// only while its write is still being coordinated.
  public func isTimerLive(_ timer: NodeTimer) -> Bool {
    switch timer {
    case .quorumDeadline(let write): proposals[write] != nil
    }
  }

  mutating func quorumDeadlinePassed(_ write: WriteID, at now: SimTime, into effects: inout NodeEffects) {
    guard let proposal = proposals[write] else { return }
    abort(
      proposal, reason: .quorumTimeout(acknowledged: proposal.granted.count, needed: layout.majority),
      at: now,
      into: &effects)
  }

  /// After a restart, gives up every write that was being coordinated when the node crashed.
  mutating func abandonProposalsAfterRestart(at now: SimTime, into effects: inout NodeEffects) {
    for write in proposals.keys.sorted() {
      if let proposal = proposals[write] {
        abort(proposal, reason: .coordinatorRestarted, at: now, into: &effects)
      }
    }
  }
}
