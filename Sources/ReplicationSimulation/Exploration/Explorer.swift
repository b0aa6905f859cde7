import ReplicationModel

/// Explores every order in which a world's pending events (and a budget of faults) can happen,
/// and tells the distinct ways it can end.
///
/// The search is depth first over states. Each distinct state (see ``ExplorationState/Key``) is
/// expanded once; every order through it shares what was found beyond it, so orders are counted
/// by adding up, never by walking them one by one. With partial-order reduction on, a step that
/// only swaps with the step before it (they happen at different nodes, so they commute) is not
/// computed again: its result is read off the other side of the diamond (a sleep set says which
/// steps those are). The outcomes, the counts and the shortest traces are the same with it off.
///
/// ```swift
/// let result = Explorer.explore(world, options: ExplorationOptions())
/// let everyOrderConverges = result.outcomes.allSatisfy { $0.outcome.converged }
/// ```
public struct Explorer {
  private let options: ExplorationOptions
  private var index: [ExplorationState.Key: Int32] = [:]
  private var edges: [[Edge]] = []
  private var tallies: [[Int32: Tally]] = []
  private var expanded: [Bool] = []
  private var onStack: [Bool] = []
  private var outcomes: [ExplorationOutcome] = []
  private var outcomeIndex: [ExplorationOutcome: Int32] = [:]
  private var computed = 0
  private var commuted = 0
  private var unexplored = 0
  private var cycles = 0
  /// Asked every ``checkInterval`` states with the count so far; `true` stops the search.
  private let shouldStop: (Int) -> Bool
  /// Whether `shouldStop` stopped the search.
  private var interrupted = false

  private struct Edge {
    let step: ExplorationStep
    let target: Int32
  }

  private struct Tally {
    var orders: Double
    var length: Int32
    var edge: Int32
  }

  private init(options: ExplorationOptions, shouldStop: @escaping (Int) -> Bool) {
    self.options = options
    self.shouldStop = shouldStop
  }

  /// How many states the search expands between two questions to `shouldStop` (a state costs far
  /// more than an event, so it asks more often than a run does).
  public static let checkInterval: Int32 = 64

  /// Explores every order of `world`'s pending events under `options`.
  ///
  /// `shouldStop` is asked every ``checkInterval`` states with the number of states so
  /// far; once it says yes, no further state is expanded and the result says it was interrupted.
  public static func explore(
    _ world: Simulation, options: ExplorationOptions = ExplorationOptions(),
    shouldStop: @escaping (Int) -> Bool = { _ in false }
  ) -> ExplorationResult {
    var explorer = Explorer(options: options, shouldStop: shouldStop)
    let start = ExplorationState(world: world, options: options, keepTrace: false)
    let root = explorer.visit(start, parent: nil, sleep: [])
    return explorer.result(root: root, writes: start.world.history.inOrder)
  }

  private mutating func visit(
    _ state: ExplorationState, parent: (state: Int32, step: ExplorationStep)?, sleep: [ExplorationStep]
  ) -> Int32 {
    let key = state.key
    if let known = index[key] {
      if onStack[Int(known)] { cycles += 1 }
      return known
    }
    let id = Int32(edges.count)
    index[key] = id
    edges.append([])
    tallies.append([:])
    expanded.append(false)
    onStack.append(true)
    defer { onStack[Int(id)] = false }
    if !interrupted && id % Self.checkInterval == Self.checkInterval - 1 {
      interrupted = shouldStop(Int(id))
    }
    guard Int(id) < options.maxStates && !interrupted else {
      unexplored += 1
      return id
    }
    expanded[Int(id)] = true
    let choices = state.choices(options)
    if choices.isEmpty {
      let outcome = ExplorationOutcome(world: state.world, overtakes: state.overtakes, detail: options.detail)
      let number = outcomeNumber(outcome)
      tallies[Int(id)] = [number: Tally(orders: 1, length: 0, edge: -1)]
      return id
    }
    var done = [Bool](repeating: false, count: choices.count)
    if options.reduction, let parent, !sleep.isEmpty {
      for (position, choice) in choices.enumerated() where sleep.contains(choice.step) {
        guard let across = successor(of: parent.state, choice.step),
          let target = successor(of: across, parent.step)
        else { continue }
        edges[Int(id)].append(Edge(step: choice.step, target: target))
        done[position] = true
        commuted += 1
      }
    }
    var asleep = options.reduction ? sleep : []
    for (position, choice) in choices.enumerated() where !done[position] {
      let next = state.applying(choice)
      computed += 1
      let childSleep = asleep.filter { $0.isIndependent(of: choice.step) }
      let target = visit(next, parent: (id, choice.step), sleep: childSleep)
      edges[Int(id)].append(Edge(step: choice.step, target: target))
      if options.reduction && !asleep.contains(choice.step) { asleep.append(choice.step) }
    }
    tallies[Int(id)] = tally(of: id)
    return id
  }

  private func successor(of state: Int32, _ step: ExplorationStep) -> Int32? {
    guard expanded[Int(state)] else { return nil }
    return edges[Int(state)].first { $0.step == step }?.target
  }

  private func tally(of state: Int32) -> [Int32: Tally] {
    var result: [Int32: Tally] = [:]
    for (number, edge) in edges[Int(state)].enumerated() {
      for (outcome, below) in tallies[Int(edge.target)] {
        let length = below.length + 1
        if var known = result[outcome] {
          known.orders += below.orders
          if length < known.length {
            known.length = length
            known.edge = Int32(number)
          }
          result[outcome] = known
        } else {
          result[outcome] = Tally(orders: below.orders, length: length, edge: Int32(number))
        }
      }
    }
    return result
  }

  private mutating func outcomeNumber(_ outcome: ExplorationOutcome) -> Int32 {
    if let known = outcomeIndex[outcome] { return known }
    let number = Int32(outcomes.count)
    outcomes.append(outcome)
    outcomeIndex[outcome] = number
    return number
  }

  private func result(root: Int32, writes: [WriteRecord]) -> ExplorationResult {
    let rootTallies = tallies[Int(root)]
    var found: [(number: Int, summary: OutcomeSummary)] = []
    for (number, outcome) in outcomes.enumerated() {
      guard let tally = rootTallies[Int32(number)] else { continue }
      let summary = OutcomeSummary(
        outcome: outcome, orders: tally.orders, shortest: trace(to: Int32(number), from: root))
      found.append((number, summary))
    }
    found.sort {
      ($0.summary.orders, $1.summary.shortest.count, $1.number)
        > ($1.summary.orders, $0.summary.shortest.count, $0.number)
    }
    let summaries = found.map(\.summary)
    var classes: Double?
    if unexplored == 0 && cycles == 0 {
      classes = ClassCounter(successors: edges.map { $0.map { ($0.step, Int($0.target)) } }).count(
        from: Int(root))
    }
    return ExplorationResult(
      outcomes: summaries, statesVisited: edges.count - unexplored, transitionsComputed: computed,
      transitionsCommuted: commuted, orders: summaries.reduce(0) { $0 + $1.orders }, classes: classes,
      isPartial: unexplored > 0 || cycles > 0, interrupted: interrupted, options: options, writes: writes)
  }

  /// The shortest order from `root` that ends in the outcome numbered `outcome`.
  private func trace(to outcome: Int32, from root: Int32) -> [ExplorationStep] {
    var steps: [ExplorationStep] = []
    var state = root
    while let tally = tallies[Int(state)][outcome], tally.edge >= 0 {
      let edge = edges[Int(state)][Int(tally.edge)]
      steps.append(edge.step)
      state = edge.target
    }
    return steps
  }
}
