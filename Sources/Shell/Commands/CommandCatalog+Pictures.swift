extension CommandCatalog {
  /// The commands that draw pictures: the space-time diagram and the topology.
  static let pictureCommands: [CommandSpec] = [
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
