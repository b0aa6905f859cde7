import ReplicationModel
import ReplicationSimulation
import TerminalUI

extension Workbench {
  /// An order longer than this, on average, is too much to explore without a bound.
  package static let exploreLengthLimit = 60
  /// More orders than this (estimated) is too much to explore without a bound.
  package static let exploreOrderLimit = 1e9
  /// The most outcomes the table lists.
  package static let outcomeRows = 20

  /// Runs every order of what is pending and describes the distinct outcomes.
  package mutating func explore(_ request: ExploreRequest) throws(ShellError) -> String {
    var search = request.options
    search.maxStates = min(search.maxStates, options.limits.exploreStates)
    let faults = search.drops + search.crashes + search.partitions
    guard world.hasPendingEvents || faults > 0 else {
      throw ShellError(
        "Nothing is pending, so every order is the same. Schedule writes first (write us topping=olive at 12:00:01, or write without run), then explore."
      )
    }
    let estimate = Explorer.estimate(world, options: search, walks: 8, seed: seed)
    if !request.boundGiven
      && (estimate.averageLength > Double(Self.exploreLengthLimit)
        || estimate.orders > Self.exploreOrderLimit)
    {
      throw ShellError(
        styler.symbols(
          "That is too large to explore: each order has about \(Int(estimate.averageLength)) steps, \(ExplorationText.count(estimate.orders)) orders in all. Explore fewer writes, fewer followers or fewer faults, or add --max-states N for a partial answer."
        ))
    }
    let watch = self.watch
    let result = Explorer.explore(world, options: search) { states in
      watch.shouldStop("explore: \(ExplorationText.count(Double(states))) states so far")
    }
    guard !result.interrupted else {
      throw ShellError(
        "Interrupted: explore stopped after \(ExplorationText.count(Double(result.statesVisited))) states; "
          + "nothing was changed\(exploration == nil ? "" : ", and replay still plays the last exploration")."
      )
    }
    exploration = ExplorationMemory(start: world, result: result)
    let text = ExplorationText(layout: world.layout, styler: styler, writes: result.writes)
    var lines = [summary(of: result)]
    if let check = request.check {
      lines.append(checkReport(check, result: result, text: text))
    } else {
      lines.append(outcomeTable(result, text: text))
      if let endings = endingsTable(result, text: text) { lines.append(endings) }
      lines.append(
        styler.paint(
          "replay N plays outcome N's shortest order on the cluster; diagram then draws it.", .dim))
    }
    if result.isPartial {
      // The estimate comes from a few random walks; when the orders already counted exceed it, it
      // was low, and the count is the better lower bound.
      let size =
        result.orders > estimate.orders
        ? "at least \(ExplorationText.count(result.orders))"
        : "roughly \(ExplorationText.count(estimate.orders))"
      let cap = min(options.limits.exploreStates, ExploreRequest.maximumStates)
      let advice =
        result.options.maxStates >= cap
        ? "\(ExplorationText.count(Double(cap))) states is the most explore visits in this session, so explore fewer writes or faults for a whole answer."
        : "explore fewer writes or faults, or raise --max-states (up to \(cap))."
      lines.append(
        styler.paint(
          styler.symbols(
            "Partial answer: the search stopped at \(ExplorationText.count(Double(result.options.maxStates))) states, so other outcomes may exist and the orders counted are only those followed to the end. The whole scenario has \(size) orders; \(advice)"
          ),
          .warning))
    }
    lines.append(styler.paint(timeRule(search), .dim))
    return lines.joined(separator: "\n\n")
  }

  private func summary(of result: ExplorationResult) -> String {
    let orders = ExplorationText.count(result.orders)
    var first =
      "\(result.isPartial ? "Explored part of" : "Explored every order of") what is pending: \(counted(result.outcomes.count, "distinct outcome")) from \(orders) order\(result.orders == 1 ? "" : "s")"
    if let classes = result.classes {
      first += " (\(ExplorationText.count(classes)) up to swapping steps at different nodes)"
    }
    let second =
      "\(counted(result.statesVisited, "state")) visited, \(counted(result.transitionsComputed, "step")) computed, \(ExplorationText.count(Double(result.transitionsCommuted))) read off commuting pairs."
    return styler.symbols(first + ".\n") + styler.paint(styler.symbols(second), .dim)
  }

