/// How much work one command may do before the shell refuses it, or stops it and says so.
///
/// The defaults suit a person at a terminal: the largest command takes seconds. A fuzzer, which
/// runs a shell millions of times, sets smaller limits so that each input stays cheap; the commands
/// take the same code paths, and a command over a limit gets the same message a person would.
public struct WorkLimits: Hashable, Sendable {
  /// The most simulated writes one `experiment` may run in all (runs × points × writes × series).
  public var experimentWrites: Int
  /// The most events one `write` waits through, or one `run` processes, before it stops.
  public var events: Int
  /// The most states one `explore` visits, whatever `--max-states` asks; a search that reaches it
  /// gives a partial answer and says so.
  public var exploreStates: Int

  /// Creates limits; by default a million simulated writes, a million events and two million
  /// explored states.
  public init(experimentWrites: Int = 1_000_000, events: Int = 1_000_000, exploreStates: Int = 2_000_000) {
    self.experimentWrites = experimentWrites
    self.events = events
    self.exploreStates = exploreStates
  }
}
