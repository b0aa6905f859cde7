import Workbench

extension CommandCatalog {
  /// The commands of the course: lessons, examples, the mnemonic and the scenarios.
  package static let courseCommands: [CommandSpec] = [
    CommandSpec(
      name: "lessons", group: .course, syntax: "lessons",
      summary: "The lessons in order, with the ones you have read.", examples: ["lessons"]),
    CommandSpec(
      name: "lesson", group: .course, syntax: "lesson [ID|next|prev]",
      summary: "Read a lesson: the current one, the next, the previous, or one by id.",
      details: "Lessons end with examples; try N runs example N on a fresh world you can keep exploring.",
      examples: ["lesson next", "lesson", "lesson prev", "lesson why-multi-leader"],
      arguments: [.lesson]),
    CommandSpec(
      name: "try", group: .course, syntax: "try N",
      summary: "Run example N of the current lesson on a fresh world, then keep exploring it.",
      examples: ["try 1"], arguments: [.number]),
    CommandSpec(
      name: "mnemonic", group: .course, syntax: "mnemonic [LETTER|drill]",
      summary: "M-T-L-C, Many Tasty Local Choices: the four ideas, a live demo of each, and a drill.",
      details: """
        mnemonic LETTER explains one letter and runs its demonstration on a fresh world. mnemonic \
        drill asks the letters in a random order: type what each stands for, in your own words \
        (many leaders counts for M as well as multi-leader). hint gives a nudge, skip shows the \
        answer and moves on, stop ends the drill.
        """,
      examples: ["mnemonic", "mnemonic L", "mnemonic drill"], arguments: [.mnemonicArgument]),
    CommandSpec(
      name: "scenarios", group: .course, syntax: "scenarios",
      summary: "The pizza-chain scenarios to step through.", examples: ["scenarios"]),
    CommandSpec(
      name: "scenario", group: .course, syntax: "scenario ID|N",
      summary: "Start a scenario on a fresh world; next runs its steps one by one.",
      examples: ["scenario 1", "scenario topping-timestamp"], arguments: [.scenario]),
    CommandSpec(
      name: "next", group: .course, syntax: "next",
      summary: "Run and narrate the scenario's next step (from its own state, even after you explored).",
      examples: ["next"]),
    CommandSpec(
      name: "predict", group: .course, syntax: "predict",
      summary: "Say what the scenario's next step will do before it runs; the model then runs it and checks.",
      details: """
        Shows the next step's commands and asks one question about its outcome: which value a \
        replica will hold, whether a write commits, or which write is lost. The answer comes from \
        running the step on a copy of the scenario's world, not from the content. Type your \
        prediction; the step then runs and you see whether the model agrees. A wrong prediction \
        goes on your review schedule, so review asks it again later. hint shows the state before \
        the step; skip (or next) runs it without a prediction.
        """,
      examples: ["predict"]),
    CommandSpec(
      name: "back", group: .course, syntax: "back",
      summary: "Show the scenario's previous step again, replayed from the start.", examples: ["back"]),
    CommandSpec(
      name: "restart", group: .course, syntax: "restart",
      summary: "Start the scenario, or the challenge in progress, over.", examples: ["restart"]),
    CommandSpec(
      name: "goto", group: .course, syntax: "goto N",
      summary: "Jump to step N of the scenario (steps before it replay quietly).", examples: ["goto 3"],
      arguments: [.number]),
    CommandSpec(
      name: "what-if", group: .course, syntax: "what-if SETTING VALUE...",
      summary: "Replay the scenario so far, or your own commands, with one setting changed, side by side.",
      details: """
        The settings: policy NAME (or preset NAME), timestamps physical|lamport|hybrid, clock \
        NODE SKEW [--drift PPM], latency REGION REGION DURATION, topology all-to-all|ring|star. \
        During a scenario it replays the scenario's steps so far; otherwise your commands since \
        the session started, a scenario step ran or a lesson example was tried (as far as undo \
        reaches). The what-if world gets the setting at the start and again after every cluster, \
        reset or seed, and leaves out the commands that set the same thing (a cluster command \
        gets the topology instead). Both worlds then run until nothing is pending, and the table \
        shows what each replica holds and which writes each lost. Your world is not changed.
        """,
      examples: [
        "what-if policy siblings", "what-if preset cassandra", "what-if timestamps hybrid",
        "what-if clock asia +0", "what-if latency us asia 5ms", "what-if topology ring",
      ],
      options: [OptionSpec(name: "drift", valueName: "PPM", kind: .number)],
      arguments: [.whatIfWord, .policy, .policyArgument]),
    CommandSpec(
      name: "continue", aliases: ["resume"], group: .course, syntax: "continue",
      summary: "Pick up the scenario step or lesson where you left off.", examples: ["continue"]),
  ]
}
