import Course

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