  private func outcomeTable(_ result: ExplorationResult, text: ExplorationText) -> String {
    var table = Table(columns: [
      Table.Column("#", alignment: .right), Table.Column("outcome"),
      Table.Column("orders", alignment: .right),
      Table.Column("share", alignment: .right), Table.Column("shortest", alignment: .right),
    ])
    for (index, summary) in result.outcomes.prefix(Self.outcomeRows).enumerated() {
      let share = result.orders > 0 ? summary.orders / result.orders * 100 : 0
      table.append([
        String(index + 1), text.lines(for: summary.outcome).joined(separator: "\n"),
        ExplorationText.count(summary.orders), PlotNumber.percent(share) + "%",
        counted(summary.shortest.count, "step"),
      ])
    }
    let rendered = table.render(width: options.width, styler: styler)
    let hidden = result.outcomes.count - Self.outcomeRows
    guard hidden > 0 else { return rendered }
    return rendered + "\n"
      + styler.paint(
        styler.symbols("…")
          + " and \(counted(hidden, "rarer outcome")); replay N still plays any of them, and --check finds the one that matters.",
        .dim)
  }

  /// When the outcome table cannot list every outcome: what the replicas end with, whatever
  /// became of the other writes, over all of them (the answer to "can it end any other way?").
  private func endingsTable(_ result: ExplorationResult, text: ExplorationText) -> String? {
    guard result.outcomes.count > Self.outcomeRows else { return nil }
    var endings: [(held: [ReplicaContent], orders: Double)] = []
    var position: [[ReplicaContent]: Int] = [:]
    for summary in result.outcomes {
      if let known = position[summary.outcome.replicas] {
        endings[known].orders += summary.orders
      } else {
        position[summary.outcome.replicas] = endings.count
        endings.append((summary.outcome.replicas, summary.orders))
      }
    }
    endings.sort { $0.orders > $1.orders }
    var table = Table(columns: [
      Table.Column("the replicas end with"), Table.Column("orders", alignment: .right),
      Table.Column("share", alignment: .right),
    ])
    for ending in endings.prefix(Self.outcomeRows) {
      let share = result.orders > 0 ? ending.orders / result.orders * 100 : 0
      table.append([
        text.holdings(ending.held).joined(separator: "\n"), ExplorationText.count(ending.orders),
        PlotNumber.percent(share) + "%",
      ])
    }
    let scope =
      result.isPartial
      ? "The \(result.outcomes.count) outcomes found" : "All \(result.outcomes.count) outcomes"
    var lines = [
      "\(scope) by what the replicas end with (\(counted(endings.count, "ending")); they differ in what became of the other writes):",
      table.render(width: options.width, styler: styler),
    ]
    if endings.count > Self.outcomeRows {
      lines.append(
        styler.paint(
          styler.symbols("…") + " and \(counted(endings.count - Self.outcomeRows, "rarer ending")).", .dim))
    }
    return lines.joined(separator: "\n")
  }

  private func checkReport(_ check: ExplorationInvariant, result: ExplorationResult, text: ExplorationText)
    -> String
  {
    let broken = result.outcomes.enumerated().filter { !check.holds(in: $0.element.outcome) }
    guard let shortest = broken.min(by: { $0.element.shortest.count < $1.element.shortest.count }) else {
      let scope =
        result.isPartial ? "every order explored" : "all \(ExplorationText.count(result.orders)) orders"
      return styler.paint("\(check.rawValue) holds", .success) + ": \(check.meaning), in \(scope)."
    }
    let breaking = broken.reduce(0) { $0 + $1.element.orders }
    var lines = [
      styler.paint("\(check.rawValue) breaks", .failure)
        + " (\(check.meaning)) in \(ExplorationText.count(breaking)) of \(ExplorationText.count(result.orders)) orders."
    ]
    lines.append(
      "The shortest counterexample, outcome \(shortest.offset + 1) (\(counted(shortest.element.shortest.count, "step"))):"
    )
    for (index, step) in shortest.element.shortest.enumerated() {
      lines.append("  \(index + 1). \(text.describe(step))")
    }
    lines.append("It ends with:")
    lines.append(contentsOf: text.lines(for: shortest.element.outcome).map { "  " + $0 })
    lines.append(
      styler.paint("replay \(shortest.offset + 1) plays it on the cluster; diagram then draws it.", .dim))
    return lines.joined(separator: "\n")
  }

