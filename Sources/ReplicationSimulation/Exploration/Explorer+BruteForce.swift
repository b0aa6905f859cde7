import ReplicationModel

extension Explorer {
  /// Walks every complete order one by one, with no state hashing and no reduction, and counts
  /// the orders ending in each outcome; `nil` when there are more than `limit` orders.
  ///
  /// Exponentially slower than ``explore(_:options:)``: a reference for checking it on small
  /// worlds, not a way to explore.
  public static func bruteForce(
    _ world: Simulation, options: ExplorationOptions = ExplorationOptions(), limit: Int = 100_000
  ) -> [ExplorationOutcome: Int]? {
    var counts: [ExplorationOutcome: Int] = [:]
    var walked = 0
    func walk(_ state: ExplorationState) -> Bool {
      let choices = state.choices(options)
      if choices.isEmpty {
        counts[
          ExplorationOutcome(world: state.world, overtakes: state.overtakes, detail: options.detail),
          default: 0] += 1
        walked += 1
        return walked <= limit
      }
      for choice in choices where !walk(state.applying(choice)) { return false }
      return true
    }
    let complete = walk(ExplorationState(world: world, options: options, keepTrace: false))
    return complete ? counts : nil
  }
}
