/// The `place` text file earlier versions kept next to the history; the progress store imports it
/// once (see `PlaceFileImport`) and leaves it where it is.
enum PlaceFile {
  /// The file's path: the history file's folder, `place`.
  static func path(historyPath: String) -> String {
    guard let slash = historyPath.lastIndex(of: "/") else { return "place" }
    return String(historyPath[...slash]) + "place"
  }
}
