import ReplicationModel
import Testing

/// The seeds the 100,000-schedule soak run found failing (no lost write under a policy that
/// promises none), each run through the full soak check so they stay fixed.
///
/// All eight reorder messages on a link: a write whose dot sits apart from its vector (made
/// from a stale client context) arrives before the earlier write of its leader, and a replica
/// took the dot as contiguous, so a later write claimed to have seen (and replaced) the
/// earlier one.
@Suite struct SoakSeedTests {
  /// The failing seeds, with the policy the soak run gives each (`PolicyChoice.all[seed % 24]`).
  static let seeds: [UInt64] = [
    1_009_854, 1_064_310, 1_096_542, 1_071_389, 1_072_061, 1_098_338, 1_047_562, 1_057_499,
  ]

  @Test(arguments: seeds)
  func theSeedKeepsItsPromises(seed: UInt64) throws {
    let policy = PolicyChoice.all[Int(seed % UInt64(PolicyChoice.all.count))]
    try SoakCheck(seed: seed, policy: policy).run()
  }
}
