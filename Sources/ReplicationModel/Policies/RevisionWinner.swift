/// CouchDB's rule: keep every conflicting revision, and let every replica name the same winner.
///
/// Replicas keep concurrent versions exactly as the siblings policy does. ``winner(of:)`` picks
/// the revision reads show, by CouchDB's order: a live value beats a deletion, then the longer
/// history (the revision's generation) wins, then the larger revision id. The losers stay
/// readable as conflicts until a write that has seen them all replaces them.
public struct RevisionWinner: ConflictPolicy {
  /// Creates the policy.
  public init() {}

  /// `preset couchdb`.
  public var name: String { "preset couchdb" }

  /// Keeps every version that no other version has seen.
  public func resolve(held: [Version], incoming: Version, layout: ClusterLayout) -> Resolution {
    SiblingKeeping.resolve(held: held, incoming: incoming)
  }

  /// The revision CouchDB shows, or `nil` for no versions.
  public static func winner(of versions: [Version]) -> Version? {
    versions.max { sortsBefore($0, $1) }
  }

  /// The revision as CouchDB writes it: `GENERATION-ID`, for example `2-9c1e04d7`.
  public static func revision(of version: Version) -> String {
    "\(generation(of: version))-\(revisionID(of: version))"
  }

  /// How many writes the version's history holds, itself included (CouchDB's revision position).
  public static func generation(of version: Version) -> Int {
    version.vector.counters.reduce(0) { $0 + Int($1) }
  }

  /// A stable hash of the version's value and write, as 8 hex digits (CouchDB hashes the body).
  public static func revisionID(of version: Version) -> String {
    var hash: UInt32 = 0x811C_9DC5  // 32-bit FNV-1a
    for byte in version.payload.description.utf8 + Array("#\(version.writeID.value)".utf8) {
      hash = (hash ^ UInt32(byte)) &* 0x0100_0193
    }
    let digits = String(hash, radix: 16)
    return String(repeating: "0", count: 8 - digits.count) + digits
  }

  /// Whether `a` loses to `b` in CouchDB's order.
  static func sortsBefore(_ a: Version, _ b: Version) -> Bool {
    let aLive = a.payload != .tombstone
    let bLive = b.payload != .tombstone
    if aLive != bLive { return bLive }
    let aGeneration = generation(of: a)
    let bGeneration = generation(of: b)
    if aGeneration != bGeneration { return aGeneration < bGeneration }
    let aID = revisionID(of: a)
    let bID = revisionID(of: b)
    if aID != bID { return aID < bID }
    return a.writeID < b.writeID
  }
}
