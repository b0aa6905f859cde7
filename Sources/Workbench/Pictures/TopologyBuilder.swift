import ReplicationModel
import ReplicationSimulation
import TerminalUI

/// Maps the live cluster onto a generic ``TopologyPicture``: regions, their nodes, leader links.
package enum TopologyBuilder {
  package static func picture(of world: Simulation) -> TopologyPicture {
    let layout = world.layout
    let groups = layout.regionNames.indices.map { region in
      let nodes = layout.nodes.filter { $0.region.index == region }
      let members = nodes.map { node -> TopologyPicture.Member in
        let down = world.isNodeDown(node.id)
        if node.leaderSlot != nil {
          return .init(name: node.name, role: "leader", isPrimary: true, isDown: down)
        }
        let leader = layout.leader(of: node.id)
        let feed = TopologyPicture.Feed(
          source: layout.name(of: leader), isRemote: layout.region(of: leader) != node.region,
          isCut: !world.canReach(leader, node.id))
        return .init(name: node.name, role: "follower", isPrimary: false, isDown: down, feed: feed)
      }
      return TopologyPicture.Group(name: layout.regionNames[region], colour: region, members: members)
    }
    let links = leaderLinks(layout).map { a, b, twoWay in
      TopologyPicture.Link(
        from: layout.name(of: a), to: layout.name(of: b), isTwoWay: twoWay, isCut: !world.canReach(a, b))
    }
    let followers = layout.nodes.count - layout.leaders.count
    let title =
      "\(counted(layout.regionNames.count, "region")), \(counted(layout.leaders.count, "leader")), \(counted(followers, "follower")); policy \(layout.defaultPolicy.name), timestamps \(layout.timestampSource.rawValue)"
    return TopologyPicture(title: title, groups: groups, links: links, linkCaption: caption(layout))
  }

  /// The leader-to-leader links of the topology: pairs, and whether each goes both ways.
  package static func leaderLinks(_ layout: ClusterLayout) -> [(NodeID, NodeID, Bool)] {
    let leaders = layout.leaders
    guard leaders.count > 1 else { return [] }
    switch layout.topology {
    case .allToAll:
      return leaders.indices.flatMap { i in
        leaders.indices.filter { $0 > i }.map { (leaders[i], leaders[$0], true) }
      }
    case .ring:
      if leaders.count == 2 { return [(leaders[0], leaders[1], true)] }
      return leaders.indices.map { (leaders[$0], leaders[($0 + 1) % leaders.count], false) }
    case .star:
      return leaders.dropFirst().map { (leaders[0], $0, true) }
    }
  }

  private static func caption(_ layout: ClusterLayout) -> String {
    guard layout.leaders.count > 1 else {
      return
        "One leader: every write goes through \(layout.name(of: layout.leaders[0])); there are no links between leaders."
    }
    switch layout.topology {
    case .allToAll:
      return "Leader links (all-to-all): each leader sends its writes straight to every other leader."
    case .ring:
      return "Leader links (ring): each leader passes writes on to the next; a write travels the whole ring."
    case .star:
      return
        "Leader links (star): \(layout.name(of: layout.leaders[0])) is the hub; the others send their writes to it and it passes them on."
    }
  }
}