  private func timeRule(_ options: ExplorationOptions) -> String {
    var rule =
      "Any message in flight may arrive next\(world.network.allowsReordering ? "" : " (each link keeps its order)")\(options.causalDelivery ? ", a replicated write only after those it depends on" : ""); an event happens when it was due, or at its node's clock if that has passed it (a late message is handled late; no clock runs backwards); \(options.clientsOnTime ? "a client's request reaches its leader on time; " : "a client's request may be late too; ")"
    rule +=
      options.timers == .whenQuiet
      ? "a timer fires only when no message can move."
      : "a timer may fire at any point."
    if options.detail == .contents {
      rule +=
        " Outcomes compare what the replicas hold and which writes were lost or rejected (not overtakes or double commits: --check no-overtakes or no-double-commit records them)"
      if options.letsQuietLeadersTakeCopiesAsDue(in: world) {
        rule +=
          "; a leader with no request left takes its copies in the order they were due, since under \(world.layout.keyPolicies.isEmpty ? world.layout.defaultPolicy.name : "these policies") no other order changes what it holds, and orders are counted without those steps"
      }
      rule += "."
    }
    return rule
  }

  /// Plays an explored order on the world.
  package mutating func replay(_ request: ReplayRequest) throws(ShellError) -> String {
    guard var memory = exploration else {
      throw ShellError("There is nothing to replay yet: explore first, then replay an outcome's number.")
    }
    let outcomes = memory.result.outcomes
    // A search stopped by its state limit before any order reached its end has nothing to play.
    guard !outcomes.isEmpty else {
      let cap = min(options.limits.exploreStates, ExploreRequest.maximumStates)
      throw ShellError(
        "The last explore stopped before any order reached its end, so there is no outcome to replay.",
        hint: memory.result.options.maxStates >= cap
          ? "Explore fewer writes or faults: \(counted(cap, "state")) is the most explore visits."
          : "Explore again with a larger --max-states (or fewer writes or faults).")
    }
    let count: Int
    switch request {
    case .outcome(let number, let steps):
      guard number <= outcomes.count else {
        throw ShellError(
          "The last explore found \(counted(outcomes.count, "outcome")); replay 1\(outcomes.count > 1 ? " to \(outcomes.count)" : "")."
        )
      }
      memory.outcome = number - 1
      count = min(steps ?? outcomes[number - 1].shortest.count, outcomes[number - 1].shortest.count)
    case .next:
      guard memory.played < outcomes[memory.outcome].shortest.count else {
        throw ShellError(
          "Outcome \(memory.outcome + 1)'s order is played to its end; replay N starts another.")
      }
      count = memory.played + 1
    }
    let steps = outcomes[memory.outcome].shortest
    guard
      let replayed = Explorer.replay(steps, count: count, on: memory.start, options: memory.result.options)
    else {
      throw ShellError("That order no longer fits the explored cluster; explore again.")
    }
    let before = request == .next ? world.trace.endIndex : memory.start.trace.endIndex
    world = replayed
    let shown = request == .next ? memory.played : 0
    memory.played = count
    exploration = memory
    var lines: [String] = []
    let text = ExplorationText(layout: world.layout, styler: styler, writes: memory.result.writes)
    for index in shown..<count { lines.append("\(index + 1). \(text.describe(steps[index]))") }
    if before < world.trace.endIndex {
      lines.append(eventLines(since: before, notableOnly: false))
    }
    let done = count == steps.count
    lines.append(
      styler.paint(
        "Outcome \(memory.outcome + 1): \(count) of \(counted(steps.count, "step")) played"
          + (done ? "; state, trace and diagram show it." : "; replay next plays the next one."), .dim))
    return lines.joined(separator: "\n")
  }
}
