import ReplicationModel

/// What a simulation records as it runs.
public struct Recording: OptionSet, Hashable, Sendable {
  /// The raw bits.
  public let rawValue: Int

  /// Creates a recording set from raw bits.
  public init(rawValue: Int) { self.rawValue = rawValue }

  /// Every event, for diagrams and step-through.
  public static let trace = Recording(rawValue: 1)
  /// Every client write and its fate, for the convergence report's lost writes.
  public static let history = Recording(rawValue: 2)
  /// Everything.
  public static let all: Recording = [.trace, .history]
  /// Nothing: the fast path, for benchmarks.
  public static let none: Recording = []
}

/// The world around the nodes: simulated time, the event queue, the network and its faults.
///
/// The simulation is the only interpreter of the nodes' effects. It delivers each event at its
/// time, in (time, sequence) order, and draws every random choice from one seeded generator, so
/// the same seed and the same inputs give the identical run, event for event.
public struct Simulation: Sendable {
  /// The current simulated time.
  public internal(set) var now: SimTime = .start
  /// The cluster and its current settings.
  public internal(set) var layout: ClusterLayout
  /// Every node, by ``NodeID``.
  public internal(set) var nodes: [ReplicaNode]
  /// The network's latencies and faults.
  public internal(set) var network: NetworkConditions {
    didSet { routes = NetworkRoutes(network: network, layout: layout) }
  }
  /// What is being recorded.
  public internal(set) var recording: Recording
  /// The seed of the random generator.
  public let seed: UInt64
  /// The recorded events, the newest ``Trace/standardLimit`` of them (empty unless
  /// ``Recording/trace`` is on).
  public internal(set) var trace = Trace()
  /// Every client write (empty unless ``Recording/history`` is on).
  public internal(set) var history = WriteHistory()
  /// How many events have been processed.
  public internal(set) var eventsProcessed = 0

  var rng: SplitMix64
  var queue = EventQueue<WorldEvent>()
  var heldMessages: [Envelope] = []
  var cutLinks: [UInt64]
  var isDown: [Bool]
  /// Whether any link is cut or any node is down; while neither is, the per-message checks
  /// of ``cutLinks`` and ``isDown`` are skipped (kept up to date by the fault methods).
  var hasFaults = false
  var timerEpoch: [Int]
  var linkClearTime: [SimTime]
  /// Each link's latency, and whether the network is plain (see ``NetworkRoutes``); kept up to
  /// date with ``network``.
  var routes: NetworkRoutes
  var pendingRequests = PendingRequests()
  /// The causal contexts the named clients hold (see ``ClientContexts``).
  public internal(set) var clientContexts = ClientContexts()
  /// The named clients of requests not yet answered.
  var writingClients: [RequestID: WritingClient] = [:]
  /// The contexts the leaders' answers carry to named clients, until the answers arrive.
  var answerContexts: [RequestID: VersionVector] = [:]
  var keyNumbers = KeyNumbers()
  var deliveriesScheduled = 0
  var nextRequest = 1
  var nextWrite = 1
  var nextMessage = 1
  var effectBuffer = NodeEffects()
  /// Requests the nodes are done with, whose boxes the next writes reuse (see
  /// ``ClientWrite/reused(for:write:key:payload:context:keyNumber:)``); at most
  /// ``spareRequestLimit``.
  var spareRequests: [ClientWrite] = []
  /// How many finished requests are kept for reuse.
  static let spareRequestLimit = 4_096

  /// Builds a cluster and its network.
  ///
  /// - Parameters:
  ///   - configuration: The cluster to build.
  ///   - network: Latencies and faults.
  ///   - seed: Fixes every random choice of the run.
  ///   - recording: What to record; the default records everything.
  /// - Throws: ``ModelError`` when the configuration or the network is impossible.
  public init(
    configuration: ClusterConfiguration = ClusterConfiguration(),
    network: NetworkConditions = NetworkConditions(),
    seed: UInt64 = 1,
    recording: Recording = .all
  ) throws(ModelError) {
    let layout = try configuration.layout()
    try network.validate()
    self.layout = layout
    var reporting = EffectReporting.none
    if !recording.isEmpty { reporting.insert(.applied) }
    if recording.contains(.history) { reporting.insert(.accepted) }
    self.nodes = layout.nodes.map { info in
      var node = ReplicaNode(id: info.id, layout: layout)
      node.reporting = reporting
      return node
    }
    self.network = network
    self.seed = seed
    self.recording = recording
    self.rng = SplitMix64(seed: seed)
    let count = layout.nodes.count
    self.cutLinks = Array(repeating: 0, count: count)
    self.isDown = Array(repeating: false, count: count)
    self.timerEpoch = Array(repeating: 0, count: count)
    self.linkClearTime = Array(repeating: .start, count: count * count)
    self.routes = NetworkRoutes(network: network, layout: layout)
  }

  /// Whether any event is still pending.
  public var hasPendingEvents: Bool { !queue.isEmpty }

