import ReplicationModel

extension Workbench {
  /// How the leaders are linked, in words: `all-to-all topology`, or, with one leader, that there
  /// are no links between leaders (a single-leader cluster has no topology to speak of).
  package static func linksText(_ layout: ClusterLayout) -> String {
    layout.leaders.count > 1 ? "\(layout.topology.rawValue) topology" : "no links between leaders"
  }
}
