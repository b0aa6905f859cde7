import Workbench

extension CommandCatalog {
  /// The quiz's commands: ask a model-checked question, get a hint, ask again, skip.
  package static let quizCommands: [CommandSpec] = [
    CommandSpec(
      name: "quiz", group: .practice, syntax: "quiz [TOPIC]",
      summary: "A question answered by running the model: type your answer, checked against the model's.",
      details: """
        Each question is drawn fresh from a template and a seed; its scenario runs on a fresh model \
        (your world is kept) and the expected answer is the model's. While a question waits, every \
        line is your answer, except hint, again, skip and help. Afterwards you see the model's \
        answer, what happened in the run, and the lesson to read.
        """,
      examples: ["quiz", "quiz clock-skew"], arguments: [.quizTopic]),
    CommandSpec(
      name: "hint", group: .practice, syntax: "hint",
      summary:
        "A nudge for the quiz question (or the drill's letter): the idea to think about, never the answer.",
      examples: ["hint"]),
    CommandSpec(
      name: "again", group: .practice, syntax: "again",
      summary: "Ask the same quiz question again with new values.", examples: ["again"]),
    CommandSpec(
      name: "skip", group: .practice, syntax: "skip",
      summary: "Give up on the quiz question (or the drill's letter) and see the answer.", examples: ["skip"]),
  ]
}
