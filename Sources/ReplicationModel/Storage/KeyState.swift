/// Everything one replica knows about one key: the versions it holds and the writes it has seen.
public struct KeyState: Hashable, Sendable {
  /// The versions held, sorted by write id: one normally, several when siblings are kept.
  public internal(set) var held: [Version] = []
  /// Every write of this key the replica has received, kept or not.
  public internal(set) var seen = SeenDots()

  /// Creates an empty key state.
  public init() {}

  /// The context a read hands to a client: the largest vector within the joined histories of
  /// the versions held (and of the live writes a settled version stands for).
  ///
  /// A version whose dot was kept apart from its vector (a write from a stale context) adds its
  /// dot only when the dot continues the joined vectors: a context never claims a write that
  /// none of the versions read has seen, so a write made with it never replaces one its client
  /// could not have read, unless this replica has received every write of that leader up to the
  /// dot: it then read what became of them all, as a Riak object's context counts every event of
  /// each actor up to its latest (Riak KV docs, "Causal Context", dotted version vectors).
  /// Otherwise such a version is not covered by the context itself, and a write made with the
  /// context is a sibling of it rather than its replacement.
  public var readContext: VersionVector {
    var context =
      held.count == 1 && held[0].settledFrom.isEmpty
      ? held[0].historyVector : VersionVector(histories: held.lazy.flatMap(\.liveWrites))
    for version in held where !context.contains(version.dot) {
      let dot = version.dot
      if seen.contiguous[dot.slot] >= dot.counter && context[dot.slot] < dot.counter {
        context.set(dot.slot, to: dot.counter)
      }
    }
    return context
  }

  /// Everything the replica knows the key's history includes, as the largest vector within it:
  /// the writes it received (``seen``) and the histories of the versions it holds.
  ///
  /// A held version may have seen writes this replica has not received yet (they are still on
  /// their way); a new write made here has seen them too, through that version. A write received
  /// beyond a gap (a reordered message) counts only once the writes before it are known, here or
  /// through a held version's history: counting it earlier would claim the missing writes, and a
  /// write made from that claim would replace them when they arrive. A leader uses this as the
  /// context of a write whose client passed none.
  public var knowledge: VersionVector {
    var knowledge = seen.contiguous
    for version in held {
      if version.settledFrom.isEmpty {
        knowledge.join(version.vector)
      } else {
        for write in version.settledFrom { knowledge.join(write.vector) }
      }
    }
    // Every held version's dot was received, so it is in `seen`: in the contiguous part, or a gap.
    if !seen.gaps.isEmpty { knowledge.extend(through: seen.gaps) }
    return knowledge
  }

  /// Whether the key currently has more than one version (unresolved siblings).
  public var hasSiblings: Bool { held.count > 1 }

  /// Whether the key is absent or deleted here.
  public var isDeleted: Bool { held.allSatisfy { $0.payload == .tombstone } }
}
