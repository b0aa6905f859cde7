/// A small, fast, seeded pseudo-random generator (SplitMix64).
///
/// The model never touches a system random generator: every random choice (message loss,
/// duplication, jitter) draws from a `SplitMix64` that the caller seeds, so the same seed and
/// the same inputs give the same run, event for event.
public struct SplitMix64: RandomNumberGenerator, Hashable, Sendable {
  private var state: UInt64

  /// Creates a generator whose whole output is fixed by `seed`.
  public init(seed: UInt64) { self.state = seed }

  /// Returns the next 64 pseudo-random bits.
  public mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }

  /// Returns `true` with the given probability (0 never, 1 always).
  public mutating func chance(_ probability: Double) -> Bool {
    guard probability > 0 else { return false }
    guard probability < 1 else { return true }
    return Double(next() >> 11) * 0x1.0p-53 < probability
  }
}
