/// A cluster drawn as groups of members (regions of nodes) and the links between members.
///
/// The type knows nothing about replication: a caller fills in groups, members and links, and
/// ``render(width:charset:styler:)`` draws them. Texts are shown as they are, so callers sanitise
/// untrusted text first.
public struct TopologyPicture: Hashable, Sendable {
  /// A line above the picture.
  public var title: String
  /// The groups, in order.
  public var groups: [Group]
  /// The links between members of different groups (or the same one).
  public var links: [Link]
  /// Words on what the links mean, shown above the list of links.
  public var linkCaption: String

  /// Creates a picture.
  public init(title: String, groups: [Group], links: [Link], linkCaption: String) {
    self.title = title
    self.groups = groups
    self.links = links
    self.linkCaption = linkCaption
  }

  /// One group: a region and its nodes.
  public struct Group: Hashable, Sendable {
    /// The group's name, on its box.
    public var name: String
    /// The colour group, painted with ``Tint/region(_:)`` when colour is on.
    public var colour: Int
    /// The members: primaries (leaders) first.
    public var members: [Member]

    /// Creates a group.
    public init(name: String, colour: Int, members: [Member]) {
      self.name = name
      self.colour = colour
      self.members = members
    }
  }

  /// One member of a group.
  public struct Member: Hashable, Sendable {
    /// Its name.
    public var name: String
    /// Its role in words (`leader`).
    public var role: String
    /// Whether it is a primary (a leader), drawn at the head of its group.
    public var isPrimary: Bool
    /// Whether it is down.
    public var isDown: Bool
    /// The member it copies from (a follower's leader), with whether that feed is cut.
    public var feed: Feed?

    /// Creates a member.
    public init(name: String, role: String, isPrimary: Bool, isDown: Bool = false, feed: Feed? = nil) {
      self.name = name
      self.role = role
      self.isPrimary = isPrimary
      self.isDown = isDown
      self.feed = feed
    }
  }

  /// Where a secondary member copies from.
  public struct Feed: Hashable, Sendable {
    /// The name of the member it copies from.
    public var source: String
    /// Whether the source is in another group (its name is then shown).
    public var isRemote: Bool
    /// Whether the link is cut.
    public var isCut: Bool

    /// Creates a feed.
    public init(source: String, isRemote: Bool = false, isCut: Bool = false) {
      self.source = source
      self.isRemote = isRemote
      self.isCut = isCut
    }
  }

  /// A link between two primaries: one-way or both ways, up or cut.
  public struct Link: Hashable, Sendable {
    /// One end, by name.
    public var from: String
    /// The other end, by name.
    public var to: String
    /// Whether messages go both ways (otherwise only from `from` to `to`).
    public var isTwoWay: Bool
    /// Whether the link is cut.
    public var isCut: Bool

    /// Creates a link.
    public init(from: String, to: String, isTwoWay: Bool, isCut: Bool = false) {
      self.from = from
      self.to = to
      self.isTwoWay = isTwoWay
      self.isCut = isCut
    }
  }
}
