import Workbench

extension CommandCatalog {
  /// The interview's commands: one open question, or a mock interview.
  package static let interviewCommands: [CommandSpec] = [
    CommandSpec(
      name: "interview", group: .practice,
      syntax: "interview question [ID|TOPIC] | interview [--questions N] [--minutes N]",
      summary: "Interview practice: open questions graded by key points, or a timed mock interview.",
      details: """
        interview question asks one open question. Type your answer over as many lines as you like \
        and finish it with an empty line (or a line done). You see the key points you covered (✓) and \
        missed (✗), the model answer, and rate yourself: again, hard, good or easy (or 1 to 4). \
        skip shows the model answer without grading. interview alone is a mock interview mixing open \
        questions and quiz questions checked by the model (6 unless --questions says otherwise); \
        --minutes sets a time budget in the interactive shell (scripts count questions only). It ends \
        with your score and your weakest topics. stop ends it early.
        """,
      examples: [
        "interview question", "interview question clock-skew", "interview --questions 4 --minutes 20",
      ],
      options: [
        OptionSpec(name: "questions", valueName: "N", kind: .number),
        OptionSpec(name: "minutes", valueName: "N", kind: .number),
      ],
      arguments: [.interviewWord, .interviewQuestion])
  ]
}
