import ReplicationModel

/// One thing a challenge's check asks of the learner's world: a small closed set of cases that
/// the model evaluates (never code from a content file).
///
/// Each case is written on one line of a challenge's `## Check` section:
///
/// | Line | Holds when |
/// |---|---|
/// | `value KEY VALUE` | every replica that is up holds exactly one version of KEY, VALUE |
/// | `includes KEY VALUE` | every replica that is up holds VALUE in KEY (a sibling, a set member, part of a merge) |
/// | `lost KEY` | `report` counts an acknowledged write of KEY as lost |
/// | `not-lost KEY VALUE` | a write KEY=VALUE was acknowledged and `report` does not count it lost |
/// | `no-lost-writes` | at least one write was acknowledged and `report` counts none lost |
/// | `converged` | nothing is pending or held and every replica holds the same versions |
/// | `diverged` | nothing is pending or held (nothing left to arrive) and replicas still disagree |
/// | `rejected` | some client write was rejected (a quorum that could not be reached) |
/// | `acknowledged OP N` | the number of acknowledged writes compares so with N (`>=`, `<=`, `=`, `<`, `>`) |
/// | `down OP N` | the number of crashed nodes compares so with N |
/// | `skew < DURATION` | the largest gap between two nodes' clocks is under DURATION (`5ms`) |
/// | `explore-breaks INVARIANT` | the last `explore` found an order breaking INVARIANT (`no-overtakes`) |
public enum ChallengeCondition: Hashable, Sendable {
  /// Every replica that is up holds exactly `value` for `key`.
  case value(key: String, value: String)
  /// Every replica that is up holds `value` among what `key` holds.
  case includes(key: String, value: String)
  /// An acknowledged write of `key` is lost.
  case lost(key: String)
  /// The write `key`=`value` was acknowledged and is not lost.
  case notLost(key: String, value: String)
  /// Writes were acknowledged and none is lost.
  case noLostWrites
  /// Settled, and every replica agrees.
  case converged
  /// Settled, and replicas disagree: they will disagree forever.
  case diverged
  /// A client write was rejected.
  case rejected
  /// The count of acknowledged writes compares with a number.
  case acknowledged(ChallengeComparison, Int)
  /// The count of crashed nodes compares with a number.
  case nodesDown(ChallengeComparison, Int)
  /// The largest gap between two clocks is under a duration.
  case skewBelow(SimDuration)
  /// The last exploration found an order breaking the invariant with this name.
  case exploreBreaks(String)

  /// The condition in plain words, as `check` lists it.
  public var description: String {
    switch self {
    case .value(let key, let value): return "every replica holds \(key)=\(value)"
    case .includes(let key, let value): return "every replica's \(key) includes \(value)"
    case .lost(let key): return "report counts a write of \(key) as lost"
    case .notLost(let key, let value): return "the write \(key)=\(value) was acknowledged and is not lost"
    case .noLostWrites: return "writes were acknowledged and report counts none lost"
    case .converged: return "every message has arrived and the replicas agree"
    case .diverged: return "every message has arrived and the replicas still disagree (forever)"
    case .rejected: return "a client's write was rejected"
    case .acknowledged(let comparison, let count):
      return "\(comparison.words) \(count) acknowledged write\(count == 1 ? "" : "s")"
    case .nodesDown(let comparison, let count):
      return "\(comparison.words) \(count) node\(count == 1 ? "" : "s") down"
    case .skewBelow(let limit): return "no two clocks are \(limit) or more apart"
    case .exploreBreaks(let invariant): return "your last explore found an order that breaks \(invariant)"
    }
  }
}

/// How a count compares with a number in a challenge condition.
public enum ChallengeComparison: String, Hashable, Sendable, CaseIterable {
  case atLeast = ">="
  case atMost = "<="
  case exactly = "="
  case below = "<"
  case above = ">"

