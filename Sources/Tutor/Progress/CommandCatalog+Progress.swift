import Workbench

extension CommandCatalog {
  /// Spaced repetition and progress: review the due questions, see and reset progress.
  package static let progressCommands: [CommandSpec] = [
    CommandSpec(
      name: "review", group: .practice,
      syntax: "review [stop | limits [NEW REVIEWS]] [--new N] [--reviews N]",
      summary: "Review the questions that are due, scheduled by spaced repetition (FSRS).",
      details: """
        Asks the questions due today one after another, then new quiz questions, within the daily \
        limits (20 new and 100 reviews a day unless review limits NEW REVIEWS saved others; --new \
        and --reviews change them for this session). The model grades quiz answers and scenario \
        predictions: right counts as good (or as you rate it: again, hard, good or easy), wrong (or \
        skip) as again, and the question comes back sooner; override counts a misread answer as \
        right. Interview questions you rated come back too, and you rate them again. Every graded \
        answer, in a review or not, is recorded. review stop ends a review early.
        """,
      examples: ["review", "review --new 5 --reviews 50", "review limits 10 50", "review stop"],
      options: [
        OptionSpec(name: "new", valueName: "N", kind: .number),
        OptionSpec(name: "reviews", valueName: "N", kind: .number),
      ], arguments: [.reviewWord]),
    CommandSpec(
      name: "progress", group: .practice, syntax: "progress [log [N] | reset [TOPIC]]",
      summary:
        "Lessons, scenarios, mastery per topic (weakest first), what is due and the next step; progress log lists your reviews, progress reset forgets them.",
      details: """
        progress lists the lessons read, the scenarios finished and, per topic, weakest first, the \
        questions seen, mastered and due and how likely you are to recall them now; the reviews due \
        are the ones review asks (a card answered wrong comes back later the same day), and next: \
        says the single best thing to do now. A question is mastered once you would still remember \
        it three weeks on (its FSRS stability). A first answer (quiz, prediction, interview rating) \
        counts against the daily new-question limit; past it, it is not put on the schedule. The streak counts the days in a row with at least one review. progress log \
        lists the latest N reviews (10 unless N says otherwise), newest first: when, the card, \
        and the rating (an answer you overrode is marked). progress reset forgets \
        the reviews of one topic, or of all of them, after you confirm with yes; your place in the \
        course is kept.
        """,
      examples: [
        "progress", "progress log", "progress log 30", "progress reset clock-skew", "progress reset",
      ],
      arguments: [.progressWord, .quizTopic]),
  ]
}
