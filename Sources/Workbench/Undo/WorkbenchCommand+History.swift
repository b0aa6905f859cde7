/// How a command counts in the world's undo history.
package enum HistoryRole: Hashable, Sendable {
  /// A view: it changes nothing, so it is not recorded.
  case view
  /// A change of the world that `undo` takes back as one step.
  case step
  /// A change that rides along with the step before it: a plain `read` changes only what the
  /// region's default client remembers, so it is replayed (a later write sends that context) but
  /// `undo` takes it back together with the step it follows rather than on its own.
  case rider
}

extension WorkbenchCommand {
  /// How the command counts in the undo history.
  package var historyRole: HistoryRole {
    switch self {
    case .cluster, .setLatency, .setClock, .setPolicy, .reset, .write, .step, .run, .partition, .heal,
      .crash, .recover, .resolve, .replay:
      return .step
    case .timestamps(let source): return source == nil ? .view : .step
    case .network(let changes): return changes.isEmpty ? .view : .step
    case .seed(let value): return value == nil ? .view : .step
    // A named client's read is asked for on purpose, to give that client a context.
    case .read(_, _, _, let client): return client == nil ? .rider : .step
    case .showLatency, .showClocks, .showPolicy, .state, .conflicts, .trace, .diagram, .topology, .export,
      .experiment, .explore, .report, .status, .explain, .undo, .redo, .followers:
      return .view
    }
  }
}
