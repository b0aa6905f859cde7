import ReplicationModel

/// What an exploration may do besides delivering the pending messages, and when it stops.
public struct ExplorationOptions: Hashable, Sendable {
  /// How many messages the network may lose for good.
  public var drops: Int
  /// How many times a node may crash (it recovers later, in some order).
  public var crashes: Int
  /// How many times the network may be cut (one region from the others; it heals later).
  public var partitions: Int
  /// The most distinct states explored before the answer is given as partial.
  public var maxStates: Int
  /// Whether replicated writes are delivered causally: a write waits at a replica until every
  /// write it depends on has arrived there (a causal broadcast layer).
  public var causalDelivery: Bool
  /// When a timer (a quorum deadline) may fire.
  public var timers: TimerRule
  /// Whether partial-order reduction derives orders that only swap independent events instead of
  /// computing them (the outcome set and the counts are the same either way).
  public var reduction: Bool
  /// Whether clients' requests reach their nodes on time: a node handles a request before
  /// anything that was due there later, so only messages between nodes are late. On by default:
  /// a scenario's writes keep the times they were scheduled at, and what varies is what each
  /// leader has received by then. Off, a request may be late too, so a write gets a later
  /// timestamp and sees more; that asks about client timing as well as message order, and the
  /// search grows by orders of magnitude.
  public var clientsOnTime: Bool
  /// What an outcome records, and so which orders are told apart.
  public var detail: OutcomeDetail
  /// When ``OutcomeDetail/contents`` lets a quiet leader take its copies in the order they were
  /// due (changed only in tests, to check what the rule hides and what it does not).
  var quietLeaders = QuietLeaderRule.whenReceiptsCommute

  /// The default bound on distinct states.
  public static let defaultMaxStates = 250_000

  /// Creates options; by default no faults, no causal delivery, timers when quiet, reduction on,
  /// clients on time.
  public init(
    drops: Int = 0, crashes: Int = 0, partitions: Int = 0, maxStates: Int = defaultMaxStates,
    causalDelivery: Bool = false, timers: TimerRule = .whenQuiet, reduction: Bool = true,
    clientsOnTime: Bool = true, detail: OutcomeDetail = .everything
  ) {
    self.drops = drops
    self.crashes = crashes
    self.partitions = partitions
    self.maxStates = maxStates
    self.causalDelivery = causalDelivery
    self.timers = timers
    self.reduction = reduction
    self.clientsOnTime = clientsOnTime
    self.detail = detail
  }
}

/// When an explored timer may fire.
public enum TimerRule: String, Hashable, Sendable, CaseIterable {
  /// Only when no message can move: timeouts are long next to message delays, so a deadline
  /// passes only for a message that cannot arrive (held by a partition or a crash, or lost).
  case whenQuiet = "quiet"
  /// At any point, like a fault: a message may take longer than any timeout.
  case anyTime = "any"
}

extension ExplorationOptions {
  /// Whether, exploring `world`, a quiet leader may take its copies in the order they were due
  /// (once no fault can happen and every link keeps its order): outcomes record contents, there is
  /// no causal delivery, and the policies in use hold the same data in any order of receipt.
  public func letsQuietLeadersTakeCopiesAsDue(in world: Simulation) -> Bool {
    guard detail == .contents, !causalDelivery else { return false }
    switch quietLeaders {
    case .always: return true
    case .never: return false
    case .whenReceiptsCommute: return world.layout.receiptsCommute
    }
  }
}

/// What an explored outcome records.
public enum OutcomeDetail: String, Hashable, Sendable, CaseIterable {
  /// Everything: what the replicas hold, what became of the writes, and which replicas received
  /// a write before one it depends on (overtakes), so the order every node takes its messages in
  /// is explored.
  case everything
  /// What the replicas hold and which writes were lost or rejected, without overtakes or pairs
  /// of concurrent acknowledged writes (double commits). A leader with no request or timer left
  /// takes its copies in the order they were due, when the policy holds the same data whatever
  /// their order (``ReplicationModel/PolicyChoice/receiptsCommute``) and it passes them on to no
  /// other leader: no other order could change an outcome, so orders are counted without those
  /// steps (as they are without a follower's).
  case contents
}

/// When a quiet leader takes its copies in the order they were due (tests change it).
enum QuietLeaderRule: Hashable, Sendable {
  /// When the policies in use hold the same data in any order of receipt.
  case whenReceiptsCommute
  /// Never: every order of every node's copies is explored.
  case never
  /// Always, whatever the policy (wrong for some: a test shows what it hides).
  case always
}
