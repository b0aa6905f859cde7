import ReplicationModel

/// A replica that received a replicated write before a write it depends on had arrived there.
public struct Overtake: Hashable, Comparable, Sendable {
  /// The replica.
  public let node: NodeID
  /// The write that arrived too early.
  public let write: WriteID

  /// Creates an overtake record.
  public init(node: NodeID, write: WriteID) {
    self.node = node
    self.write = write
  }

  /// Orders by node, then write.
  public static func < (lhs: Overtake, rhs: Overtake) -> Bool {
    (lhs.node.index, lhs.write.value) < (rhs.node.index, rhs.write.value)
  }
}

/// One point of an exploration: a world whose pending events the explorer holds, the fault
/// budget left, and the overtakes seen on the way.
struct ExplorationState: Sendable {
  var world: Simulation
  /// The pending events, in the order they were due (and scheduled).
  var pending: [PendingEvent]
  var drops: Int
  var crashes: Int
  var partitions: Int
  var overtakes: [Overtake] = []
  /// Each node's clock: the latest time it handled an event at. A late event happens at its
  /// receiver's clock, not earlier, so no node's clock runs backwards.
  var nodeTime: [SimTime]
  /// Whether overtakes are recorded (``OutcomeDetail/everything``).
  let tracksOvertakes: Bool
  /// Whether a quiet leader takes its copies in the order they were due
  /// (``OutcomeDetail/contents``, under a policy whose receipts commute, without causal delivery).
  let quietLeadersAreSinks: Bool

  /// The state of `world` with its pending events taken over, under `options`' budgets.
  init(world: Simulation, options: ExplorationOptions, keepTrace: Bool) {
    self.world = world.explorationCopy(keepTrace: keepTrace)
    self.pending = self.world.takePendingEvents()
    self.drops = options.drops
    self.crashes = options.crashes
    self.partitions = options.partitions
    self.nodeTime = Array(repeating: self.world.now, count: self.world.nodes.count)
    self.tracksOvertakes = options.detail == .everything
    self.quietLeadersAreSinks = options.letsQuietLeadersTakeCopiesAsDue(in: self.world)
    settle()
  }

  /// What the state is, canonically: two states with equal keys have the same futures. The hash
  /// is computed once, so that growing the table of states never hashes a state again.
  struct Key: Hashable, Sendable {
    let world: WorldFingerprint
    /// The pending events in a canonical order: by time, kind and link, and on one link in the
    /// order they were sent.
    let pending: [EventIdentity]
    let budget: [Int]
    let overtakes: [Overtake]
    let nodeTime: [SimTime]
    let hash: Int

    init(
      world: WorldFingerprint, pending: [EventIdentity], budget: [Int], overtakes: [Overtake],
      nodeTime: [SimTime]
    ) {
      self.world = world
      self.pending = pending
      self.budget = budget
      self.overtakes = overtakes
      self.nodeTime = nodeTime
      var hasher = Hasher()
      hasher.combine(world)
      hasher.combine(pending)
      hasher.combine(budget)
      hasher.combine(overtakes)
      hasher.combine(nodeTime)
      hash = hasher.finalize()
    }

    static func == (lhs: Key, rhs: Key) -> Bool {
      lhs.hash == rhs.hash && lhs.pending == rhs.pending && lhs.budget == rhs.budget
        && lhs.overtakes == rhs.overtakes && lhs.nodeTime == rhs.nodeTime && lhs.world == rhs.world
    }

    func hash(into hasher: inout Hasher) { hasher.combine(hash) }
  }

  var key: Key {
    let ordered = pending.map { ($0.identity, $0.sendOrder) }.sorted { a, b in
      let (x, y) = (a.0.sortKey, b.0.sortKey)
      return x != y ? x < y : a.1 < b.1
    }
    return Key(
      world: world.fingerprint, pending: ordered.map(\.0), budget: [drops, crashes, partitions],
      overtakes: overtakes, nodeTime: nodeTime)
  }

