import Course
import ReplicationModel
import ReplicationSimulation
import Workbench

/// Reads an answer from a world that has run a template's setup.
package enum AnswerExtraction {
  /// The answer `extractor` reads from `world`, or why there is none.
  package static func answer(_ extractor: QuizExtractor, in world: Simulation) -> Result<QuizAnswer, NoAnswer>
  {
    switch extractor {
    case .value(let key):
      return agreed(key, in: world).flatMap { held(key, $0, in: world) }
    case .read(let node, let key):
      return versions(key, at: node, in: world).flatMap { held(key, $0, in: world) }
    case .winner(let key):
      return agreed(key, in: world).flatMap { versions in
        guard let winner = RevisionWinner.winner(of: versions) else {
          return .failure(NoAnswer("\(key) has no value"))
        }
        return value(of: winner)
      }
    case .origin(let key):
      return agreed(key, in: world).flatMap { versions in
        guard versions.count == 1 else {
          return .failure(NoAnswer("\(key) holds \(versions.count) versions; origin needs exactly one"))
        }
        return .success(.node(world.layout.name(of: versions[0].origin)))
      }
    case .lost(let key):
      let lost = world.report().lostWrites.filter { $0.key == key }.map {
        $0.payload.description.lowercased()
      }
      return .success(lost.count == 1 ? .value(lost[0]) : .set(Set(lost)))
    case .concurrent(let a, let b):
      return accepted(a, in: world).flatMap { first in
        accepted(b, in: world).map { second in .yesNo(first.order(relativeTo: second) == .concurrent) }
      }
    case .committed(let number):
      guard let record = world.history[WriteID(number)] else {
        return .failure(
          NoAnswer("there is no write w\(number) yet; a scheduled write counts once run sends it"))
      }
      switch record.result {
      case .accepted?: return .success(.yesNo(true))
      case .rejected?: return .success(.yesNo(false))
      case nil: return .failure(NoAnswer("w\(number) is still waiting for an answer; end the setup with run"))
      }
    case .vector(let node, let key):
      guard let id = try? world.layout.node(named: node) else {
        return .failure(NoAnswer("there is no node \(node)"))
      }
      guard let read = try? world.read(key, at: id) else { return .failure(NoAnswer("\(node) is down")) }
      return reading(read.context.text(width: world.layout.leaders.count), as: .vector)
    case .possible(let key):
      return possibleValues(of: key, in: world)
    case .latency(let number):
      guard let record = world.history[WriteID(number)] else {
        return .failure(
          NoAnswer("there is no write w\(number) yet; a scheduled write counts once run sends it"))
      }
      guard let latency = record.latency else {
        return .failure(NoAnswer("w\(number) is still waiting for an answer; end the setup with run"))
      }
      return .success(.latency(microseconds: Int(latency.microseconds)))
    }
  }

  /// The most states a `possible` answer explores.
  package static let possibleStateLimit = 50_000

  /// Every value some replica can end with for `key`, over every order of what is pending.
  private static func possibleValues(of key: String, in world: Simulation) -> Result<QuizAnswer, NoAnswer> {
    guard world.hasPendingEvents else {
      return .failure(
        NoAnswer("nothing is pending; leave the writes scheduled (no run) so explore has orders to try"))
    }
    let result = Explorer.explore(world, options: ExplorationOptions(maxStates: possibleStateLimit))
    guard !result.isPartial else {
      return .failure(NoAnswer("more than \(possibleStateLimit) states to explore; use fewer writes"))
    }
    var values = Set<String>()
    for summary in result.outcomes {
      for replica in summary.outcome.replicas {
        for content in replica.keys where content.key == key {
          values.formUnion(content.values.map { $0.lowercased() })
        }
      }
    }
    guard !values.isEmpty else { return .failure(NoAnswer("\(key) has no value in any order")) }
    return .success(.set(values))
  }

  /// The versions every up node holds for `key`, when they all hold the same.
  private static func agreed(_ key: String, in world: Simulation) -> Result<[Version], NoAnswer> {
    var first: [Version]?
    for node in world.layout.nodes where !world.isNodeDown(node.id) {
      guard let read = try? world.read(key, at: node.id) else { continue }
      let writes = read.versions.map(\.contributors)
      if let first, first.map(\.contributors) != writes {
        return .failure(
          NoAnswer("the replicas disagree on \(key); run the setup until every message has arrived"))
      }
      if first == nil { first = read.versions }
    }
    return .success(first ?? [])
  }

  private static func versions(_ key: String, at node: String, in world: Simulation) -> Result<
    [Version], NoAnswer
  > {
    guard let id = try? world.layout.node(named: node) else {
      return .failure(NoAnswer("there is no node \(node)"))
    }
    guard let read = try? world.read(key, at: id) else { return .failure(NoAnswer("\(node) is down")) }
    return .success(read.versions)
  }

  /// What a replica holding `versions` shows: one value, or the set of siblings. A union
  /// merge's comma-separated values are a set too, and so is one value under a policy that keeps
  /// siblings.
  private static func held(_ key: String, _ versions: [Version], in world: Simulation) -> Result<
    QuizAnswer, NoAnswer
  > {
    switch versions.count {
    case 0: return .failure(NoAnswer("\(key) has no value"))
    case 1:
      let policy = world.layout.policy(for: key)
      if policy == .merge(.union), case .value(let text) = versions[0].payload {
        return reading(text, as: .set)
      }
      // Where siblings are possible the answer is always a set, so its format gives nothing away.
      if policy == .siblings || policy == .manual, case .value(let text) = versions[0].payload {
        return .success(.set([text.lowercased()]))
      }
      return value(of: versions[0])
    default: return .success(.set(Set(versions.map { $0.payload.description.lowercased() })))
    }
  }

  private static func value(of version: Version) -> Result<QuizAnswer, NoAnswer> {
    switch version.payload {
    case .tombstone: return .success(.value("deleted"))
    case .value(let text): return reading(text, as: .value)
    case .crdtOperation(let operation):
      return .failure(NoAnswer("an operation (\(operation)) is not a value"))
    case .crdt(let value):
      let format: AnswerFormat
      switch value.kind {
      case .gCounter, .pnCounter: format = .number
      case .gSet, .twoPhaseSet, .orSet, .mvRegister: format = .set
      case .text: format = .text
      case .lwwRegister, .lwwMap: format = .value
      }
      return reading(value.description, as: format)
    }
  }

  /// The model's own text read as a learner's answer would be, so both are normalised alike.
  private static func reading(_ text: String, as format: AnswerFormat) -> Result<QuizAnswer, NoAnswer> {
    guard let answer = AnswerReader.modelAnswer(text, as: format) else {
      return .failure(NoAnswer("the model's value `\(text)` does not read as \(format.instruction)"))
    }
    return .success(answer)
  }

  private static func accepted(_ number: Int, in world: Simulation) -> Result<Version, NoAnswer> {
    guard let record = world.history[WriteID(number)] else {
      return .failure(
        NoAnswer("there is no write w\(number) yet; a scheduled write counts once run sends it"))
    }
    guard case .accepted(let version)? = record.result else {
      return .failure(NoAnswer("w\(number) was not accepted, so it has no version to compare"))
    }
    return .success(version)
  }
}

/// Why the model gave no answer.
package struct NoAnswer: Error, Hashable, Sendable {
  /// What is missing, for the template's author.
  package let message: String

  package init(_ message: String) { self.message = message }
}
