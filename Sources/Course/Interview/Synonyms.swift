/// The synonyms every key point shares: general words a candidate says in many ways. A phrasing's
/// word, or run of words, that is in a group matches any member of the group (after stemming), so
/// `several leaders` also reads "multiple primaries" and "more than one master".
///
/// Only general words belong here. Words whose synonyms depend on the point (`lose`, `drop`,
/// `discard`, `overwrite`) are listed in the point itself, as `lose|drop|discard|overwrite`.
public enum Synonyms {
  /// The groups; a member of several words is written with spaces and matched as a run of words
  /// in that order.
  public static let groups: [[String]] = [
    ["fast", "quick", "speedy", "rapid", "snappy", "low latency", "lower latency"],
    ["slow", "sluggish", "high latency", "higher latency"],
    ["many", "multiple", "several", "numerous", "more than one"],
    ["leader", "primary", "master"],
    ["multi leader", "multi master", "multi primary", "multileader", "multimaster", "active active"],
    ["region", "datacenter", "datacentre", "data center", "data centre", "dc", "site"],
    ["clock", "time", "wall clock", "physical time"],
    ["skew", "drift", "out of sync"],
    ["conflict", "clash", "collision", "collide"],
    ["concurrent", "simultaneous", "same time", "at once", "in parallel"],
    ["write", "update", "modification"],
    ["acknowledge", "ack", "confirm"],
    ["delete", "remove", "erase"],
    ["user", "client", "customer"],
    ["node", "server", "machine"],
    ["each", "every"],
    ["stale", "outdated", "out of date"],
    ["reject", "refuse", "deny", "decline"],
    ["merge", "combine"],
    ["asynchronous", "async"],
    ["newest", "latest", "most recent"],
    ["highest", "largest", "biggest", "greatest", "maximum", "max"],
    ["last write wins", "last writer wins", "lww", "latest write wins", "newest write wins"],
    ["tie break", "tiebreak", "tiebreaker", "tie breaker"],
    ["version vector", "vector clock"],
    ["crdt", "conflict free replicated data type", "conflict free data type"],
    ["round trip", "roundtrip", "rtt"],
    ["partition", "network split", "netsplit", "split brain", "network failure", "network outage"],
    ["application", "app"],
    ["cost", "price", "downside", "drawback", "trade off", "tradeoff"],
  ]

  /// Each member as its stems, mapped to the members of its group as stems.
  static let members: [[String]: [[String]]] = {
    var members: [[String]: [[String]]] = [:]
    for group in groups {
      let stems = group.map { AnswerText.words($0) }
      for member in stems {
        var list = members[member] ?? []
        for other in stems where !list.contains(other) { list.append(other) }
        members[member] = list
      }
    }
    return members
  }()

  /// The longest member, in words.
  static let longest = members.keys.map(\.count).max() ?? 1
}
