import Course
import Testing

/// `plan`'s answers read as people type them.
@Suite struct PlanAnswersTests {
  @Test(arguments: [
    ("5", 5), ("five days", 5), ("in 5 days", 5), ("5d", 5), ("a week", 7), ("2 weeks", 14), ("tomorrow", 1),
    ("twenty-one", 21),
  ])
  func days(_ text: String, _ expected: Int) {
    #expect(PlanAnswers.days(text) == expected)
  }

  @Test(arguments: ["soon", "", "5 or 6", "2.5"])
  func notDays(_ text: String) {
    #expect(PlanAnswers.days(text) == nil)
  }

  @Test(arguments: [
    ("30", 30), ("30 min", 30), ("30min", 30), ("45 minutes", 45), ("an hour", 60), ("1 hour", 60),
    ("half an hour", 30), ("an hour and a half", 90), ("1h30", 90), ("1.5 hours", 90), ("2h", 120),
    ("thirty minutes", 30),
  ])
  func minutes(_ text: String, _ expected: Int) {
    #expect(PlanAnswers.minutes(text) == expected)
  }

  @Test(arguments: ["a while", "", "1 2 3"])
  func notMinutes(_ text: String) {
    #expect(PlanAnswers.minutes(text) == nil)
  }
}
