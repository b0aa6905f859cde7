/// Assembles segments into lines no wider than a limit, keeping ANSI styling intact across breaks.
///
/// Spaces are held back until something visible follows them, so lines never end in spaces. When a
/// line is broken while an SGR attribute is on, the line is closed with a reset and the next line
/// reopens the same attributes, so every produced line is styled independently of its neighbours.
struct LineBuilder {
  /// The widest the first line may be, in columns.
  let firstWidth: Int
  /// The widest every later line may be, in columns.
  let continuationWidth: Int
  /// The finished lines.
  private(set) var lines: [String] = []
  /// The line being built.
  private var current = ""
  /// The columns used by `current`.
  private(set) var currentWidth = 0
  /// Spaces (and escapes between them) not yet committed to `current`.
  private var pending: [TextSegment] = []
  /// The attributes in force at the end of `current`.
  private var state = SGRState()

  /// Creates a builder for lines of at most `width` columns.
  init(width: Int) {
    self.init(firstWidth: width, continuationWidth: width)
  }

  /// Creates a builder whose first line may be `firstWidth` columns and later ones
  /// `continuationWidth` (for a hanging indent).
  init(firstWidth: Int, continuationWidth: Int) {
    self.firstWidth = firstWidth
    self.continuationWidth = continuationWidth
  }

  /// The widest the current line may be, in columns.
  var width: Int { lines.isEmpty ? firstWidth : continuationWidth }

  /// The columns the held-back spaces would add.
  var pendingWidth: Int { pending.reduce(0) { $0 + $1.width } }

  /// The columns left on the current line.
  var remaining: Int { width - currentWidth }

  /// Holds back a space or an escape found between words.
  mutating func hold(_ segment: TextSegment) {
    pending.append(segment)
  }

  /// Commits held-back spaces, then appends `segment`.
  mutating func append(_ segment: TextSegment) {
    commitPending(keepingSpaces: true)
    emit(segment)
  }

  /// Discards held-back spaces, keeping any escapes among them.
  mutating func dropHeldSpaces() {
    commitPending(keepingSpaces: false)
  }

  /// Ends the current line, dropping held-back spaces.
  mutating func breakLine() {
    commitPending(keepingSpaces: false)
    if state.isStyled { current += Styler.reset }
    lines.append(current)
    current = state.reopening
    currentWidth = 0
  }

  /// Ends the last line and returns all lines.
  mutating func finish() -> [String] {
    breakLine()
    return lines
  }

  private mutating func commitPending(keepingSpaces: Bool) {
    for segment in pending where keepingSpaces || !segment.isSpace {
      emit(segment)
    }
    pending.removeAll()
  }

  private mutating func emit(_ segment: TextSegment) {
    switch segment {
    case .escape(let sequence):
      current += sequence
      state.apply(sequence)
    case .grapheme(let character, let width):
      current.append(character)
      currentWidth += width
    }
  }
}
