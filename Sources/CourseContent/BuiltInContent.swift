/// The course content built into the binary: every file of the top-level Content folder.
///
/// The EmbedContent build plugin generates the file list at build time, so the `multileader`
/// binary works on its own when copied to another folder or machine.
public enum BuiltInContent {
  /// The embedded files, sorted by path (relative to Content/, with `/` separators).
  public static var files: [ContentFile] {
    generatedFiles.map { ContentFile(path: $0.path, text: $0.text) }
  }
}

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
