import BenchmarkSupport
import ReplicationModel

/// One client write of the workload: which key, which leader, what value.
struct WorkloadWrite {
  /// The key's index in ``Workload/keys``.
  let key: UInt16
  /// The leader slot the client writes to: 0 is `us`, 1 is `asia`.
  let leader: UInt8
  /// The value: `v<write number>`, unique per write, short enough to be stored inline (no heap).
  let value: String
}

/// The write workload, generated once per process, before any timing starts.
///
/// Keys are `k0`…`k999` and each write picks its key and its leader at random from a seeded
/// ``SplitMix64`` (the model's own generator), so every phase and every run sees the same writes.
struct Workload {
  /// The number of distinct keys.
  static let keyCount = 1_000
  /// The seed of the workload generator.
  static let seed: UInt64 = 0x5EED_2024

  /// `k0`…`k999`, built once so no phase pays for string formatting.
  let keys: [String]
  /// The writes, in the order clients issue them.
  let writes: [WorkloadWrite]

  /// Generates `count` writes.
  init(count: Int) {
    keys = (0..<Self.keyCount).map { "k\($0)" }
    var generator = SplitMix64(seed: Self.seed)
    var writes: [WorkloadWrite] = []
    writes.reserveCapacity(count)
    for number in 0..<count {
      let random = generator.next()
      writes.append(
        WorkloadWrite(
          key: UInt16(random % UInt64(Self.keyCount)), leader: UInt8((random >> 32) & 1),
          value: "v\(number)"))
    }
    self.writes = writes
  }

  /// The value each key holds after every write: the last write to it wins.
  ///
  /// That is also what last-writer-wins keeps: writes are spaced in time and every clock is
  /// exact, so a later write always carries a larger timestamp.
  var finalValues: [String: String] {
    var result: [String: String] = [:]
    for write in writes { result[keys[Int(write.key)]] = write.value }
    return result
  }
}