  /// The time of the next pending event.
  public var nextEventTime: SimTime? { queue.nextTime }

  /// Whether a node is down.
  public func isNodeDown(_ node: NodeID) -> Bool { isDown[node.index] }

  /// Messages waiting for a partition to heal or a node to recover, in send order.
  public var held: [Envelope] { heldMessages }

  /// Processes the next pending event; returns `false` when nothing was pending.
  @discardableResult
  public mutating func step() -> Bool { step(notAfter: nil) }

  /// Processes the next pending event at or before `limit` (any time when `nil`).
  ///
  /// A timer whose work is already done (a quorum deadline after its write committed or was given
  /// up, or a timer of a node that crashed since) is dropped on the way without moving the clock,
  /// so running "until quiet" ends at the last event that did something.
  @inline(__always)
  mutating func step(notAfter limit: SimTime?) -> Bool {
    while let time = queue.nextTime {
      if let limit, time > limit { return false }
      let event = queue.removeNext()
      if isSpentTimer(event) { continue }
      now = max(now, time)
      eventsProcessed += 1
      process(event)
      return true
    }
    return false
  }

  /// Whether `event` is a timer that would do nothing if it fired.
  func isSpentTimer(_ event: borrowing WorldEvent) -> Bool {
    switch event {
    case .timer(let node, let timer, let epoch):
      return isDown[node.index] || timerEpoch[node.index] != epoch || !nodes[node.index].isTimerLive(timer)
    default:
      return false
    }
  }

  /// Processes every event up to and including `time`, then moves the clock to `time`.
  public mutating func run(until time: SimTime) {
    while step(notAfter: time) {}
    now = max(now, time)
  }

  /// Processes every event within `duration` from now.
  public mutating func run(for duration: SimDuration) { run(until: now + duration) }

  /// Processes events up to `time` (until none is pending when `time` is `nil`), at most
  /// `eventLimit` of them, and asks `shouldStop` with the count so far every
  /// ``checkInterval`` events, so a caller can stop a long run from outside.
  ///
  /// - Returns: How the run ended. When it reached its end, the clock shows `time` (if given);
  ///   otherwise it shows the time of the last event processed.
  public mutating func run(until time: SimTime?, eventLimit: Int, shouldStop: (Int) -> Bool) -> RunEnd {
    var processed = 0
    while processed < eventLimit {
      if processed % Self.checkInterval == Self.checkInterval - 1 && shouldStop(processed) {
        return .interrupted(events: processed)
      }
      guard step(notAfter: time) else {
        if let time { now = max(now, time) }
        return .reached(events: processed)
      }
      processed += 1
    }
    if let time, queue.nextTime.map({ $0 > time }) ?? true {
      now = max(now, time)
      return .reached(events: processed)
    }
    return queue.isEmpty ? .reached(events: processed) : .eventLimit(events: processed)
  }

  /// How many events ``run(until:eventLimit:shouldStop:)`` processes between two questions.
  public static let checkInterval = 1_024

  /// Processes events until none is pending, or `eventLimit` were processed.
  ///
  /// - Returns: `true` when the simulation became quiet, `false` when the limit stopped it.
  @discardableResult
  public mutating func runUntilQuiet(eventLimit: Int = 10_000_000) -> Bool {
    var processed = 0
    while processed < eventLimit {
      guard step() else { return true }
      processed += 1
    }
    return queue.isEmpty
  }

  /// The keys whose replicas keep siblings now, as ``report()`` lists them, without its look
  /// through every write ever made.
  public func unresolvedConflicts() -> [UnresolvedConflict] {
    ConvergenceReport.unresolvedConflicts(in: nodes)
  }

  /// The convergence report for the current state.
  public func report() -> ConvergenceReport {
    var report = ConvergenceReport(
      nodes: nodes, history: history, inFlight: deliveriesScheduled, held: heldMessages.count)
    report.undoneRemovals = UndoneRemoval.find(in: nodes, history: history)
    return report
  }

  /// Keeps at most `limit` trace events from now on (the oldest are dropped first).
  public mutating func limitTrace(to limit: Int) { trace.setLimit(limit) }

  @inline(__always)
  mutating func record(_ kind: @autoclosure () -> TraceKind) {
    guard recording.contains(.trace) else { return }
    trace.append(TraceEvent(time: now, kind: kind()))
  }
}

/// An event in the simulation's queue.
enum WorldEvent: Sendable {
  /// A client sends its write request.
  case clientSend(ClientWrite, client: RegionID, node: NodeID)
  /// The request reaches the node.
  case clientArrival(ClientWrite, node: NodeID)
  /// The client receives the node's answer.
  case clientAnswer(ClientReply, node: NodeID)
  /// A message reaches its receiver.
  case delivery(Envelope)
  /// A node's timer fires (ignored if the node crashed since it was started).
  case timer(NodeID, NodeTimer, epoch: Int)
}

/// A client request that has not been answered yet.
struct PendingRequest: Sendable {
  let client: RegionID
  let node: NodeID
  let sentAt: SimTime
  var arrived = false
}
