import ReplicationModel
import Testing

/// The quorum protocol between two leaders, message by message: votes, locks, late messages.
@Suite struct QuorumProtocolTests {
  private let layout: ClusterLayout
  private let us = NodeID(0)
  private let asia = NodeID(1)

  init() throws {
    layout = try ClusterConfiguration(followersPerRegion: 0, policy: .quorum).layout()
  }

  private func node(_ id: NodeID) -> ReplicaNode { ReplicaNode(id: id, layout: layout) }

  /// Has `coordinator` take client write `write` at `time` and returns the prepare it sends.
  private func propose(_ write: Int, at coordinator: inout ReplicaNode, time: SimTime = .start) throws
    -> QuorumPrepare
  {
    var effects: [NodeEffect] = []
    let request = ClientWrite(
      request: RequestID(write), write: WriteID(write), key: "balance", payload: .value("\(write)"))
    coordinator.handle(.clientWrite(request), at: time, into: &effects)
    let prepares = effects.compactMap { effect -> QuorumPrepare? in
      if case .send(.prepare(let prepare), _) = effect { return prepare }
      return nil
    }
    return try #require(prepares.first)
  }

  /// Delivers a message and returns the votes the receiver sent back.
  private func deliver(
    _ message: ReplicationMessage, from sender: NodeID, to receiver: inout ReplicaNode,
    at time: SimTime = .start
  ) -> [QuorumVote] {
    var effects: [NodeEffect] = []
    receiver.handle(.messageDelivered(message, from: sender), at: time, into: &effects)
    return effects.compactMap { effect in
      if case .send(.vote(let vote), _) = effect { return vote }
      return nil
    }
  }

  @Test func aFreeKeyIsGrantedAndAHeldOneRefusesALowerPriorityWrite() throws {
    var coordinator = node(asia)
    var voter = node(us)
    let first = try propose(1, at: &coordinator)
    #expect(deliver(.prepare(first), from: asia, to: &voter).map(\.granted) == [true])
    let second = try propose(2, at: &coordinator)
    let refusal = deliver(.prepare(second), from: asia, to: &voter)
    #expect(refusal.map(\.granted) == [false])
    #expect(refusal.first?.blocker == WriteID(1))
  }

  @Test func aHigherPriorityWriteWaitsAndIsGrantedOnRelease() throws {
    var asiaLeader = node(asia)
    var usLeader = node(us)
    _ = try propose(1, at: &asiaLeader)  // Asia holds the key for its own w1.
    let fromUS = try propose(2, at: &usLeader, time: .start + .milliseconds(500))
    var effects: [NodeEffect] = []
    asiaLeader.handle(
      .messageDelivered(.prepare(fromUS), from: us), at: .start + .milliseconds(575), into: &effects)
    #expect(effects == [.quorum(.queued(WriteID(2), behind: WriteID(1)))])

    // w1 times out; the key goes to the waiting US write.
    effects = []
    asiaLeader.handle(.timerFired(.quorumDeadline(WriteID(1))), at: .start + .seconds(1), into: &effects)
    let granted = effects.compactMap { effect -> QuorumVote? in
      if case .send(.vote(let vote), us) = effect { return vote }
      return nil
    }
    #expect(granted.map(\.write) == [WriteID(2)])
    #expect(granted.map(\.granted) == [true])
  }

  @Test func aPrepareArrivingAfterItsCommitDoesNotLockTheKey() throws {
    // With reordering, loss or duplication a prepare can reach a leader after the commit of
    // the same write. It must be refused: nothing would ever release the key.
    var usLeader = node(us)
    var firstVoter = node(asia)
    let prepare = try propose(1, at: &usLeader)
    let vote = try #require(deliver(.prepare(prepare), from: us, to: &firstVoter).first)
    var effects: [NodeEffect] = []
    usLeader.handle(
      .messageDelivered(.vote(vote), from: asia), at: .start + .milliseconds(150), into: &effects)
    let commits = effects.compactMap { effect -> Version? in
      if case .send(.commit(let version), _) = effect { return version }
      return nil
    }
    let committed = try #require(commits.first)

    var lateVoter = node(asia)
    #expect(deliver(.commit(committed), from: us, to: &lateVoter).isEmpty)
    #expect(lateVoter.store["balance"].held == [committed])
    #expect(deliver(.prepare(prepare), from: us, to: &lateVoter).map(\.granted) == [false])
    let next = try propose(2, at: &usLeader, time: .start + .milliseconds(200))
    #expect(deliver(.prepare(next), from: us, to: &lateVoter).map(\.granted) == [true])
  }

  @Test func aPrepareArrivingAfterItsAbortOrItsDeadlineIsRefused() throws {
    var usLeader = node(us)
    var voter = node(asia)
    let aborted = try propose(1, at: &usLeader)
    _ = deliver(.abort(key: "balance", write: WriteID(1)), from: us, to: &voter)
    #expect(deliver(.prepare(aborted), from: us, to: &voter).map(\.granted) == [false])
    let late = try propose(2, at: &usLeader)
    #expect(deliver(.prepare(late), from: us, to: &voter, at: .start + .seconds(2)).map(\.granted) == [false])
    let fresh = try propose(3, at: &usLeader, time: .start + .seconds(2))
    #expect(deliver(.prepare(fresh), from: us, to: &voter, at: .start + .seconds(2)).map(\.granted) == [true])
  }

  @Test func theCoordinatorCommitsWithAMajorityAndTellsEveryone() throws {
    var usLeader = node(us)
    var voter = node(asia)
    var effects: [NodeEffect] = []
    let write = ClientWrite(request: RequestID(1), write: WriteID(1), key: "balance", payload: .value("100"))
    usLeader.handle(.clientWrite(write), at: .start, into: &effects)
    #expect(effects.contains(.startTimer(.quorumDeadline(WriteID(1)), after: .seconds(1))))
    #expect(effects.contains(.quorum(.proposed(WriteID(1), key: "balance"))))
    let noReplyYet = effects.allSatisfy { effect in
      if case .reply = effect { return false }
      return true
    }
    #expect(noReplyYet, "a quorum write is not answered before a majority agrees")

    let prepare = try #require(
      effects.compactMap { effect -> QuorumPrepare? in
        if case .send(.prepare(let prepare), asia) = effect { return prepare }
        return nil
      }.first)
    let vote = try #require(deliver(.prepare(prepare), from: us, to: &voter).first)
    effects = []
    usLeader.handle(
      .messageDelivered(.vote(vote), from: asia), at: .start + .milliseconds(150), into: &effects)
    let replies = effects.compactMap { effect -> WriteResult? in
      if case .reply(let reply) = effect { return reply.result }
      return nil
    }
    guard case .accepted(let version) = replies.first else {
      Issue.record("expected an accepted reply, got \(effects)")
      return
    }
    #expect(version.vector == VersionVector([1]))
    #expect(effects.contains(.quorum(.committed(WriteID(1), acknowledgements: 2))))
    #expect(effects.contains(.send(.commit(version), to: asia)))
  }
}