  /// Carries out at once the events whose order cannot matter: clients sending their requests
  /// and receiving their answers (neither changes a replica), timers with nothing left to do,
  /// and, when no fault can happen and each link keeps its order, a follower's copy of its
  /// leader's next message: a follower hears from its leader alone, in order, and tells no one,
  /// so when it gets each copy changes nothing else. With ``OutcomeDetail/contents``, a quiet
  /// leader's next copy too (see ``isQuietSink(_:)``). Orders are counted without these steps.
  mutating func settle() {
    let followersAreSinks =
      !world.network.allowsReordering && drops == 0 && crashes == 0 && partitions == 0
      && !world.isPartitioned && !world.layout.nodes.contains { world.isNodeDown($0.id) }
    while let index = pending.indices.first(where: { isEager($0, followersAreSinks: followersAreSinks) }) {
      let event = pending.remove(at: index)
      if !world.isSpent(event) {
        var time = event.time
        if case .delivery(let envelope) = event.kind {
          time = max(time, nodeTime[envelope.to.index])
          nodeTime[envelope.to.index] = time
        }
        world.perform(event, at: time)
      }
      absorbNewEvents()
    }
  }

  private func isEager(_ index: Int, followersAreSinks: Bool) -> Bool {
    let event = pending[index]
    switch event.kind {
    case .clientSend, .clientAnswer: return true
    case .timer: return world.isSpent(event)
    case .clientArrival: return false
    case .delivery(let envelope):
      guard followersAreSinks, isHeadOfLink(index, envelope) else { return false }
      return world.layout.info(envelope.to).leaderSlot == nil
        || (quietLeadersAreSinks && isQuietSink(envelope))
    }
  }

  /// Whether a leader takes this copy where no order of its copies can matter: it has no client
  /// request and no timer pending (so nothing it sends later depends on what it has received),
  /// and the copy is a replicated version it passes on to no other leader. Its policy holds the
  /// same data whatever the order (checked when the state is made).
  private func isQuietSink(_ envelope: Envelope) -> Bool {
    guard case .replicate(let version, let route) = envelope.message,
      !world.nodes[envelope.to.index].passesOnToLeaders(version, route: route)
    else { return false }
    for event in pending {
      switch event.kind {
      case .clientSend(_, let node), .clientArrival(_, let node), .timer(let node, _):
        if node == envelope.to { return false }
      case .clientAnswer, .delivery:
        continue
      }
    }
    return true
  }

  private mutating func absorbNewEvents() {
    let added = world.takePendingEvents()
    guard !added.isEmpty else { return }
    pending.append(contentsOf: added)
    // Keep time order; a stable sort keeps scheduling order among equal times.
    pending = Self.stableSorted(pending)
  }

  private static func stableSorted(_ events: [PendingEvent]) -> [PendingEvent] {
    events.enumerated().sorted { ($0.element.time, $0.offset) < ($1.element.time, $1.offset) }.map(\.element)
  }

  /// The choices enabled here, in a fixed order, each once.
  func choices(_ options: ExplorationOptions) -> [Choice] {
    var result: [Choice] = []
    var seen = Set<ExplorationStep>()
    var deliveries: [Int] = []
    var timers: [Int] = []
    let waiting = options.clientsOnTime ? requestsDue : [:]
    for (index, event) in pending.enumerated() {
      if let node = event.node, let due = waiting[node], event.time > due { continue }
      switch event.kind {
      case .delivery(let envelope):
        guard isHeadOfLink(index, envelope) else { continue }
        if options.causalDelivery && missingDependency(of: envelope) { continue }
        deliveries.append(index)
        let step = ExplorationStep.event(event.identity)
        if seen.insert(step).inserted { result.append(Choice(step: step, action: .perform(index))) }
      case .clientArrival:
        let step = ExplorationStep.event(event.identity)
        if seen.insert(step).inserted { result.append(Choice(step: step, action: .perform(index))) }
      case .timer:
        timers.append(index)
      case .clientSend, .clientAnswer:
        continue
      }
    }
    if options.timers == .anyTime || result.isEmpty {
      for index in timers {
        let step = ExplorationStep.event(pending[index].identity)
        if seen.insert(step).inserted { result.append(Choice(step: step, action: .perform(index))) }
      }
    }
    if drops > 0 {
      for index in deliveries {
        let step = ExplorationStep.drop(pending[index].identity)
        if seen.insert(step).inserted { result.append(Choice(step: step, action: .drop(index))) }
      }
    }
    let nodes = world.layout.nodes.map(\.id)
    for node in nodes where world.isNodeDown(node) {
      result.append(Choice(step: .recover(node), action: .recover(node)))
    }
    if crashes > 0 {
      for node in nodes where !world.isNodeDown(node) {
        result.append(Choice(step: .crash(node), action: .crash(node)))
      }
    }
    if world.isPartitioned {
      result.append(Choice(step: .heal, action: .heal))
    } else if partitions > 0 {
      for cut in partitionChoices() {
        result.append(Choice(step: .partition(cut.0, cut.1), action: .partition(cut.0, cut.1)))
      }
    }
    return result
  }

