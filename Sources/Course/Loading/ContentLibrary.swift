/// Everything the course teaches, loaded and cross-checked: lessons, scenarios, the mnemonic.
public struct ContentLibrary: Hashable, Sendable {
  /// The lessons, sorted by order, then id.
  public var lessons: [Lesson]
  /// The scenarios, sorted by order, then id.
  public var scenarios: [Scenario]
  /// The mnemonic, when the content has one.
  public var mnemonic: Mnemonic?

  /// Creates a library (use ``ContentLoader/load(_:)`` to read one from files).
  public init(lessons: [Lesson] = [], scenarios: [Scenario] = [], mnemonic: Mnemonic? = nil) {
    self.lessons = lessons
    self.scenarios = scenarios
    self.mnemonic = mnemonic
  }

  /// The lesson with `id`.
  public func lesson(_ id: String) -> Lesson? { lessons.first { $0.id == id } }

  /// The scenario with `id`.
  public func scenario(_ id: String) -> Scenario? { scenarios.first { $0.id == id } }

  /// The lesson after (`offset` 1) or before (`offset` -1) the one with `id`.
  public func lesson(after id: String, offset: Int) -> Lesson? {
    guard let index = lessons.firstIndex(where: { $0.id == id }) else { return nil }
    let next = index + offset
    return lessons.indices.contains(next) ? lessons[next] : nil
  }
}

/// A library and every problem found while loading it.
public struct LoadedContent: Hashable, Sendable {
  /// What could be loaded (files with problems are left out or partly loaded).
  public var library: ContentLibrary
  /// Every problem, sorted by file and line.
  public var problems: [ContentProblem]
}
