/// Every command of the language, with its help text: the workbench's here, the course's and the
/// shell's in extensions of the targets that run them.
package enum CommandCatalog {
  /// The workbench's commands, in `help` order: set up the cluster, act on it, look at it.
  package static let workbenchCommands: [CommandSpec] =
    clusterCommands + actionCommands + undoCommands + crdtCommands + lookingCommands + pictureCommands
    + [exportCommand, experimentCommand] + exploreCommands

  /// The workbench command with this name or alias.
  package static func workbenchSpec(named name: String) -> CommandSpec? {
    workbenchCommands.first { $0.name == name || $0.aliases.contains(name) }
  }

  /// Every workbench command name and alias, sorted.
  package static let workbenchNames: [String] = workbenchCommands.flatMap { [$0.name] + $0.aliases }.sorted()

  private static let json = OptionSpec(name: "json", valueName: nil, kind: nil)

  private static let clusterCommands: [CommandSpec] = [
    CommandSpec(
      name: "cluster", group: .cluster,
      syntax: "cluster REGION... [--followers K] [--topology all-to-all|ring|star] [--single-leader REGION]",
      summary: "Build a new cluster: a leader per region (or one leader) with K followers each.",
      details: """
        Starts a fresh world with the given regions; data, time and the trace start over. The \
        policy, timestamps and network settings are kept. With --single-leader only that region \
        has a leader and every other region holds followers of it, to compare with multi-leader.
        """,
      examples: [
        "cluster us asia", "cluster us eu asia --followers 1 --topology ring",
        "cluster us asia --single-leader us",
      ],
      options: [
        OptionSpec(name: "followers", valueName: "K", kind: .number),
        OptionSpec(name: "topology", valueName: "TOPOLOGY", kind: .topology),
        OptionSpec(name: "single-leader", valueName: "REGION", kind: .region),
      ],
      arguments: [.region]),
    CommandSpec(
      name: "latency", group: .cluster, syntax: "latency [REGION REGION DURATION]",
      summary: "Show one-way network latencies, or set the latency between two regions.",
      details: "The same region twice sets the latency inside a region (1ms by default).",
      examples: ["latency us asia 75ms", "latency us us 2ms", "latency"],
      arguments: [.region, .region, .duration]),
    CommandSpec(
      name: "clock", group: .cluster, syntax: "clock [NODE SKEW [--drift PPM]]",
      summary: "Show node clocks, or skew a node's UTC clock (+2m runs two minutes fast).",
      details: """
        A leader stamps its writes with its own clock, so a skewed leader makes its writes look \
        newer (or older) than they are. --drift makes the clock gain PPM microseconds per second.
        """,
      examples: ["clock asia +2m", "clock us -500ms --drift 50", "clock"],
      options: [OptionSpec(name: "drift", valueName: "PPM", kind: .number)],
      arguments: [.node, .duration]),
    CommandSpec(
      name: "timestamps", group: .cluster, syntax: "timestamps [physical|lamport|hybrid]",
      summary: "Show or choose where write timestamps come from.",
      details: """
        physical: each leader's UTC clock, skew and all. lamport: a counter that moves past every \
        timestamp seen. hybrid: a hybrid logical clock, physical time that never runs behind a \
        timestamp the leader has already seen.
        """,
      examples: ["timestamps hybrid", "timestamps"],
      arguments: [.timestampSource]),
    CommandSpec(
      name: "policy", group: .cluster,
      syntax:
        "policy [lww|priority|merge union|merge concat|quorum|manual|siblings|preset NAME|crdt TYPE] [--key KEY] [--tiebreak R1,R2] [--timeout DURATION]",
      summary: "Show or choose how conflicting writes are resolved, for all keys or one key.",
      details: """
        --tiebreak sets the region priority used by lww ties and by priority (US first by \
        default). --timeout sets how long a quorum write waits for a majority. --key applies the \
        policy to one key only; `policy default --key KEY` removes a key's own policy. \
        `policy preset NAME` applies the rule of a real database: cassandra, dynamodb, \
        dynamodb-strong, couchdb, riak, riak-lww, cosmos or pgactive (explain NAME describes it). \
        `policy crdt TYPE --key KEY` makes a key a CRDT: g-counter, pn-counter, lww-register, \
        mv-register, g-set, 2p-set, or-set, lww-map or text; incr, decr, add, remove, set, put, \
        insert and erase change it.
        """,
      examples: [
        "policy lww", "policy merge union --key topping", "policy priority --tiebreak asia,us",
        "policy preset cassandra", "policy crdt or-set --key toppings", "policy",
      ],
      options: [
        OptionSpec(name: "key", valueName: "KEY", kind: .key),
        OptionSpec(name: "tiebreak", valueName: "R1,R2", kind: .group),
        OptionSpec(name: "timeout", valueName: "DURATION", kind: .duration),
      ],
      arguments: [.policy, .policyArgument]),
    CommandSpec(
      name: "network", group: .cluster,
      syntax: "network [loss P] [duplicate P] [jitter DURATION] [reorder on|off] [retransmit DURATION]",
      summary: "Show or change network faults: message loss, duplication, jitter and reordering.",
      details: """
        Lost messages are re-sent after the retransmit delay (200ms by default). Reordering lets a \
        message overtake an earlier one on the same link; without it each link keeps its order. \
        Every random choice comes from the seed.
        """,
      examples: ["network loss 0.1", "network jitter 30ms reorder on", "network"],
      arguments: [.networkSetting, .value]),
    CommandSpec(
      name: "seed", group: .cluster, syntax: "seed [N]",
      summary: "Show the random seed, or set it and start the world over with it.",
      examples: ["seed 42", "seed"],
      arguments: [.number]),
    CommandSpec(
      name: "reset", group: .cluster, syntax: "reset",
      summary: "Start over: the default US and Asia cluster, no data, 12:00:00 UTC.",
      examples: ["reset"]),
  ]

  private static let actionCommands: [CommandSpec] = [
    CommandSpec(
      name: "write", group: .actions,
      syntax: "write NODE KEY=VALUE [at TIME] [--from REGION] [--as CLIENT] [--context TOKEN|none]",
      summary: "A client writes a value through a leader, and waits for the answer.",
      details: """
        Without `at`, the client sends now and time runs until it is answered. With `at TIME` the \
        write is only scheduled; `run` carries it out, so two writes at the same time can \
        conflict. TIME is UTC, 12:00:00.250 on the first simulated day; a later day goes in front, \
        as times are shown once a run passes midnight: +1d12:00:05 is 12:00:05 on the next day. --from puts the client in another region (its request crosses the network). \
        Each client keeps the causal context of its last read or write of each key, as a Riak \
        client does, and under siblings, manual, preset riak and preset couchdb sends it with its \
        next write of the key: the write replaces what that context covers, and a client that \
        never read the key makes a sibling. The client is named after its region unless --as \
        names one. --context passes a token from an earlier read instead; --context none sends \
        none.
        """,
      examples: [
        "write us topping=pepperoni", "write asia topping=mushroom at 12:00:00",
        "write us topping=olive --from asia", "write us cart=milk --as clerk1",
      ],
      options: [
        OptionSpec(name: "from", valueName: "REGION", kind: .region),
        OptionSpec(name: "as", valueName: "CLIENT", kind: nil),
        OptionSpec(name: "context", valueName: "TOKEN", kind: nil),
      ],
      arguments: [.node, .assignment, .time, .time]),
    CommandSpec(
      name: "delete", group: .actions,
      syntax: "delete NODE KEY [at TIME] [--from REGION] [--as CLIENT] [--context TOKEN|none]",
      summary: "A client deletes a key through a leader (a deletion is a write too).",
      examples: ["delete us topping"],
      options: [
        OptionSpec(name: "from", valueName: "REGION", kind: .region),
        OptionSpec(name: "as", valueName: "CLIENT", kind: nil),
        OptionSpec(name: "context", valueName: "TOKEN", kind: nil),
      ],
      arguments: [.node, .key, .time, .time]),
    CommandSpec(
      name: "read", group: .actions, syntax: "read NODE KEY [--as CLIENT] [--json]",
      summary: "Read a key from any node, leader or follower, as it is there now.",
      details:
        "Prints every version the node holds (several when siblings are kept) and the context token to pass back. The reading client (named after the node's region unless --as names one) keeps the context for its next write of the key.",
      examples: ["read asia-f1 topping", "read us cart --as clerk1"],
      options: [OptionSpec(name: "as", valueName: "CLIENT", kind: nil), json],
      arguments: [.node, .key]),
    CommandSpec(
      name: "step", group: .actions, syntax: "step [N]",
      summary: "Carry out the next event (or the next N) and show each one.",
      examples: ["step", "step 5"],
      arguments: [.number]),
    CommandSpec(
      name: "run", group: .actions, syntax: "run [DURATION | until TIME]",
      summary: "Let time pass: until nothing is left to do, for a duration, or until a time.",
      details: "TIME is as for write: 12:01:00 on the first simulated day, +1d12:00:00 on the next.",
      examples: ["run 100ms", "run", "run until 12:01:00"],
      arguments: [.time]),
    CommandSpec(
      name: "partition", group: .actions, syntax: "partition GROUP GROUP",
      summary: "Cut the network between two groups of regions or nodes; messages wait.",
      details:
        "A group is a comma-separated list; a region name stands for all its nodes. `heal` reconnects.",
      examples: ["partition us asia", "partition us eu,asia"],
      arguments: [.group, .group]),
    CommandSpec(
      name: "heal", group: .actions, syntax: "heal",
      summary: "Reconnect every partition; waiting messages are sent.", examples: ["heal"]),
    CommandSpec(
      name: "crash", group: .actions, syntax: "crash NODE",
      summary: "Stop a node; its stored data survives, messages to it wait.", examples: ["crash asia"],
      arguments: [.node]),
    CommandSpec(
      name: "recover", group: .actions, syntax: "recover NODE",
      summary: "Restart a crashed node; it catches up on what it missed.", examples: ["recover asia"],
      arguments: [.node]),
    CommandSpec(
      name: "resolve", group: .actions, syntax: "resolve KEY VALUE [--at NODE]",
      summary: "Settle a conflict by hand: a write that replaces every sibling of KEY.",
      details:
        "The client of NODE's region reads KEY at NODE (by default the first leader holding siblings) and writes VALUE with that read's context, so it replaces every version it read.",
      examples: ["resolve topping pepperoni"],
      options: [OptionSpec(name: "at", valueName: "NODE", kind: .node)],
      arguments: [.key, .value]),
  ]

  private static let lookingCommands: [CommandSpec] = [
    CommandSpec(
      name: "state", group: .looking, syntax: "state [KEY] [--json]",
      summary: "Every replica's value, version vector and timestamp, as a table.",
      examples: ["state", "state topping"],
      options: [json],
      arguments: [.key]),
    CommandSpec(
      name: "conflicts", group: .looking, syntax: "conflicts [--json]",
      summary: "Keys with unresolved siblings, and the writes involved.",
      examples: ["conflicts"],
      options: [json]),
    CommandSpec(
      name: "trace", group: .looking, syntax: "trace [KEY] [--last N] [--followers]",
      summary: "Everything that happened, event by event.",
      details: "A region's followers that did the same thing share a line; --followers gives each its own "
        + "(followers each does so for the session).",
      examples: ["trace", "trace topping --last 10", "trace --followers"],
      options: [
        OptionSpec(name: "last", valueName: "N", kind: .number),
        OptionSpec(name: "followers", valueName: nil, kind: nil),
      ],
      arguments: [.key]),
    CommandSpec(
      name: "followers", group: .looking, syntax: "followers [grouped|each]",
      summary: "Show followers that did the same thing on one line (grouped), or each on its own.",
      details: "Applies to trace, run, step and write for the rest of the session; grouped at first.",
      examples: ["followers", "followers each", "followers grouped"],
      arguments: [.value]),
    CommandSpec(
      name: "report", group: .looking, syntax: "report [--json]",
      summary: "Do the replicas agree, and which acknowledged writes were lost?",
      examples: ["report"],
      options: [json]),
    CommandSpec(
      name: "status", group: .looking, syntax: "status",
      summary: "The time, the cluster, pending events, partitions and crashed nodes.",
      examples: ["status"]),
    CommandSpec(
      name: "explain", group: .looking, syntax: "explain POLICY",
      summary: "What a policy does, in plain words, with its pros and cons.",
      examples: ["explain lww", "explain quorum"],
      arguments: [.explainable]),
  ]
}
