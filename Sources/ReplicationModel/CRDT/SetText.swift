/// Renders sets the same way for every set type.
enum SetText {
  /// `{a, b}` with the elements sorted; `{}` when empty.
  static func render<Element: Comparable>(_ elements: some Collection<Element>) -> String {
    "{" + elements.sorted().map { String(describing: $0) }.joined(separator: ", ") + "}"
  }
}
