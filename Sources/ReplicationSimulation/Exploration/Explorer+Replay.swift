import ReplicationModel

extension Explorer {
  /// Plays the first `count` steps of an explored order (all of them when `nil`) on `world`,
  /// recording the trace, so that it can be looked at, drawn or stepped through.
  ///
  /// After a whole order, the events the explorer takes as they come (a follower's copies, a
  /// quiet leader's) happen too, in the order they were due; after part of one, the events still
  /// pending go back into the world's queue, in the order they were due. Returns `nil` when a
  /// step is not possible in `world` (the order was explored from another world).
  public static func replay(
    _ steps: [ExplorationStep], count: Int? = nil, on world: Simulation,
    options: ExplorationOptions = ExplorationOptions()
  ) -> Simulation? {
    var replayOptions = options
    replayOptions.drops = max(options.drops, steps.count)
    replayOptions.crashes = max(options.crashes, steps.count)
    replayOptions.partitions = max(options.partitions, steps.count)
    replayOptions.timers = .anyTime
    replayOptions.causalDelivery = false
    var state = ExplorationState(
      world: world, options: replayOptions, keepTrace: world.recording.contains(.trace))
    for step in steps.prefix(count ?? steps.count) {
      guard let choice = state.choices(replayOptions).first(where: { $0.step == step }) else { return nil }
      state.apply(choice)
    }
    // A whole order ends where the explorer's outcome was taken: what is still pending are the
    // steps it takes as they come (a follower's copies, a quiet leader's), so they happen now, in
    // the order they were due.
    if count ?? steps.count >= steps.count {
      while let next = state.choices(replayOptions).first(where: {
        if case .perform = $0.action { return true }
        return false
      }) {
        state.apply(next)
      }
    }
    var result = state.world
    result.restorePendingEvents(state.pending)
    return result
  }
}
