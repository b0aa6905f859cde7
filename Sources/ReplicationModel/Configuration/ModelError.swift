/// Why the model refused a cluster configuration or a request.
///
/// Every case says what was wrong and what is allowed, so the shell can show it as it is.
public enum ModelError: Error, Hashable, Sendable, CustomStringConvertible {
  /// The cluster was given no regions.
  case noRegions
  /// Two regions share a name.
  case duplicateRegion(String)
  /// A region name is not a short lowercase word.
  case invalidRegionName(String)
  /// A follower count below zero or above the limit.
  case followerCount(Int)
  /// More nodes than the model supports.
  case tooManyNodes(Int)
  /// A node name that is not in the cluster.
  case unknownNode(String, known: [String])
  /// A region name that is not in the cluster.
  case unknownRegion(String, known: [String])
  /// A latency below zero.
  case negativeLatency(SimDuration)
  /// A probability outside 0…1.
  case probabilityOutOfRange(String, Double)
  /// An empty key.
  case emptyKey
  /// An empty value.
  case emptyValue
  /// A key or value longer than the limit.
  case tooLong(what: String, length: Int, limit: Int)
  /// A tie-break order that does not list every region exactly once.
  case invalidPriorityOrder([String], regions: [String])
  /// A quorum timeout that is not positive.
  case nonPositiveTimeout(SimDuration)
  /// A time earlier than the simulation's current time.
  case timeInPast(SimTime, now: SimTime)
  /// The node is down.
  case nodeDown(String)
  /// A duration (a skew, a latency, a timeout) beyond what the model accepts.
  case durationOutOfRange(what: String, SimDuration)
  /// A clock drift beyond what the model accepts.
  case driftOutOfRange(Int64)
  /// A causal context that counts writes the key does not have: `counted` writes by `leader`
  /// where only `existing` exist (`leader` is `nil` for a slot beyond the cluster's leaders).
  case contextCountsUnknownWrites(
    context: String, key: String, leader: String?, counted: UInt32, existing: UInt32)
  /// A policy that needs at least three leaders (DynamoDB's strong multi-Region mode) in a
  /// cluster with fewer: `policy` names it, `leaders` is how many the cluster has.
  case needsThreeRegions(policy: String, leaders: Int)

  /// The longest duration the model accepts anywhere: one day.
  public static let maximumDuration = SimDuration.seconds(86_400)
  /// The largest clock drift the model accepts, in parts per million (10%).
  public static let maximumDriftPPM: Int64 = 100_000

  /// The most regions a cluster may have.
  public static let maximumRegions = 8
  /// The most followers a leader may have.
  public static let maximumFollowers = 6
  /// The most bytes a key or value may have.
  public static let maximumTextLength = 256

  /// A one-sentence explanation: what was wrong and what is allowed.
  public var description: String {
    switch self {
    case .noRegions:
      "A cluster needs at least one region, for example: us asia."
    case .duplicateRegion(let name):
      "Region '\(name)' is listed twice; every region name must be different."
    case .invalidRegionName(let name):
      "'\(name)' is not a valid region name; use 1 to 12 lowercase letters or digits, starting with a letter."
    case .followerCount(let count):
      "A leader can have 0 to \(Self.maximumFollowers) followers, not \(count)."
    case .tooManyNodes(let count):
      "That cluster would have \(count) nodes; at most \(Self.maximumRegions) regions are allowed."
    case .unknownNode(let name, let known):
      "There is no node '\(name)'; the nodes are: \(known.joined(separator: ", "))."
    case .unknownRegion(let name, let known):
      "There is no region '\(name)'; the regions are: \(known.joined(separator: ", "))."
    case .negativeLatency(let latency):
      "A latency cannot be negative (\(latency)); use 0ms or more."
    case .probabilityOutOfRange(let what, let value):
      "The \(what) probability must be between 0 and 1, not \(value)."
    case .emptyKey:
      "The key is empty; give a key such as topping."
    case .emptyValue:
      "The value is empty; give a value such as pepperoni (use delete to remove a key)."
    case .tooLong(let what, let length, let limit):
      "The \(what) is \(length) bytes long; the limit is \(limit)."
    case .invalidPriorityOrder(let order, let regions):
      "The priority order \(order.joined(separator: ",")) must list each region once: \(regions.joined(separator: ","))."
    case .nonPositiveTimeout(let timeout):
      "A timeout must be longer than zero, not \(timeout)."
    case .timeInPast(let time, let now):
      "\(time) is in the past; the simulation is at \(now). Give a later time, such as \(Self.laterTime(like: time, after: now)) (a later day goes in front as +Nd), or none for now."
    case .nodeDown(let name):
      "Node \(name) is down; recover it first, or use another node."
    case .durationOutOfRange(let what, let duration):
      "The \(what) \(duration) is out of range; it must be from -\(Self.maximumDuration) to +\(Self.maximumDuration)."
    case .contextCountsUnknownWrites(let context, let key, let leader, let counted, let existing):
      Self.unknownWritesMessage(
        context: context, key: key, leader: leader, counted: counted, existing: existing)
    case .needsThreeRegions(let policy, let leaders):
      "\(policy) needs three regions, or two and a witness (AWS, DynamoDB multi-Region strong "
        + "consistency): every write must be agreed by a majority, and with two regions a cut "
        + "between them would leave neither side a majority. This cluster has \(leaders) "
        + "leader\(leaders == 1 ? "" : "s"), and multileader does not model a witness; make three "
        + "regions first (cluster us asia eu), or use policy quorum to watch a majority of two."
    case .driftOutOfRange(let drift):
      "A clock drift of \(drift) ppm is out of range; use -\(Self.maximumDriftPPM) to \(Self.maximumDriftPPM) ppm."
    }
  }
}

extension ModelError {
  /// Why a context with writes the key does not have is refused, and where a good one comes from.
  fileprivate static func unknownWritesMessage(
    context: String, key: String, leader: String?, counted: UInt32, existing: UInt32
  ) -> String {
    let writes = counted == 1 ? "a write" : "\(counted) writes"
    let claim =
      leader.map { leader in
        let has = existing == 0 ? "none" : "only \(existing)"
        return
          "\(context) counts \(writes) by \(leader) to \(key), and \(leader) has accepted \(has) for \(key)"
      } ?? "\(context) counts writes by a leader this cluster does not have"
    return
      "The context \(claim). A context only counts writes that exist for its key (Riak and Dynamo hand it "
      + "out with a read of that key); read \(key) for its context."
  }
}

extension ModelError {
  /// The first instant at or after `now` with `time`'s time of day: what a time in the past was
  /// most likely meant as, once the simulation has passed into a later day.
  fileprivate static func laterTime(like time: SimTime, after now: SimTime) -> SimTime {
    let day: Int64 = 86_400_000_000
    let timeOfDay = ((time.microseconds % day) + day) % day
    var candidate = SimTime(microseconds: (now.microseconds / day) * day + timeOfDay)
    if candidate < now { candidate = candidate + SimDuration(microseconds: day) }
    return candidate
  }
}
