/// Merge: concurrent values are combined by an application function instead of one winning.
///
/// For pizza toppings, set union keeps both branches' orders (`mushroom,pepperoni`). Ordered
/// concatenation gives `B/C` for concurrent `B` and `C`. Causally later writes still replace
/// earlier ones, so a later order that removed a topping removes it. A deletion merged with a
/// concurrent value keeps the value.
public struct MergeValues: ConflictPolicy {
  /// The merge function.
  public let function: MergeFunction

  /// Creates the policy with a merge function.
  public init(function: MergeFunction) { self.function = function }

  /// `merge union` or `merge concat`.
  public var name: String { "merge \(function.rawValue)" }

  /// Merges the incoming version with every live write it is concurrent with.
  ///
  /// The comparison runs over the writes a merged version was made from, not the merged
  /// version itself: a write that replaced one of them (but not the others) removes that
  /// one's value, in whatever order the writes arrive.
  public func resolve(held: [Version], incoming: Version, layout: ClusterLayout) -> Resolution {
    let comparison = CausalComparison(held: held.flatMap(\.liveWrites), incoming: incoming)
    if let covering = comparison.coveringHeld {
      return Resolution(held: held, outcome: .obsolete(heldBy: covering.writeID))
    }
    guard !comparison.concurrent.isEmpty else {
      return Resolution(held: [incoming], outcome: comparison.replacementOutcome)
    }
    let parts = (comparison.concurrent + [incoming]).sortedByWrite()
    var newest = incoming
    var timestamp = incoming.timestamp
    var contributors = Set<WriteID>()
    for part in parts {
      if part.writeID > newest.writeID { newest = part }
      timestamp = max(timestamp, part.timestamp)
      contributors.formUnion(part.contributors)
    }
    let vector = VersionVector(histories: parts)
    let payload = function.merge(parts.map(\.payload))
    let merged = Version(
      key: incoming.key, payload: payload, vector: vector, dot: newest.dot, timestamp: timestamp,
      origin: newest.origin, writeID: newest.writeID, mergedFrom: contributors.sorted(), settledFrom: parts)
    let settlement = ConflictSettlement(
      incoming: incoming.writeID, rivals: comparison.concurrent.map(\.writeID), result: .merged(payload))
    return Resolution(held: [merged], outcome: .conflict(settlement))
  }
}

extension MergeFunction {
  /// The separator between items of a merged value.
  public var separator: Character {
    switch self {
    case .union: ","
    case .concatenate: "/"
    }
  }

  /// Combines payloads: the sorted, duplicate-free items of every value; deletions add nothing.
  ///
  /// The result does not depend on the order of `payloads` and merging a value with itself
  /// gives it back, so every replica computes the same merged value.
  public func merge(_ payloads: [Payload]) -> Payload {
    var items = Set<Substring>()
    for case .value(let text) in payloads {
      for item in text.split(separator: separator) {
        let trimmed = item.drop { $0 == " " }
        if !trimmed.isEmpty { items.insert(trimmed) }
      }
    }
    guard !items.isEmpty else { return .tombstone }
    return .value(items.sorted().joined(separator: String(separator)))
  }
}
