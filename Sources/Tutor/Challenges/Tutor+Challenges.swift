import Course
import TerminalUI
import Workbench

extension Tutor {
  /// Carries out a challenge command.
  package mutating func perform(_ command: ChallengeCommand) throws(ShellError) -> String {
    switch command {
    case .list: return challengeList()
    case .start(let id): return try startChallenge(id)
    case .check: return try checkChallenge()
    case .solution: return try challengeSolution()
    }
  }

  /// `challenges`: the list, with solved marks, best counts and par.
  private mutating func challengeList() -> String {
    let library = course.library()
    guard !library.challenges.isEmpty else { return "There are no challenges in this content." }
    let records = solvedChallenges()
    var table = Table(columns: [
      Table.Column("#", alignment: .right), Table.Column("challenge"), Table.Column("title"),
      Table.Column("par", alignment: .right), Table.Column("best", alignment: .right),
    ])
    for (index, challenge) in library.challenges.enumerated() {
      var best = records[challenge.id].map { styler.symbols("✓") + " \($0.bestCommands)" } ?? ""
      if practice.challenge?.challenge.id == challenge.id { best += " " + styler.symbols("◀") }
      table.append([
        String(index + 1), challenge.id, TerminalText.sanitized(challenge.title), String(challenge.par), best,
      ])
    }
    let solved = library.challenges.filter { records[$0.id] != nil }.count
    return table.render(width: options.width, styler: styler)
      + "\n\(solved) of \(library.challenges.count) solved. challenge ID starts one; best is your fewest commands."
  }

  /// `challenge ID`: starts a challenge on a fresh world and shows its goal.
  private mutating func startChallenge(_ id: String) throws(ShellError) -> String {
    let library = course.library()
    guard let challenge = library.challenge(id) ?? numbered(id, in: library.challenges) else {
      throw unknown("challenge", id, among: library.challenges.map(\.id))
    }
    let sandbox = try Self.startingWorld(of: challenge, options: options)
    adoptWorld(of: sandbox, origin: "the challenge started")
    bench.exploration = nil
    practice = .challenge(ActiveChallenge(challenge: challenge))
    let dot = styler.symbols("·")
    var lines = [
      styler.paint("Challenge: " + TerminalText.sanitized(challenge.title), .heading),
      MarkdownRenderer.render(challenge.goal, width: options.width, styler: styler),
      MarkdownRenderer.render("**Pizza:** " + challenge.pizza, width: options.width, styler: styler),
      "Solved when:",
    ]
    lines += challenge.conditions.map {
      "  " + styler.symbols("•") + " " + TerminalText.sanitized($0.condition.description)
    }
    if !challenge.start.commands.isEmpty {
      lines.append(
        styler.paint(
          "Already run on a fresh world: "
            + challenge.start.commands.map { TerminalText.sanitized($0.text) }.joined(separator: "; "), .dim))
    }
    switch challenge.commands {
    case .any: break
    case .only(let names): lines.append("Allowed: \(names.joined(separator: ", ")) (and every view).")
    case .allBut(let names): lines.append("Not allowed: \(names.joined(separator: ", ")).")
    }
    lines.append(
      styler.paint(
        "par \(challenge.par) \(dot) check shows what holds \(dot) hint gives a nudge \(dot) restart starts over",
        .dim))
    return lines.joined(separator: "\n")
  }

  /// `check`: which conditions hold on the learner's world now.
  private mutating func checkChallenge() throws(ShellError) -> String {
    let active = try activeChallenge()
    let results = ChallengeEvaluation.evaluate(active.challenge.conditions, on: bench)
    var lines = results.map { result in
      (result.holds
        ? styler.paint(styler.symbols("✓"), .success) : styler.paint(styler.symbols("✗"), .failure))
        + " " + TerminalText.sanitized(result.condition.description) + styler.paint(" (\(result.seen))", .dim)
    }
    let count = "Commands so far: \(active.commands) (par \(active.challenge.par))"
    if results.allSatisfy(\.holds) {
      lines.append(solve(active))
    } else {
      let failing = results.filter { !$0.holds }.count
      lines.append(
        "Not yet: \(failing) of \(counted(results.count, "condition")) \(failing == 1 ? "does" : "do") not hold. \(count)."
      )
    }
    return lines.joined(separator: "\n")
  }

  /// `hint` during a challenge: the next hint.
  package mutating func challengeHint() throws(ShellError) -> String {
    guard var active = practice.challenge else { throw ShellError("No challenge is running.") }
    let hints = active.challenge.hints
    guard active.hintsShown < hints.count else {
      return "That was the last hint (\(hints.count) of \(hints.count)). "
        + (active.commands > 0
          ? "solution shows a reference solution."
          : "Try a command; solution then shows a reference solution.")
    }
    active.hintsShown += 1
    practice = .challenge(active)
    return "Hint \(active.hintsShown) of \(hints.count): "
      + MarkdownRenderer.render(hints[active.hintsShown - 1], width: options.width, styler: styler)
  }

