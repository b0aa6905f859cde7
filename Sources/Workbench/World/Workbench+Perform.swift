import ReplicationModel
import ReplicationSimulation
import TerminalUI

extension Workbench {
  /// Carries out a command on the world and returns its output.
  package mutating func perform(_ command: WorkbenchCommand) throws(ShellError) -> String {
    switch command {
    case .cluster(let regions, let followers, let topology, let singleLeader):
      return try rebuildCluster(
        regions: regions, followers: followers, topology: topology, singleLeader: singleLeader)
    case .showLatency: return latencyTable()
    case .setLatency(let a, let b, let latency):
      var network = world.network
      try checked { () throws(ModelError) in
        try network.setLatency(
          latency, between: try world.layout.region(named: a), and: try world.layout.region(named: b))
        try world.setNetwork(network)
      }
      return a == b
        ? "Latency inside \(a) is now \(latency) one way."
        : "Latency between \(a) and \(b) is now \(latency) one way."
    case .showClocks: return clockTable()
    case .setClock(let name, let skew, let drift):
      let node = try nodeID(name)
      let clock = NodeClock(skew: skew, driftPPM: drift ?? world.clock(of: node).driftPPM)
      try checked { () throws(ModelError) in try world.setClock(clock, of: node) }
      return
        "\(name)'s clock now reads \(describe(clock)); it shows \(SimTime(microseconds: clock.reading(at: world.now))) at true time \(world.now)."
    case .timestamps(let source):
      guard let source else {
        return "Writes are stamped by \(world.layout.timestampSource.rawValue) clocks."
      }
      world.setTimestampSource(source)
      configuration.timestampSource = source
      return "New writes are stamped by \(source.rawValue) clocks."
    case .showPolicy: return policySummary()
    case .setPolicy(let choice, let key, let tiebreak, let timeout):
      return try setPolicy(choice, key: key, tiebreak: tiebreak, timeout: timeout)
    case .network(let changes): return try changeNetwork(changes)
    case .seed(let value):
      guard let value else { return "The seed is \(seed)." }
      try rebuildWorld(configuration: configuration, seed: value)
      return "Seed \(value): the world starts over at \(world.now) with the same cluster."
    case .reset:
      self = Workbench(restartingFrom: self)
      return "Back to the start: regions us and asia, a leader and two followers each, lww, \(world.now) UTC."
    case .write(let request): return try write(request)
    case .read(let node, let key, let json, let client):
      return try read(node: node, key: key, json: json, client: client)
    case .step(let count): return step(count)
    case .run(let length): return try run(length)
    case .partition(let a, let b): return try partition(a, b)
    case .heal:
      let before = world.trace.endIndex
      world.heal()
      return "Every link is connected again.\n" + eventLines(since: before, notableOnly: true)
    case .crash(let name):
      let node = try nodeID(name)
      guard !world.isNodeDown(node) else {
        throw ShellError("\(name) is already down; recover brings it back.")
      }
      world.crash(node)
      return "\(name) crashed. Its data survives; messages to it wait until recover \(name)."
    case .recover(let name):
      let node = try nodeID(name)
      guard world.isNodeDown(node) else {
        throw ShellError("\(name) is not down; only a crashed node can recover.")
      }
      let before = world.trace.endIndex
      world.recover(node)
      return "\(name) is back and catches up on what it missed.\n"
        + eventLines(since: before, notableOnly: true)
    case .resolve(let key, let value, let node): return try resolve(key: key, value: value, at: node)
    case .state(let key, let json): return stateView(key: key, json: json || options.json)
    case .conflicts(let json): return conflictsView(json: json || options.json)
    case .trace(let key, let last, let each):
      return traceView(key: key, last: last, followers: each ? .each : options.followerLines)
    case .followers(let lines):
      guard let lines else {
        return options.followerLines == .grouped
          ? "Followers that did the same thing share a line (followers each shows every follower's own)."
          : "Every follower's events have lines of their own (followers grouped folds them)."
      }
      options.followerLines = lines
      return lines == .grouped
        ? "From now on, followers of a region that did the same thing share a line."
        : "From now on, every follower's events have lines of their own."
    case .report(let json): return reportView(json: json || options.json)
    case .status: return statusView()
    case .explain(let topic): return try Explanations.render(topic, width: options.width, styler: styler)
    case .experiment(let experiment, let settings, let json):
      return try experimentView(experiment, settings, json: json || options.json)
    case .explore(let request): return try explore(request)
    case .replay(let request): return try replay(request)
    case .undo: return try undo()
    case .redo: return try redo()
    case .export, .diagram, .topology: return ""
    }
  }

  /// The id of a node by name, or an error listing the nodes.
  package func nodeID(_ name: String) throws(ShellError) -> NodeID {
    try checked { () throws(ModelError) in try world.layout.node(named: name) }
  }

  /// The id of a region by name, or an error listing the regions.
  package func regionID(_ name: String) throws(ShellError) -> RegionID {
    try checked { () throws(ModelError) in try world.layout.region(named: name) }
  }

  package func describe(_ clock: NodeClock) -> String {
    let skew = clock.skew == .zero ? "exact time" : (clock.skew > .zero ? "+\(clock.skew)" : "\(clock.skew)")
    return clock.driftPPM == 0 ? skew : "\(skew), drifting \(clock.driftPPM) ppm"
  }
}

/// Runs a model call, turning its typed error into a shell error.
package func checked<T>(_ body: () throws(ModelError) -> T) throws(ShellError) -> T {
  do {
    return try body()
  } catch {
    throw ShellError(error.description)
  }
}
