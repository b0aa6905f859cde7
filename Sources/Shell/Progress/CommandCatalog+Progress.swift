extension CommandCatalog {
  /// Spaced repetition and progress: review the due questions, see and reset progress.
  static let progressCommands: [CommandSpec] = [
    CommandSpec(
      name: "review", group: .practice, syntax: "review [stop] [--new N] [--reviews N]",
      summary: "Review the quiz questions that are due, scheduled by spaced repetition (FSRS).",
      details: """
        Asks the questions due today one after another, then new ones, within the daily limits \
        (20 new and 100 reviews a day unless --new and --reviews say otherwise). The model grades \
        each answer: right counts as good, wrong (or skip) as again, and the question comes back \
        sooner. Every graded quiz answer, in a review or not, is recorded. review stop ends a \
        review early.
        """,
      examples: ["review", "review --new 5 --reviews 50", "review stop"],
      options: [
        OptionSpec(name: "new", valueName: "N", kind: .number),
        OptionSpec(name: "reviews", valueName: "N", kind: .number),
      ], arguments: [.value]),
    CommandSpec(
      name: "progress", group: .practice, syntax: "progress [reset [TOPIC]]",
      summary: "Mastery per topic, your streak and what is due; progress reset forgets it (asks first).",
      details: """
        A question is mastered once you would still remember it three weeks on (its FSRS \
        stability). The streak counts the days in a row with at least one review. progress reset \
        forgets the reviews of one topic, or of all of them, after you confirm with yes; your \
        place in the course is kept.
        """,
      examples: ["progress", "progress reset clock-skew", "progress reset"], arguments: [.value, .quizTopic]),
  ]
}
