/// Paints text with ANSI colour, or leaves it untouched, depending on a `TextStyle`; and spells the
/// program's own symbols for the terminal's charset.
///
/// A styler is a pure value: the decision whether colour is wanted, and whether the terminal shows
/// more than ASCII, is made once, in the executable, and passed in. With `.plain` every painting
/// method returns its input unchanged.
public struct Styler: Hashable, Sendable {
  /// Whether this styler emits escape sequences.
  public var style: TextStyle
  /// The characters the terminal shows: with `.ascii`, ``symbols(_:)`` spells symbols in ASCII.
  public var charset: DiagramCharset

  /// Creates a styler for the given style and charset (Unicode unless told).
  public init(style: TextStyle, charset: DiagramCharset = .unicode) {
    self.style = style
    self.charset = charset
  }

  /// The program's own `text` for this charset: as it is for Unicode; for ASCII with its symbols
  /// spelled in ASCII (`→` as `->`, `…` as `...`, `·` as `-`; see ``ASCIISymbols``).
  ///
  /// Pass only text the program wrote: the learner's keys, values and names keep their characters.
  public func symbols(_ text: String) -> String {
    charset == .ascii ? ASCIISymbols.spelled(text) : text
  }

  /// What a cut line ends with: `…`, or `~` in ASCII (as pictures cut their lines).
  public var ellipsis: String { charset == .ascii ? "~" : "…" }

  /// A styler that never emits escape sequences.
  public static let plain = Styler(style: .plain)

  /// A styler that emits ANSI escape sequences.
  public static let ansi = Styler(style: .ansi)

  /// Returns `text` painted with `tint`, or unchanged in plain style.
  ///
  /// Each line of a multi-line text is painted separately, so the result can be split at newlines
  /// without leaking colour into neighbouring lines. Empty lines stay empty. Painting text that already
  /// contains a reset ends the outer colour at that reset.
  public func paint(_ text: String, _ tint: Tint) -> String {
    wrap(text, in: Self.codes(for: tint))
  }

  /// Returns `text` in bold, or unchanged in plain style.
  public func bold(_ text: String) -> String {
    wrap(text, in: [.bold])
  }

  private func wrap(_ text: String, in codes: [SGR]) -> String {
    guard style == .ansi, !text.isEmpty else { return text }
    let opening = SGR.sequence(codes)
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    return lines.map { $0.isEmpty ? "" : opening + $0 + Self.reset }.joined(separator: "\n")
  }

  /// The number of distinct colours `Tint.region` cycles through.
  static var regionCount: Int { regionPalette.count }

  private static let regionPalette: [SGR] = [.cyan, .magenta, .yellow, .green, .brightBlue, .brightRed]

  /// The sequence that turns all attributes off.
  static let reset = SGR.sequence([.reset])

  private static func codes(for tint: Tint) -> [SGR] {
    switch tint {
    case .heading: [.bold, .underline]
    case .emphasis: [.bold]
    case .dim: [.dim]
    case .success: [.green]
    case .warning: [.yellow]
    case .failure: [.bold, .red]
    case .accent: [.cyan]
    case .italic: [.italic]
    case .code: [.cyan]
    case .region(let index):
      [regionPalette[((index % regionPalette.count) + regionPalette.count) % regionPalette.count]]
    }
  }
}

/// ANSI Select Graphic Rendition parameters used by `Styler`.
private enum SGR: String {
  case reset = "0"
  case bold = "1"
  case dim = "2"
  case italic = "3"
  case underline = "4"
  case red = "31"
  case green = "32"
  case yellow = "33"
  case magenta = "35"
  case cyan = "36"
  case brightRed = "91"
  case brightBlue = "94"

  /// The escape sequence that applies all of `codes`.
  static func sequence(_ codes: [SGR]) -> String {
    "\u{1B}[" + codes.map(\.rawValue).joined(separator: ";") + "m"
  }
}
