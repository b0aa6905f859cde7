import ReplicationModel

/// Small builders for model tests: layouts, hand-made versions and every delivery order.
enum Fixtures {
  /// A laid-out cluster with the given regions and no followers.
  static func layout(
    _ regions: [String] = ["us", "asia"], priority: [String] = [], policy: PolicyChoice = .lastWriterWins
  ) throws -> ClusterLayout {
    try ClusterConfiguration(regions: regions, followersPerRegion: 0, policy: policy, priorityOrder: priority)
      .layout()
  }

  /// The timestamp `milliseconds` after 12:00:00 UTC.
  static func time(_ milliseconds: Int64) -> Timestamp {
    Timestamp(wall: SimTime.start.microseconds + milliseconds * 1_000)
  }

  /// Every ordering of `items` (n! of them; keep n small).
  static func permutations<Element>(_ items: [Element]) -> [[Element]] {
    guard items.count > 1 else { return [items] }
    var result: [[Element]] = []
    for index in items.indices {
      var rest = items
      let first = rest.remove(at: index)
      for tail in permutations(rest) { result.append([first] + tail) }
    }
    return result
  }

  /// What a fresh store holds for `key` after applying `versions` in the given order.
  static func held(
    after versions: [Version], policy: PolicyChoice, layout: ClusterLayout, key: String = "topping"
  )
    -> [Version]
  {
    var store = ReplicaStore()
    for version in versions { _ = store.apply(version, policy: policy, layout: layout) }
    return store[key].held
  }
}

/// Builds versions by hand, as a leader would have stamped them.
struct VersionFactory {
  /// The cluster the versions belong to.
  let layout: ClusterLayout

  /// A version of `key` written at leader `slot`, with the given vector (its own dot is
  /// `vector[slot]`) and a physical timestamp `milliseconds` after noon.
  func make(
    _ value: String, write: Int, slot: Int, vector: [UInt32], at milliseconds: Int64,
    key: String = "topping"
  ) -> Version {
    make(payload: .value(value), write: write, slot: slot, vector: vector, at: milliseconds, key: key)
  }

  /// A deletion of `key`, stamped like ``make(_:write:slot:vector:at:key:)``.
  func deletion(write: Int, slot: Int, vector: [UInt32], at milliseconds: Int64, key: String = "topping")
    -> Version
  {
    make(payload: .tombstone, write: write, slot: slot, vector: vector, at: milliseconds, key: key)
  }

  private func make(
    payload: Payload, write: Int, slot: Int, vector: [UInt32], at milliseconds: Int64, key: String
  ) -> Version {
    Version(
      key: key, payload: payload, vector: VersionVector(vector),
      dot: Dot(slot: slot, counter: vector[slot]), timestamp: Fixtures.time(milliseconds),
      origin: layout.leaders[slot], writeID: WriteID(write))
  }
}
