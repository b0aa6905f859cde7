import ReplicationSimulation

extension CommandCatalog {
  /// `explore`, which runs every order of what is pending, and `replay`, which plays one.
  package static let exploreCommands: [CommandSpec] = [
    CommandSpec(
      name: "explore", group: .looking,
      syntax:
        "explore [--drops N] [--crashes N] [--partitions N] [--check INVARIANT] [--causal] [--late-clients] [--timers quiet|any] [--max-states N]",
      summary:
        "Every order the pending messages can arrive in: each distinct ending, how often, and the shortest way there.",
      details: """
        Leaves the cluster as it is. Schedule writes first (write … at TIME, or write and do not \
        run). Any message in flight may arrive next (each link keeps its order unless network \
        reorder is on); an event happens when it was due, or later at its node's clock when the \
        node has already handled something due later. A client's request reaches its leader on \
        time (before anything due there later); --late-clients lets requests be late too, which \
        also varies what each write has seen; its outcomes are what the replicas hold and which \
        writes were lost or rejected (--check no-overtakes or no-double-commit records those as \
        well, a far larger search), and a leader with no request left takes its copies in the \
        order they were due when its policy holds the same data in any order. A timer (a quorum deadline) fires only when no message can move; \
        --timers any lets it fire at any point. --drops, --crashes and --partitions add that many \
        faults, at any point (crashed nodes recover and partitions heal later, in some order). \
        --causal delivers each replicated write only after the writes it depends on. --check \
        converges, no-lost-writes, no-double-commit or no-overtakes reports the shortest order \
        that breaks it. --max-states bounds the search (\(ExplorationOptions.defaultMaxStates) \
        states by default); a bounded answer says it is partial. replay N plays outcome N.
        """,
      examples: ["explore", "explore --partitions 1 --check no-double-commit", "explore --drops 1"],
      options: [
        OptionSpec(name: "drops", valueName: "N", kind: .number),
        OptionSpec(name: "crashes", valueName: "N", kind: .number),
        OptionSpec(name: "partitions", valueName: "N", kind: .number),
        OptionSpec(name: "check", valueName: "INVARIANT", kind: .explorationInvariant),
        OptionSpec(name: "causal", valueName: nil, kind: nil),
        OptionSpec(name: "late-clients", valueName: nil, kind: nil),
        OptionSpec(name: "timers", valueName: "WHEN", kind: .timerRule),
        OptionSpec(name: "max-states", valueName: "N", kind: .number),
      ]),
    CommandSpec(
      name: "replay", group: .actions, syntax: "replay N [--steps K] | replay next",
      summary: "Play the shortest order of outcome N from the last explore on the cluster.",
      details: """
        The cluster goes back to where explore started and the order is played on it, all of it, \
        or its first K steps with --steps; replay next plays one more step. Then state, trace and \
        diagram show it, and run or step carry on from there.
        """,
      examples: ["replay 1", "replay 2 --steps 3", "replay next"],
      options: [OptionSpec(name: "steps", valueName: "K", kind: .number)],
      arguments: [.number]),
  ]
}
