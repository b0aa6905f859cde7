/// One content file: where it is (relative to the content folder) and what it holds.
public struct ContentFile: Hashable, Sendable {
  /// The path relative to the content folder, such as `lessons/01-why-multi-leader.md`.
  public var path: String
  /// The file's text (invalid UTF-8 already replaced by U+FFFD).
  public var text: String

  /// Creates a content file.
  public init(path: String, text: String) {
    self.path = path
    self.text = text
  }
}
