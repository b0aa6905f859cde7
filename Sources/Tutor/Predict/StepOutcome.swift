import Course
import ReplicationModel
import ReplicationSimulation
import Workbench

/// Finds what is worth predicting about a step by comparing the world before it with the world
/// after it: a write that commits or not, a write that is lost, or a value that changes.
package enum StepOutcome {
  /// The question and the model's answer for a step that turned `before` into `after`, or `nil`
  /// when the step changes no replica's data and shows no verdict worth predicting.
  ///
  /// A step that only looks around is asked about when it shows a verdict: what a `read` returns,
  /// how many writes `report` counts as lost, or how many keys `conflicts` lists.
  package static func question(before: Simulation, after: Simulation, commands: [String]) -> (
    prompt: String, key: String, expected: QuizAnswer
  )? {
    commit(before: before, after: after) ?? lost(before: before, after: after)
      ?? changedValue(before: before, after: after) ?? verdict(of: commands, in: after)
  }

  /// What a looking step will show: the value a `read` returns, or the count `report` or
  /// `conflicts` gives.
  private static func verdict(of commands: [String], in world: Simulation) -> (String, String, QuizAnswer)? {
    for command in commands {
      let words = command.split(separator: " ").map(String.init)
      guard words.count == 3, words[0].lowercased() == "read" else { continue }
      let (node, key) = (words[1].lowercased(), words[2])
      if case .success(let answer) = AnswerExtraction.answer(.read(node: node, key: key), in: world),
        isTypable(answer)
      {
        return ("This step reads \(key) at \(node). What will it return?", key, answer)
      }
    }
    let names = commands.compactMap { $0.split(separator: " ").first?.lowercased() }
    guard let key = keys(of: world.history.inOrder).first else { return nil }
    if names.contains("report") {
      let prompt =
        "This step runs report. How many writes will it count as lost: acknowledged to their "
        + "clients, then held by no replica and replaced by no write that saw them?"
      return (prompt, key, .number(world.report().lostWrites.count))
    }
    if names.contains("conflicts") {
      let prompt = "This step runs conflicts. How many keys will it list with unresolved siblings?"
      return (prompt, key, .number(world.report().unresolvedConflicts.count))
    }
    return nil
  }

  /// A write answered during the step that was rejected, or ran under quorum: does it commit?
  private static func commit(before: Simulation, after: Simulation) -> (String, String, QuizAnswer)? {
    let answered = after.history.inOrder.filter { record in
      record.result != nil && before.history[record.write]?.result == nil
    }
    let telling = answered.first { record in
      if case .rejected? = record.result { return true }
      return after.layout.policy(for: record.key) == .quorum
    }
    guard let record = telling, case let result? = record.result else { return nil }
    var accepted = false
    if case .accepted = result { accepted = true }
    let prompt =
      "Does \(record.write) (\(record.key)=\(record.payload.description), sent to "
      + "\(after.layout.name(of: record.node))) commit in this step?"
    return (prompt, record.key, .yesNo(accepted))
  }

  /// Acknowledged writes that the step discards: which one is lost?
  private static func lost(before: Simulation, after: Simulation) -> (String, String, QuizAnswer)? {
    let lostBefore = Set(before.report().lostWrites.map(\.write))
    let lost = after.report().lostWrites.filter { !lostBefore.contains($0.write) }
    for key in keys(of: lost) {
      let values = lost.filter { $0.key == key }.map { $0.payload.description.lowercased() }
      let answer: QuizAnswer = values.count == 1 ? .value(values[0]) : .set(Set(values))
      guard isTypable(answer) else { continue }
      let prompt =
        "Which write to \(key) is lost in this step (acknowledged to its client, then discarded "
        + "everywhere)? Give its value."
      return (prompt, key, answer)
    }
    return nil
  }

  /// A key whose value changes: what every replica holds, or what one replica holds.
  private static func changedValue(before: Simulation, after: Simulation) -> (String, String, QuizAnswer)? {
    let keys = keys(of: after.history.inOrder)
    for key in keys {
      let now = AnswerExtraction.answer(.value(key: key), in: after)
      if case .success(let answer) = now, isTypable(answer),
        now != AnswerExtraction.answer(.value(key: key), in: before)
      {
        return ("After this step, what does every replica hold for \(key)?", key, answer)
      }
    }
    for key in keys {
      for node in after.layout.nodes where !after.isNodeDown(node.id) {
        let now = AnswerExtraction.answer(.read(node: node.name, key: key), in: after)
        if case .success(let answer) = now, isTypable(answer),
          now != AnswerExtraction.answer(.read(node: node.name, key: key), in: before)
        {
          return ("After this step, what does \(node.name) hold for \(key)?", key, answer)
        }
      }
    }
    return nil
  }

  /// The keys of `records`, in the order of their first write.
  private static func keys(of records: [WriteRecord]) -> [String] {
    var keys: [String] = []
    for record in records where !keys.contains(record.key) { keys.append(record.key) }
    return keys
  }

  /// Whether a learner can type `answer` and have it read back as right: a set whose values hold
  /// commas, say, cannot be typed, so it is not asked.
  package static func isTypable(_ answer: QuizAnswer) -> Bool {
    guard case .answer(let read) = AnswerReader.read(answer.description, as: answer.format) else {
      return false
    }
    return answer.accepts(read)
  }
}
