extension CommandCatalog {
  /// The CRDT operations: each is a client write of an operation through a leader.
  package static let crdtCommands: [CommandSpec] = [
    operation(
      "incr", "incr NODE KEY [N]", "Count up a g-counter or pn-counter key (by 1, or by N).",
      ["incr us likes", "incr asia likes 5"]),
    operation(
      "decr", "decr NODE KEY [N]", "Count down a pn-counter key (a g-counter refuses).", ["decr us stock 2"]),
    operation(
      "add", "add NODE KEY ELEMENT", "Add an element to a set key (g-set, 2p-set, or-set).",
      ["add us toppings olive"]),
    operation(
      "remove", "remove NODE KEY ELEMENT",
      "Remove an element from a 2p-set or or-set key, or an entry from an lww-map key.",
      ["remove asia toppings olive"]),
    operation(
      "set", "set NODE KEY VALUE", "Assign a register key (lww-register, mv-register).",
      ["set us special margherita"]),
    operation(
      "put", "put NODE KEY FIELD VALUE", "Set one entry of an lww-map key.", ["put us menu small 9.50"]),
    operation(
      "insert", "insert NODE KEY POSITION TEXT",
      "Insert text into a text key at a position (0 is the start).", ["insert us note 0 \"Extra cheese. \""]),
    operation(
      "erase", "erase NODE KEY POSITION [COUNT]", "Erase characters from a text key.", ["erase asia note 0 6"]
    ),
  ]

  private static func operation(_ name: String, _ syntax: String, _ summary: String, _ examples: [String])
    -> CommandSpec
  {
    CommandSpec(
      name: name, group: .actions, syntax: syntax + " [at TIME] [--from REGION]", summary: summary,
      details: """
        The key must hold a CRDT: policy crdt TYPE --key KEY makes it one. The leader applies the \
        operation to the state it holds and replicates the whole state; replicas merge states, so \
        nothing is dropped. Like write, it waits for the answer unless `at TIME` schedules it \
        (TIME as for write: 12:00:00.250, or +1d12:00:05 on the next day).
        """,
      examples: examples,
      options: [OptionSpec(name: "from", valueName: "REGION", kind: .region)],
      arguments: [.node, .key, .value, .value, .time, .time])
  }
}
