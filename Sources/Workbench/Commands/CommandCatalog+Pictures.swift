extension CommandCatalog {
  /// The commands that draw pictures: the space-time diagram and the topology.
  package static let pictureCommands: [CommandSpec] = [
    CommandSpec(
      name: "diagram", group: .looking, syntax: "diagram [KEY] [--last N] [--followers] [--ascii]",
      summary: "The trace as a space-time diagram: a column per node, time running down.",
      details: """
        Each client write, each message (an arrow from its sender to its receiver, drawn where it \
        arrives), every loss, partition, crash and conflict. Followers get columns with \
        --followers; when the terminal is too narrow they are drawn on their leader's column. \
        --ascii draws with plain ASCII characters.
        """,
      examples: ["diagram", "diagram topping --last 20", "diagram --followers --ascii"],
      options: [
        OptionSpec(name: "last", valueName: "N", kind: .number),
        OptionSpec(name: "followers", valueName: nil, kind: nil),
        OptionSpec(name: "ascii", valueName: nil, kind: nil),
      ],
      arguments: [.key]),
    CommandSpec(
      name: "topology", group: .looking, syntax: "topology [--ascii]",
      summary: "The cluster as a picture: regions, leaders, followers and the links between leaders.",
      details: "Cut links and crashed nodes are marked. --ascii draws with plain ASCII characters.",
      examples: ["topology", "topology --ascii"],
      options: [OptionSpec(name: "ascii", valueName: nil, kind: nil)]),
  ]
}

extension CommandCatalog {
  /// The `export` command.
  package static let exportCommand = CommandSpec(
    name: "export", group: .looking,
    syntax:
      "export diagram|topology FILE [--format mermaid|svg|dot] [--force] [--key KEY] [--last N] [--followers]",
    summary: "Write the diagram (Mermaid or SVG) or the topology (Graphviz DOT or SVG) to a file.",
    details: """
      Without --format the file's extension decides (.mmd, .svg, .dot). An existing file is only \
      replaced with --force. --key, --last and --followers narrow the diagram as they do for diagram. \
      export cheatsheet FILE.md (or FILE.html) writes the one-page sheet for the day before the \
      interview: each lesson's key fact and points, the mnemonic and your weakest topics.
      """,
    examples: [
      "export diagram pizza.svg", "export diagram pizza.mmd --format mermaid --key topping",
      "export topology cluster.dot --force",
    ],
    options: [
      OptionSpec(name: "format", valueName: "FORMAT", kind: .exportFormat),
      OptionSpec(name: "force", valueName: nil, kind: nil),
      OptionSpec(name: "key", valueName: "KEY", kind: .key),
      OptionSpec(name: "last", valueName: "N", kind: .number),
      OptionSpec(name: "followers", valueName: nil, kind: nil),
    ],
    arguments: [.picture, .value])
}

extension CommandCatalog {
  /// The `experiment` command.
  package static let experimentCommand = CommandSpec(
    name: "experiment", group: .looking,
    syntax:
      "experiment [conflicts|skew|latency|quorum|quorum-latency] [--runs N] [--points N] [--writes N] [--jobs N] [--json]",
    summary: "Sweep a parameter on fresh clusters and plot what it does; without a name, list them.",
    details: """
      Each point averages --runs seeded runs (3) of --writes client writes (200), over --points \
      values (8) of the parameter. The runs use their own clusters, seeded from the session's seed; \
      your cluster is left alone (quorum always cuts off 0 to 4 regions). The runs are computed \
      --jobs at a time (1 to 256; every core unless given; 1 runs them one after another); the \
      numbers are the same either way. --json prints the numbers instead of the plot.
      """,
    examples: ["experiment conflicts", "experiment skew --runs 5 --points 11", "experiment"],
    options: [
      OptionSpec(name: "runs", valueName: "N", kind: .number),
      OptionSpec(name: "points", valueName: "N", kind: .number),
      OptionSpec(name: "writes", valueName: "N", kind: .number),
      OptionSpec(name: "jobs", valueName: "N", kind: .number),
      OptionSpec(name: "json", valueName: nil, kind: nil),
    ],
    arguments: [.experiment])
}
