/// A semantic colour role; a `Styler` decides what it looks like.
public enum Tint: Hashable, Sendable {
  /// Section and column headings.
  case heading
  /// Text that should stand out from its surroundings.
  case emphasis
  /// Secondary text such as rules, hints and timestamps.
  case dim
  /// A good outcome.
  case success
  /// Something the user should look at.
  case warning
  /// A bad outcome or an error.
  case failure
  /// Identifiers and other highlighted values.
  case accent
  /// Emphasised prose (Markdown `*text*`): italic where the terminal has it.
  case italic
  /// Commands and code inside prose (Markdown `` `text` ``).
  case code
  /// One of several distinguishable colours, e.g. one per node or region; the index cycles.
  case region(Int)
}
