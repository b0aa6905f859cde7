import ReplicationModel
import ReplicationSimulation
import Testing

/// A run that records nothing takes the fast paths (nodes skip their reporting effects); it must
/// end in exactly the state of a run that records everything.
@Suite struct RecordingPropertyTests {
  @Test(arguments: [80_000..<80_200, 80_200..<80_400, 80_400..<80_600, 80_600..<80_800] as [Range<UInt64>])
  func recordingNothingEndsInTheSameState(seeds: Range<UInt64>) throws {
    for seed in seeds {
      let policy = PolicyChoice.all[Int(seed % UInt64(PolicyChoice.all.count))]
      let schedule = try RandomSchedule(seed: seed, policy: policy)
      let recorded = try schedule.run(recording: .all)
      let silent = try schedule.run(recording: .none)
      #expect(silent.nodes == recorded.nodes, "\(schedule)")
      #expect(silent.now == recorded.now, "\(schedule)")
      #expect(silent.eventsProcessed == recorded.eventsProcessed, "\(schedule)")
      #expect(silent.report().converged == recorded.report().converged, "\(schedule)")
    }
  }
}
