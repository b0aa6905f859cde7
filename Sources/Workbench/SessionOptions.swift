import TerminalUI

/// How a shell session presents its output.
public struct SessionOptions: Hashable, Sendable {
  /// The widest output a session is asked to fit, in columns: wider than any terminal, and small
  /// enough that a line buffer of this width costs nothing (a width is turned into buffers of that
  /// many characters, so an unchecked one can exhaust memory).
  public static let maximumWidth = 1_000

  /// Plain text or ANSI colour.
  public var style: TextStyle
  /// The width to wrap and fit tables to, in terminal columns.
  public var width: Int
  /// Whether commands that support it print JSON instead of text.
  public var json: Bool
  /// The seed of the first cluster.
  public var seed: UInt64
  /// The characters `diagram` and `topology` draw with (ASCII when the terminal cannot show more).
  public var charset: DiagramCharset
  /// How much work one command may do.
  public var limits: WorkLimits
  /// Whether event lists fold a region's followers that did the same thing into one line.
  public var followerLines = FollowerLines.grouped

  /// Creates options; by default plain text, 80 columns, no JSON, seed 1, Unicode pictures and
  /// the standard work limits.
  public init(
    style: TextStyle = .plain, width: Int = 80, json: Bool = false, seed: UInt64 = 1,
    charset: DiagramCharset = .unicode, limits: WorkLimits = WorkLimits()
  ) {
    self.style = style
    self.width = width
    self.json = json
    self.seed = seed
    self.charset = charset
    self.limits = limits
  }
}
