/// A space-time diagram: one lane per process, time running down, one row per event.
///
/// The type knows nothing about replication: a caller maps its own events onto lanes, marks and
/// arrows, and ``render(width:charset:styler:)`` draws them. Every text it holds is shown as it is,
/// so callers sanitise untrusted text first.
public struct SpaceTimeDiagram: Hashable, Sendable {
  /// The lanes, left to right.
  public var lanes: [Lane]
  /// The rows, top to bottom (in time order).
  public var rows: [Row]

  /// Creates a diagram.
  public init(lanes: [Lane], rows: [Row]) {
    self.lanes = lanes
    self.rows = rows
  }

  /// One column of the diagram: a process, a node.
  public struct Lane: Hashable, Sendable {
    /// The name shown above the lane.
    public var name: String
    /// The colour group (a region), painted with ``Tint/region(_:)`` when colour is on.
    public var colour: Int
    /// The lane this one folds into when the diagram is too narrow, or `nil` if it always shows.
    public var foldsInto: Int?

    /// Creates a lane.
    public init(name: String, colour: Int, foldsInto: Int? = nil) {
      self.name = name
      self.colour = colour
      self.foldsInto = foldsInto
    }
  }

  /// One event: its time label, what is drawn across the lanes, and a note beside it.
  public struct Row: Hashable, Sendable {
    /// The time label (shown only when it differs from the row above).
    public var time: String
    /// What is drawn across the lanes.
    public var item: Item
    /// The words beside the lanes; may carry colour.
    public var note: String
    /// For an arrow, the row where its message was sent, when that row is drawn: pictures with room
    /// (SVG) draw the arrow from there, slanting down to this row.
    public var sentRow: Int?

    /// Creates a row.
    public init(time: String, item: Item, note: String, sentRow: Int? = nil) {
      self.time = time
      self.item = item
      self.note = note
      self.sentRow = sentRow
    }
  }

  /// What a row draws across the lanes.
  public enum Item: Hashable, Sendable {
    /// Something that happened on one lane.
    case mark(lane: Int, Mark)
    /// A message arriving: an arrow from the sender's lane ending on the receiver's lane.
    case arrow(from: Int, to: Int, Arrival)
    /// Something that concerns every lane, such as a network partition.
    case span(Span)
  }

  /// A local event's symbol.
  public enum Mark: Hashable, Sendable, CaseIterable {
    /// A client write reached the lane.
    case write
    /// The lane sent a message.
    case send
    /// The lane stored a version.
    case store
    /// The lane detected a conflict and resolved it.
    case conflict
    /// The lane answered a client: accepted.
    case accepted
    /// The lane answered a client: rejected.
    case rejected
    /// A message waits (link cut or receiver down).
    case held
    /// The lane crashed; its line is drawn dashed until it recovers.
    case crash
    /// The lane recovered.
    case recover
    /// Anything else.
    case other
  }

  /// How an arrow ends.
  public enum Arrival: Hashable, Sendable, CaseIterable {
    /// Delivered; the head sits on the receiver's lane.
    case delivered
    /// Delivered, and the receiver detected a conflict.
    case conflict
    /// Lost on the way: the arrow stops halfway with a cross.
    case lost
  }

  /// A row across every lane.
  public enum Span: Hashable, Sendable, CaseIterable {
    /// The network was cut.
    case cut
    /// The network was healed.
    case heal
  }
}
