import ReplicationModel
import Testing

/// Checks the three merge laws over random pairs and triples drawn from a pool of states.
enum MergeLaws {
  /// Expects the laws for `checks` random draws from each history's states.
  static func expectLaws<Value: ConvergentValue>(
    _ histories: [[Value]], checks: Int, seed: UInt64, sourceLocation: SourceLocation = #_sourceLocation
  ) {
    #expect(histories.map(\.count).reduce(0, +) >= 500, "enough states", sourceLocation: sourceLocation)
    for (offset, states) in histories.enumerated() {
      expectLaws(
        states, checks: checks / max(histories.count, 1), seed: seed &+ UInt64(offset),
        sourceLocation: sourceLocation)
    }
  }

  /// Expects commutativity, associativity and idempotence for `checks` random draws from `states`.
  static func expectLaws<Value: ConvergentValue>(
    _ states: [Value], checks: Int, seed: UInt64, sourceLocation: SourceLocation = #_sourceLocation
  ) {
    guard !states.isEmpty else {
      Issue.record("no states to check", sourceLocation: sourceLocation)
      return
    }
    var random = SplitMix64(seed: seed)
    for _ in 0..<checks {
      let a = states[Int.random(in: 0..<states.count, using: &random)]
      let b = states[Int.random(in: 0..<states.count, using: &random)]
      let c = states[Int.random(in: 0..<states.count, using: &random)]
      let ab = a.merged(with: b)
      #expect(ab == b.merged(with: a), "commutative", sourceLocation: sourceLocation)
      #expect(
        ab.merged(with: c) == a.merged(with: b.merged(with: c)), "associative", sourceLocation: sourceLocation
      )
      #expect(a.merged(with: a) == a, "idempotent", sourceLocation: sourceLocation)
      #expect(ab.merged(with: b) == ab, "absorbs what it has seen", sourceLocation: sourceLocation)
      #expect(
        ab.hashValue == b.merged(with: a).hashValue, "equal states hash alike", sourceLocation: sourceLocation
      )
    }
  }
}
