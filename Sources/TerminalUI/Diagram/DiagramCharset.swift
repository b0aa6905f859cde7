/// Which characters pictures are drawn with.
public enum DiagramCharset: Hashable, Sendable {
  /// Unicode box drawing and symbols.
  case unicode
  /// Plain ASCII, for terminals and files that cannot show more.
  case ascii
}

/// The characters of one charset.
struct DiagramGlyphs {
  let lane: Character
  let downLane: Character
  let shaft: Character
  let startRight: Character
  let startLeft: Character
  let rightHead: Character
  let leftHead: Character
  let lost: Character
  let rule: Character
  let cut: Character
  let heal: Character

  let marks: [SpaceTimeDiagram.Mark: Character]
  let conflictHead: Character

  static func of(_ charset: DiagramCharset) -> DiagramGlyphs {
    switch charset {
    case .unicode:
      DiagramGlyphs(
        lane: "│", downLane: "┆", shaft: "─", startRight: "├", startLeft: "┤", rightHead: "▶", leftHead: "◀",
        lost: "✕", rule: "─",
        cut: "┄", heal: "═",
        marks: [
          .write: "●", .send: "○", .store: "◆", .conflict: "!", .accepted: "✓", .rejected: "✗",
          .held: "‖", .crash: "✖", .recover: "▲", .other: "·",
        ], conflictHead: "!")
    case .ascii:
      DiagramGlyphs(
        lane: "|", downLane: ":", shaft: "-", startRight: "+", startLeft: "+", rightHead: ">", leftHead: "<",
        lost: "x", rule: "-",
        cut: "~", heal: "=",
        marks: [
          .write: "*", .send: "o", .store: "+", .conflict: "!", .accepted: "v", .rejected: "#",
          .held: "h", .crash: "X", .recover: "^", .other: ".",
        ], conflictHead: "!")
    }
  }

  /// What a mark means, for the legend.
  static func meaning(of mark: SpaceTimeDiagram.Mark) -> String {
    switch mark {
    case .write: "client write"
    case .send: "send"
    case .store: "stored"
    case .conflict: "conflict"
    case .accepted: "accepted"
    case .rejected: "rejected"
    case .held: "waits"
    case .crash: "crash"
    case .recover: "recover"
    case .other: "other"
    }
  }
}

extension DiagramCharset {
  /// `line` cut to `width` columns; in ASCII the cut is marked with `~` instead of `…`.
  ///
  /// With `fitsAlready` the caller vouches that the line is narrow enough; only trailing spaces go.
  func fit(_ line: String, to width: Int, fitsAlready: Bool = false) -> String {
    let trimmed = line.last == " " ? TerminalText.trimmingTrailingSpaces(line) : line
    if fitsAlready || trimmed.utf8.count <= width { return trimmed }
    let cut = TerminalText.truncate(trimmed, to: width)
    guard self == .ascii, cut.hasSuffix("…") || cut.contains("…\u{1B}") else { return cut }
    return cut.replacing("…", with: "~")
  }
}
