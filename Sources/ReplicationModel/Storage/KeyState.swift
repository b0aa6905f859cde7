/// Everything one replica knows about one key: the versions it holds and the writes it has seen.
public struct KeyState: Hashable, Sendable {
  /// The versions held, sorted by write id: one normally, several when siblings are kept.
  public internal(set) var held: [Version] = []
  /// Every write of this key the replica has received, kept or not.
  public internal(set) var seen = SeenDots()

  /// Creates an empty key state.
  public init() {}

  /// The context a read hands to a client: the joined history of the versions held (and of
  /// the live writes a settled version stands for).
  public var readContext: VersionVector {
    if held.count == 1 && held[0].settledFrom.isEmpty { return held[0].coveringVector }
    var context = VersionVector()
    for version in held {
      if version.settledFrom.isEmpty {
        context.join(version.coveringVector)
      } else {
        for write in version.settledFrom { context.join(write.coveringVector) }
      }
    }
    return context
  }

  /// Everything the replica knows the key's history includes: the writes it received without
  /// gaps, and the histories of the versions it holds.
  ///
  /// A held version may have seen writes this replica has not received yet (they are still on
  /// their way); a new write made here has seen them too, through that version. A leader uses
  /// this as the context of a write whose client passed none.
  public var knowledge: VersionVector { seen.contiguous.joined(with: readContext) }

  /// Whether the key currently has more than one version (unresolved siblings).
  public var hasSiblings: Bool { held.count > 1 }

  /// Whether the key is absent or deleted here.
  public var isDeleted: Bool { held.allSatisfy { $0.payload == .tombstone } }
}
