extension CommandCatalog {
  /// `undo` and `redo`.
  static let undoCommands: [CommandSpec] = [
    CommandSpec(
      name: "undo", group: .actions, syntax: "undo",
      summary: "Take back the last command that changed the world, by replaying the ones before it.",
      details: """
        The world is rebuilt by replaying every world-changing command since it was set up except \
        the last, so it is exactly as if that command had never been typed. Views (state, trace, \
        report, diagram) are not commands to undo; a plain read is undone with the command before \
        it, while read --as CLIENT, which gives a named client a context, is undone on its own. \
        The history starts when the session starts, a scenario step runs or a lesson example is \
        tried; reset and cluster can be undone too. Undo keeps the last 75 to 100 world commands (the oldest go 25 at a time).
        """,
      examples: ["undo"]),
    CommandSpec(
      name: "redo", group: .actions, syntax: "redo",
      summary: "Play again what undo took back; a new world command forgets it, as in an editor.",
      examples: ["redo"]),
  ]
}
