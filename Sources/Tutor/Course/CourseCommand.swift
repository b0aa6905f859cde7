import ReplicationModel
import Workbench

/// A command of the course: lessons, examples, the mnemonic and scenarios.
package enum CourseCommand: Hashable, Sendable {
  /// `lessons`: the list, with what has been read.
  case lessons
  /// `lesson [ID|next|prev]`.
  case lesson(LessonTarget)
  /// `try N`: run example N of the current lesson in a fresh sandbox.
  case tryExample(Int)
  /// `mnemonic [LETTER|drill]`.
  case mnemonic(MnemonicRequest)
  /// `scenarios`: the list.
  case scenarios
  /// `scenario ID`: start one.
  case scenario(String)
  /// `next`: run and narrate the scenario's next step.
  case next
  /// `predict`: say what the next step will do before it runs.
  case predict
  /// `back`: show the previous step again.
  case back
  /// `restart`: the scenario from its beginning.
  case restart
  /// `goto N`: jump to step N.
  case goto(Int)
  /// `what-if SETTING`: the scenario so far, or the learner's own commands, with one setting
  /// changed, side by side.
  case whatIf(WorldSetting)
  /// `continue`: pick up the lesson or scenario where the learner left off.
  case resume
  /// `quiz [TOPIC]`: ask a model-checked question.
  case quiz(topic: String?)
  /// `hint`: a nudge for the question being asked.
  case hint
  /// `again`: the same question template with new parameters.
  case again
  /// `skip`: give up on the question; the model's answer is shown.
  case skip
  /// `override`: count the last answer, marked wrong by the model, as right.
  case override
  /// `interview question [ID|TOPIC]`: one open question.
  case interviewQuestion(String?)
  /// `interview [--questions N] [--minutes N]`: a mock interview.
  case mockInterview(questions: Int?, minutes: Int?)
}

/// Which lesson `lesson` shows.
package enum LessonTarget: Hashable, Sendable {
  /// The current one (or the first).
  case current
  /// The one after the current one.
  case next
  /// The one before the current one.
  case previous
  /// The lesson with this id.
  case id(String)
}

/// What `mnemonic` does.
package enum MnemonicRequest: Hashable, Sendable {
  /// The whole mnemonic.
  case overview
  /// One letter, with its live demonstration.
  case letter(String)
  /// A drill: the letters in random order, answers checked.
  case drill
}