  /// The comparison in words: `at most`, `fewer than`.
  public var words: String {
    switch self {
    case .atLeast: return "at least"
    case .atMost: return "at most"
    case .exactly: return "exactly"
    case .below: return "fewer than"
    case .above: return "more than"
    }
  }

  /// Whether `count` compares so with `number`.
  public func holds(_ count: Int, _ number: Int) -> Bool {
    switch self {
    case .atLeast: return count >= number
    case .atMost: return count <= number
    case .exactly: return count == number
    case .below: return count < number
    case .above: return count > number
    }
  }
}

extension ChallengeCondition {
  /// The condition a `## Check` line states, or what is wrong with it.
  public static func parse(_ line: String) -> Result<ChallengeCondition, ChallengeConditionError> {
    let words = line.split(separator: " ").map(String.init)
    guard let name = words.first?.lowercased() else { return .failure(.init("the line is empty")) }
    let rest = Array(words.dropFirst())
    func arguments(_ count: Int, _ usage: String) -> Result<[String], ChallengeConditionError> {
      rest.count == count
        ? .success(rest) : .failure(.init("`\(name)` takes \(usage), as in `\(name) \(usage)`"))
    }
    switch name {
    case "value":
      return arguments(2, "KEY VALUE").map { .value(key: $0[0], value: $0[1]) }
    case "includes":
      return arguments(2, "KEY VALUE").map { .includes(key: $0[0], value: $0[1]) }
    case "lost":
      return arguments(1, "KEY").map { .lost(key: $0[0]) }
    case "not-lost":
      return arguments(2, "KEY VALUE").map { .notLost(key: $0[0], value: $0[1]) }
    case "no-lost-writes", "converged", "diverged", "rejected":
      guard rest.isEmpty else { return .failure(.init("`\(name)` takes nothing after it")) }
      let plain: [String: ChallengeCondition] = [
        "no-lost-writes": .noLostWrites, "converged": .converged, "diverged": .diverged,
        "rejected": .rejected,
      ]
      return .success(plain[name]!)
    case "acknowledged", "down":
      return arguments(2, "OP N").flatMap { words in
        guard let comparison = ChallengeComparison(rawValue: words[0]) else {
          return .failure(.init("`\(words[0])` is not a comparison; use >=, <=, =, < or >"))
        }
        guard let number = Int(words[1]), number >= 0 else {
          return .failure(.init("`\(words[1])` is not a whole number"))
        }
        return .success(
          name == "down" ? .nodesDown(comparison, number) : .acknowledged(comparison, number))
      }
    case "skew":
      return arguments(2, "< DURATION").flatMap { words in
        guard words[0] == "<" else { return .failure(.init("`skew` takes `< DURATION`, as in `skew < 5ms`")) }
        guard let duration = duration(words[1]) else {
          return .failure(.init("`\(words[1])` is not a duration; write it like 5ms, 2s or 500us"))
        }
        return .success(.skewBelow(duration))
      }
    case "explore-breaks":
      return arguments(1, "INVARIANT").map { .exploreBreaks($0[0].lowercased()) }
    default:
      return .failure(
        .init(
          "unknown condition `\(name)`; the conditions are value, includes, lost, not-lost, no-lost-writes, converged, diverged, rejected, acknowledged, down, skew and explore-breaks"
        ))
    }
  }

  /// A positive duration written as `5ms`, `2s` or `500us`.
  static func duration(_ text: String) -> SimDuration? {
    let units: [(String, Int64)] = [("ms", 1_000), ("us", 1), ("s", 1_000_000)]
    for (unit, scale) in units where text.hasSuffix(unit) {
      guard let number = Int64(text.dropLast(unit.count)), number > 0, number < 1_000_000 else { return nil }
      return SimDuration(microseconds: number * scale)
    }
    return nil
  }
}

/// Why a `## Check` line is not a condition.
public struct ChallengeConditionError: Error, Hashable, Sendable {
  /// What is wrong, and what would be right.
  public var message: String

  init(_ message: String) { self.message = message }
}
