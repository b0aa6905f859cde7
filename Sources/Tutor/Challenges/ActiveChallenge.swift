import Course
import Workbench

/// A challenge in progress: the challenge, the learner's commands so far and the hints shown.
package struct ActiveChallenge: Hashable, Sendable {
  /// The challenge.
  package let challenge: Challenge
  /// The world commands the learner has run since the start (views, `check` and `hint` do not
  /// count, nor commands that failed or were refused).
  package var commands = 0
  /// How many hints `hint` has shown.
  package var hintsShown = 0

  /// A challenge just started.
  package init(challenge: Challenge) { self.challenge = challenge }
}

/// A command of challenges.
package enum ChallengeCommand: Hashable, Sendable {
  /// `challenges`: the list, with solved marks and par.
  case list
  /// `challenge ID|N`: start one on a fresh world.
  case start(String)
  /// `check`: which conditions hold on the learner's world.
  case check
  /// `solution`: the reference solution, once the learner has tried.
  case solution
}

/// What a world command is to a challenge in progress.
package enum ChallengeRole: Hashable, Sendable {
  /// A view: it changes nothing, so it is not counted and always allowed.
  case view
  /// A command that acts on the world: it counts, and the goal is checked after it.
  case action
  /// A command that would throw away the challenge's starting world.
  case replacesWorld
  /// `undo` or `redo`: always allowed (a challenge's undo history starts at its starting world),
  /// counted like an action, and the goal is checked after it.
  case takeBack
}

extension WorkbenchCommand {
  /// What the command is to a challenge in progress.
  package var challengeRole: ChallengeRole {
    switch self {
    case .cluster, .reset: return .replacesWorld
    case .undo, .redo: return .takeBack
    case .seed(let value): return value == nil ? .view : .replacesWorld
    case .timestamps(let source): return source == nil ? .view : .action
    case .setPolicy(nil, nil, nil, nil): return .view
    case .showLatency, .showClocks, .showPolicy, .state, .conflicts, .trace, .diagram, .topology, .export,
      .experiment, .report, .status, .explain, .followers:
      return .view
    case .setLatency, .setClock, .setPolicy, .network, .write, .read, .step, .run, .partition, .heal, .crash,
      .recover, .resolve, .explore, .replay:
      return .action
    }
  }
}