  /// When each node's earliest pending client request is due (nodes with none are left out).
  private var requestsDue: [NodeID: SimTime] {
    var due: [NodeID: SimTime] = [:]
    for event in pending {
      guard case .clientArrival(_, let node) = event.kind else { continue }
      due[node] = min(due[node] ?? event.time, event.time)
    }
    return due
  }

  /// Whether the message at `index` is the first one pending on its link (always, when the
  /// network may reorder).
  private func isHeadOfLink(_ index: Int, _ envelope: Envelope) -> Bool {
    if world.network.allowsReordering { return true }
    let order = pending[index].sendOrder
    for other in pending {
      if case .delivery(let earlier) = other.kind, earlier.from == envelope.from, earlier.to == envelope.to,
        other.sendOrder < order
      {
        return false
      }
    }
    return true
  }

  /// Whether a replicated write depends on a write its receiver has not received yet.
  func missingDependency(of envelope: Envelope) -> Bool {
    guard case .replicate(let version, _) = envelope.message else { return false }
    let seen = world.nodes[envelope.to.index].store[version.key].seen
    let counters = version.vector.counters
    for slot in counters.indices {
      var needed = counters[slot]
      if slot == version.dot.slot { needed = min(needed, version.dot.counter - 1) }
      guard needed > 0, seen.contiguous[slot] < needed else { continue }
      for counter in (seen.contiguous[slot] + 1)...needed
      where !seen.contains(Dot(slot: slot, counter: counter)) {
        return true
      }
    }
    return false
  }

  /// The ways to cut the network: each region alone against the others (each cut once).
  private func partitionChoices() -> [(UInt64, UInt64)] {
    let layout = world.layout
    var all: UInt64 = 0
    for node in layout.nodes { all |= 1 << UInt64(node.id.index) }
    var cuts: [(UInt64, UInt64)] = []
    var seen = Set<UInt64>()
    for region in layout.regionNames.indices {
      var group: UInt64 = 0
      for node in layout.nodes where node.region.index == region { group |= 1 << UInt64(node.id.index) }
      let rest = all & ~group
      guard group != 0, rest != 0 else { continue }
      let canonical = min(group, rest)
      if seen.insert(canonical).inserted { cuts.append((canonical, all & ~canonical)) }
    }
    return cuts
  }

  /// The state after a choice.
  func applying(_ choice: Choice) -> ExplorationState {
    var next = self
    next.apply(choice)
    return next
  }

  /// Carries out a choice, then everything that follows at once.
  mutating func apply(_ choice: Choice) {
    switch choice.action {
    case .perform(let index):
      let event = pending.remove(at: index)
      if tracksOvertakes, case .delivery(let envelope) = event.kind, missingDependency(of: envelope),
        case .replicate(let version, _) = envelope.message
      {
        let overtake = Overtake(node: envelope.to, write: version.writeID)
        if !overtakes.contains(overtake) {
          overtakes.append(overtake)
          overtakes.sort()
        }
      }
      var time = event.time
      if let node = event.node {
        time = max(time, nodeTime[node.index])
        nodeTime[node.index] = time
      }
      world.perform(event, at: time)
    case .drop(let index):
      drops -= 1
      world.drop(pending.remove(at: index))
    case .crash(let node):
      crashes -= 1
      world.setTime(faultTime)
      world.crash(node)
    case .recover(let node):
      nodeTime[node.index] = max(nodeTime[node.index], faultTime)
      world.setTime(nodeTime[node.index])
      world.recover(node)
    case .partition(let a, let b):
      partitions -= 1
      world.setTime(faultTime)
      world.partition(Self.nodes(in: a), from: Self.nodes(in: b))
    case .heal:
      world.setTime(faultTime)
      world.heal()
    }
    absorbNewEvents()
    settle()
  }

  /// When an injected fault happens: just before the earliest pending event is due (a time that
  /// depends on the state only, not on the order that led to it).
  private var faultTime: SimTime { pending.first?.time ?? world.now }

  private static func nodes(in bits: UInt64) -> [NodeID] {
    (0..<64).filter { bits & (1 << UInt64($0)) != 0 }.map(NodeID.init)
  }
}

/// A choice enabled in a state: the step as traces show it, and how to carry it out there.
struct Choice: Sendable {
  let step: ExplorationStep
  let action: Action

  enum Action: Sendable {
    case perform(Int)
    case drop(Int)
    case crash(NodeID)
    case recover(NodeID)
    case partition(UInt64, UInt64)
    case heal
  }
}
