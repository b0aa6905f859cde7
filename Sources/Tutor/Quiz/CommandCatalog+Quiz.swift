import Workbench

extension CommandCatalog {
  /// The quiz's commands: ask a model-checked question, get a hint, ask again, skip, and override
  /// a verdict that was a misread.
  package static let quizCommands: [CommandSpec] = [
    CommandSpec(
      name: "quiz", group: .practice, syntax: "quiz [TOPIC]",
      summary: "A question answered by running the model: type your answer, checked against the model's.",
      details: """
        Each question is drawn fresh from a template and a seed; its scenario runs on a fresh model \
        (your world is kept) and the expected answer is the model's. While a question waits, every \
        line is your answer, except hint, again, skip, override and help. Afterwards you see the \
        model's answer, what happened in the run, and the lesson to read. After a right answer you \
        rate how well you knew it (again, hard, good or easy; Enter for good); after a Not quite \
        that was a misread, override counts your answer as right.
        """,
      examples: ["quiz", "quiz clock-skew"], arguments: [.quizTopic]),
    CommandSpec(
      name: "hint", group: .practice, syntax: "hint",
      summary:
        "A nudge for the quiz question (or the drill's letter, or the challenge's next hint): the idea to think about, never the answer.",
      examples: ["hint"]),
    CommandSpec(
      name: "again", group: .practice, syntax: "again",
      summary: "Ask the same quiz question again with new values.", examples: ["again"]),
    CommandSpec(
      name: "skip", group: .practice, syntax: "skip",
      summary: "Give up on the quiz question (or the drill's letter) and see the answer.", examples: ["skip"]),
    CommandSpec(
      name: "override", group: .practice, syntax: "override",
      summary: "Count your last answer as right after all, when the model's Not quite was a misread.",
      details: """
        For the most recent answer the model marked Not quite (a quiz question, a prediction or a \
        review card), once: its review becomes good, as if you had answered right, and progress log \
        shows it as overridden. It works while the review's next card waits. A mock interview's \
        answers stand as given, as in a real interview, so override does not apply there; a \
        question missed there comes back in review. After a right answer you rate it instead: \
        again, hard, good or easy (Enter for good).
        """,
      examples: ["override"]),
  ]
}