  /// `solution`: the reference solution, once the learner has tried a command.
  private mutating func challengeSolution() throws(ShellError) -> String {
    let active = try activeChallenge()
    guard active.commands > 0 else {
      throw ShellError(
        "Try it first: solution opens after your first world command, such as write, run or clock.",
        hint: "hint gives a nudge; check shows what holds now.")
    }
    var lines = ["A reference solution (par \(active.challenge.par)), from the starting world:"]
    lines += active.challenge.solution.commands.map { "  " + TerminalText.sanitized($0.text) }
    lines.append(styler.paint("restart starts over, if you want to play it yourself.", .dim))
    return lines.joined(separator: "\n")
  }

  /// `restart` during a challenge: the starting world again, the count back to zero.
  package mutating func restartChallenge() throws(ShellError) -> String {
    let active = try activeChallenge()
    return try startChallenge(active.challenge.id)
  }

  /// Runs a world command during a challenge: refuses what the challenge does not allow, counts
  /// what acts on the world, and checks the goal after it.
  package mutating func runInChallenge(_ command: WorkbenchCommand, named name: String, line: String? = nil)
    throws(ShellError)
    -> CommandOutcome
  {
    guard var active = practice.challenge else { return try bench.run(command, line: line) }
    try Self.admit(command, named: name, in: active.challenge)
    var outcome = try bench.run(command, line: line)
    guard command.challengeRole != .view else { return outcome }
    active.commands += 1
    practice = .challenge(active)
    if ChallengeEvaluation.isSolved(active.challenge.conditions, on: bench) {
      outcome.output +=
        (outcome.output.isEmpty ? "" : "\n") + OutputFitter.fit(solve(active), width: options.width)
    }
    return outcome
  }

  /// Refuses a command that would replace the starting world or that the challenge forbids.
  package static func admit(_ command: WorkbenchCommand, named name: String, in challenge: Challenge)
    throws(ShellError)
  {
    switch command.challengeRole {
    case .view, .takeBack: return
    case .replacesWorld:
      throw ShellError(
        "\(name) would throw away the challenge's starting world, so it does not run during a challenge.",
        hint: "restart starts the challenge over; challenges lists the others.")
    case .action:
      guard challenge.commands.allows(name) else {
        throw ShellError(
          "\(name) is not allowed in this challenge.",
          hint: "check shows the goal; hint gives a nudge.")
      }
    }
  }

  /// A fresh world that has run the challenge's starting commands.
  package static func startingWorld(of challenge: Challenge, options: SessionOptions) throws(ShellError)
    -> Workbench
  {
    var sandbox = Workbench(options: options)
    for command in challenge.start.commands {
      if let error = sandbox.execute(command.text).error {
        throw ShellError("The challenge is broken at \(challenge.file):\(command.line): \(error)")
      }
    }
    return sandbox
  }

  /// Records the solution and ends the challenge; returns the announcement.
  private mutating func solve(_ active: ActiveChallenge) -> String {
    let challenge = active.challenge
    let now = course.now
    let record = attempt { store throws(ProgressFailure) in
      try store.recordChallenge(challenge.id, commands: active.commands, at: now)
    }
    practice = .idle
    let par =
      active.commands < challenge.par
      ? "under par \(challenge.par)" : active.commands == challenge.par ? "on par" : "par \(challenge.par)"
    var text =
      styler.paint(styler.symbols("✓") + " Solved \(challenge.id)", .success)
      + " in \(counted(active.commands, "command")) (\(par))."
    if let record, record.timesSolved > 1 { text += " Your best: \(record.bestCommands)." }
    // The next unsolved challenge in list order, going round to the start.
    let all = course.library().challenges
    let solved = solvedChallenges()
    let index = all.firstIndex { $0.id == challenge.id } ?? all.count
    let next = (Array(all.dropFirst(index + 1)) + Array(all.prefix(index))).first { solved[$0.id] == nil }
    text += next.map { " Next: challenge \($0.id)." } ?? " You have solved every challenge."
    return text + " challenge \(challenge.id) plays it again."
  }

  private func activeChallenge() throws(ShellError) -> ActiveChallenge {
    guard let active = practice.challenge else {
      throw ShellError("No challenge is running.", hint: "challenges lists them; challenge ID starts one.")
    }
    return active
  }

  /// The challenges solved, by id (none when progress cannot be read).
  mutating func solvedChallenges() -> [String: ChallengeRecord] {
    let records = attempt { store throws(ProgressFailure) in try store.challengeRecords() } ?? []
    return Dictionary(records.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
  }

}
