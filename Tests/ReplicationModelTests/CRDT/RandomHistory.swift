import ReplicationModel

/// Random operation histories on several replicas, to produce many reachable CRDT states.
struct RandomHistory<Value: ConvergentValue> {
  /// Every state any replica held after any step, in the order they arose.
  private(set) var snapshots: [Value] = []
  /// The replicas' current states.
  private(set) var replicas: [Value]

  /// Runs `steps` random steps on `replicaCount` replicas starting from `initial`.
  ///
  /// Each step either applies `operate` at a random replica (twice as likely) or merges one
  /// random replica's state into another's. Operations that throw are skipped.
  init(
    initial: Value, replicaCount: Int, steps: Int, seed: UInt64,
    operate: (inout Value, NodeID, inout SplitMix64) throws -> Void
  ) {
    var random = SplitMix64(seed: seed)
    replicas = Array(repeating: initial, count: replicaCount)
    for _ in 0..<steps {
      let target = Int.random(in: 0..<replicaCount, using: &random)
      if Int.random(in: 0..<3, using: &random) < 2 {
        var state = replicas[target]
        if (try? operate(&state, NodeID(target), &random)) != nil { replicas[target] = state }
      } else {
        let source = Int.random(in: 0..<replicaCount, using: &random)
        replicas[target].merge(replicas[source])
      }
      snapshots.append(replicas[target])
    }
  }

  /// Every seed the law tests sweep.
  static var seeds: [UInt64] { [1, 2, 3, 0xC0FFEE] }

  /// The states of one history per seed (`steps` states each).
  ///
  /// States are only mixed within one history: two histories reuse the same replica ids for
  /// different operations, which no real cluster does.
  static func states(
    initial: Value, replicaCount: Int = 3, steps: Int = 300,
    operate: (inout Value, NodeID, inout SplitMix64) throws -> Void
  ) -> [[Value]] {
    seeds.map { seed in
      RandomHistory(initial: initial, replicaCount: replicaCount, steps: steps, seed: seed, operate: operate)
        .snapshots
    }
  }
}

/// Small helpers shared by the CRDT tests.
enum CRDTFixtures {
  /// The replicas `n0`, `n1`, … as node ids.
  static func replica(_ index: Int) -> NodeID { NodeID(index) }

  /// A timestamp `milliseconds` after 12:00:00 UTC.
  static func time(_ milliseconds: Int64) -> Timestamp {
    Timestamp(wall: SimTime.start.microseconds + milliseconds * 1_000)
  }

  /// Merges `states` one after another, in the given order.
  static func mergeAll<Value: ConvergentValue>(_ states: [Value]) -> Value? {
    guard var result = states.first else { return nil }
    for state in states.dropFirst() { result.merge(state) }
    return result
  }

  /// A random small element name.
  static func element(using random: inout SplitMix64) -> String {
    ["apple", "pear", "plum", "fig", "kiwi", "lime"][Int.random(in: 0..<6, using: &random)]
  }
}
