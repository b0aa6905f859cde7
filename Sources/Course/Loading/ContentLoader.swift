/// Loads the course from content files and checks that its pieces fit together.
///
/// The layout of a content folder:
/// - `lessons/*.md`: lessons (``LessonParser``);
/// - `scenarios/*.scenario`: pizza-chain scenarios (``ScenarioParser``);
/// - `mnemonic.md`: the mnemonic (``MnemonicParser``);
/// - `quizzes/*.md`: question templates (``QuizParser``);
/// - `interview/*.md`: open interview questions (``InterviewParser``);
/// - `challenges/*.challenge`: challenges (``ChallengeParser``);
/// - `README.md` files anywhere: notes for authors, not loaded.
///
/// Problems are collected, never thrown: one pass reports everything wrong at once. Checking
/// that commands parse and examples run needs the shell, so ``ContentCheck`` in the Shell layer
/// adds those.
public enum ContentLoader {
  /// Loads `files` (paths relative to the content folder).
  ///
  /// `checkingWordings: false` skips reading every interview phrasing and mnemonic wording, and
  /// the named-systems sources rule, for the problems only an author needs (`content check` does
  /// them): a shell or a quiz that only uses the library starts faster, and grading reads the
  /// phrasings it needs when it needs them.
  public static func load(_ files: [ContentFile], checkingWordings: Bool = true) -> LoadedContent {
    var problems: [ContentProblem] = []
    var lessons: [Lesson] = []
    var scenarios: [Scenario] = []
    var mnemonic: Mnemonic?
    var quizzes: [QuizTemplate] = []
    var interviews: [InterviewQuestion] = []
    var challenges: [Challenge] = []
    for file in files.sorted(by: { $0.path < $1.path }) {
      if file.text.unicodeScalars.contains("\u{FFFD}") {
        problems.append(
          ContentProblem(
            file: file.path, line: 1, message: "the file is not valid UTF-8 text; save it as UTF-8"))
      }
      let name = file.path.split(separator: "/").last.map(String.init) ?? file.path
      if name == "README.md" { continue }
      if file.path.hasPrefix("lessons/") && file.path.hasSuffix(".md") {
        if let lesson = LessonParser.parse(file, checkingSources: checkingWordings, problems: &problems) {
          lessons.append(lesson)
        }
      } else if file.path.hasPrefix("scenarios/") && file.path.hasSuffix(".scenario") {
        if let scenario = ScenarioParser.parse(file, problems: &problems) { scenarios.append(scenario) }
      } else if file.path.hasPrefix("quizzes/") && file.path.hasSuffix(".md") {
        if let quiz = QuizParser.parse(file, problems: &problems) { quizzes.append(quiz) }
      } else if file.path.hasPrefix("interview/") && file.path.hasSuffix(".md") {
        if let question = InterviewParser.parse(file, checkingWordings: checkingWordings, problems: &problems)
        {
          interviews.append(question)
        }
      } else if file.path.hasPrefix("challenges/") && file.path.hasSuffix(".challenge") {
        if let challenge = ChallengeParser.parse(file, problems: &problems) { challenges.append(challenge) }
      } else if file.path == "mnemonic.md" {
        mnemonic = MnemonicParser.parse(file, checkingWordings: checkingWordings, problems: &problems)
      } else {
        problems.append(
          ContentProblem(
            file: file.path, line: 1,
            message:
              "not a content file: lessons go in lessons/*.md, scenarios in scenarios/*.scenario, question templates in quizzes/*.md, interview questions in interview/*.md, challenges in challenges/*.challenge, the mnemonic in mnemonic.md"
          ))
      }
    }
    lessons.sort { ($0.order, $0.id) < ($1.order, $1.id) }
    scenarios.sort { ($0.order, $0.id) < ($1.order, $1.id) }
    quizzes.sort { $0.id < $1.id }
    interviews.sort { $0.id < $1.id }
    challenges.sort { ($0.order, $0.id) < ($1.order, $1.id) }
    var library = ContentLibrary(
      lessons: lessons, scenarios: scenarios, mnemonic: mnemonic, quizzes: quizzes, interviews: interviews)
    library.challenges = challenges
    problems += CrossReferences.problems(in: library)
    problems.sort { ($0.file, $0.line) < ($1.file, $1.line) }
    return LoadedContent(library: library, problems: problems)
  }
}
