import Course
import Foundation
import GRDB
import Glibc
import Synchronization

/// The learner's progress in SQLite (through GRDB): `progress.sqlite` in the data folder.
///
/// Nothing is opened until the first method call, so the shell's first prompt never waits for the
/// database. The database runs in WAL mode with a busy timeout, so two shells can record at once;
/// every change is one IMMEDIATE transaction. A damaged or foreign file is moved aside (see
/// ``DatabaseCheck``) and a fresh database created; anything there that is not a regular file (a
/// named pipe, a folder) is refused without being opened; a folder that cannot be written makes every
/// change fail with the same ``ProgressFailure``, while an existing database there is still read
/// (so `progress` shows what was saved before). A database a newer multileader wrote is only read,
/// never changed, when it has the tables this version reads; every change then fails saying why.
public final class SQLiteProgress: ProgressRecording {
  private enum Connection {
    case closed
    case open(DatabasePool)
    /// The database could not be opened for writing, but can be read.
    case readOnly(DatabaseQueue, ProgressFailure)
    case failed(ProgressFailure)
  }

  /// The data folder, or why there is none.
  public let folder: Result<String, ProgressFailure>
  private let legacyPlaceFile: String?
  private let clock: @Sendable () -> Date
  private let connection = Mutex(Connection.closed)
  private let pendingNotices = Mutex([String]())

  /// How long a write waits for another shell's write before giving up.
  static let busyTimeout: TimeInterval = 10

  /// A store in `folder`; `legacyPlaceFile` is an old `place` file whose place is imported once;
  /// `clock` stamps the name of a damaged file moved aside.
  public init(
    folder: Result<String, ProgressFailure>, legacyPlaceFile: String? = nil,
    clock: @escaping @Sendable () -> Date = { Date() }
  ) {
    self.folder = folder
    self.legacyPlaceFile = legacyPlaceFile
    self.clock = clock
  }

  /// The old `place` file imported on first open, if any.
  public var legacyPlaceFilePath: String? { legacyPlaceFile }

  /// The database file's path, when there is a folder.
  public var path: String? { try? folder.get() + "/" + ProgressLocation.fileName }

  /// What happened while opening (a damaged file moved aside, a place imported), once each.
  public func takeNotices() -> [String] {
    pendingNotices.withLock { notices in
      defer { notices = [] }
      return notices
    }
  }

  /// The connection, opening (and checking, and migrating) the database on first use.
  private func opened() -> Connection {
    connection.withLock { connection in
      if case .closed = connection { connection = open() }
      return connection
    }
  }

  /// The database to change, or why it cannot be changed.
  func database() throws(ProgressFailure) -> DatabasePool {
    switch opened() {
    case .open(let pool): return pool
    case .readOnly(_, let failure), .failed(let failure): throw failure
    case .closed: throw ProgressFailure("the progress database did not open")
    }
  }

  /// Runs `work` in an IMMEDIATE write transaction (taking the write lock at once, so a busy
  /// database is waited for instead of failing half-way).
  func write<T>(_ work: (Database) throws -> T) throws(ProgressFailure) -> T {
    let pool = try database()
    do {
      return try pool.writeWithoutTransaction { db in
        var value: T?
        try db.inTransaction(.immediate) {
          value = try work(db)
          return .commit
        }
        return value!
      }
    } catch {
      throw ProgressFailure("cannot save progress: \(explain(error))")
    }
  }

  /// Runs `work` on a read snapshot.
  func read<T>(_ work: (Database) throws -> T) throws(ProgressFailure) -> T {
    let reader: any DatabaseReader
    switch opened() {
    case .open(let pool): reader = pool
    case .readOnly(let queue, _): reader = queue
    case .failed(let failure): throw failure
    case .closed: throw ProgressFailure("the progress database did not open")
    }
    do {
      return try reader.read(work)
    } catch {
      throw ProgressFailure("cannot read progress: \(explain(error))")
    }
  }

  private func open() -> Connection {
    if let refusal = nonRegularFileRefusal() { return .failed(refusal) }
    switch openForWriting() {
    case .success(let pool): return .open(pool)
    case .failure(.newerVersion(let path)): return openNewerVersion(path)
    case .failure(.failed(let failure)):
      guard let path, ReadOnlyProgress.folderIsReadOnly(of: path),
        let queue = ReadOnlyProgress.open(path: path, configuration: Self.configuration)
      else { return .failed(failure) }
      return .readOnly(queue, failure)
    }
  }

  /// A database a newer multileader wrote, opened only to read it when it has the tables this
  /// version reads: the learner sees their progress, and is told why new answers are not saved.
  private func openNewerVersion(_ path: String) -> Connection {
    let newer = "\(path) was written by a newer multileader"
    guard let queue = ReadOnlyProgress.open(path: path, configuration: Self.configuration) else {
      return .failed(
        ProgressFailure(
          "\(newer) and cannot be read by this one: the progress saved there is neither shown nor saved "
            + "(update multileader to use it)"))
    }
    guard (try? queue.read(ProgressSchema.hasTables)) == true else {
      try? queue.close()
      return .failed(
        ProgressFailure(
          "\(newer) whose tables this one cannot read: the progress saved there is neither shown nor saved "
            + "(update multileader to use it)"))
    }
    return .readOnly(
      queue,
      ProgressFailure(
        "\(newer): the progress saved there is shown, but new answers are not saved "
          + "(update multileader to save them)"))
  }

  /// Why the database cannot be opened when it, or one of the files SQLite and the opening lock
  /// keep beside it, is there but not a regular file (a named pipe would block every command).
  private func nonRegularFileRefusal() -> ProgressFailure? {
    guard let path else { return nil }
    for file in [path, path + "-wal", path + "-shm", path + "-journal", path + ".lock"] {
      guard let kind = FileKind.of(file), kind != .regular else { continue }
      return ProgressFailure(
        "\(file) is \(kind.words), not a regular file; "
          + "move it out of the way, or use --data DIR to keep progress in another folder")
    }
    return nil
  }

  /// Why the database could not be opened for writing.
  private enum WritingFailure: Error {
    /// A newer multileader migrated the database at `path` further than this one knows.
    case newerVersion(path: String)
    /// Anything else, in words.
    case failed(ProgressFailure)
  }

  private func openForWriting() -> Result<DatabasePool, WritingFailure> {
    let folder: String
    switch self.folder {
    case .failure(let failure): return .failure(.failed(failure))
    case .success(let path): folder = path
    }
    do {
      try FileManager.default.createDirectory(
        atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
    } catch {
      return .failure(
        .failed(ProgressFailure("cannot create the data folder \(folder): \(Self.describe(error))")))
    }
    let path = folder + "/" + ProgressLocation.fileName
    // Two shells opening a new file at once would race to set WAL mode and migrate: the check,
    // the creation and the migrations run under an exclusive lock on a file beside the database.
    let lock = OpeningLock(path: path + ".lock")
    defer { lock.release() }
    let check = DatabaseCheck(path: path, configuration: Self.configuration)
    if let problem = check.problem() {
      switch check.moveAside(stamp: clock()) {
      case .failure(let failure): return .failure(.failed(failure))
      case .success(let moved):
        note("\(path) \(problem); it was moved aside to \(moved) and a fresh database was created.")
      }
    }
    // Checked before a writing connection opens it, which would already change it (WAL mode).
    if ReadOnlyProgress.isFromNewerVersion(path: path, configuration: Self.configuration) {
      return .failure(.newerVersion(path: path))
    }
    // An empty file made 0600 first: SQLite gives the -wal and -shm files the database's mode.
    let descriptor = Glibc.open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
    if descriptor >= 0 {
      fchmod(descriptor, 0o600)
      close(descriptor)
    }
    do {
      let pool = try DatabasePool(path: path, configuration: Self.configuration)
      try migrate(pool)
      try importPlaceFile(into: pool)
      return .success(pool)
    } catch let failure as WritingFailure {
      return .failure(failure)
    } catch let failure as ProgressFailure {
      return .failure(.failed(failure))
    } catch {
      return .failure(.failed(ProgressFailure("cannot open \(path): \(explain(error))")))
    }
  }

  private func migrate(_ pool: DatabasePool) throws {
    let migrator = ProgressSchema.migrator
    // A newer multileader may have migrated the file since the check before opening.
    if try pool.read({ try migrator.hasBeenSuperseded($0) }) {
      throw WritingFailure.newerVersion(path: pool.path)
    }
    do {
      try migrator.migrate(pool)
    } catch {
      // Another shell may have been migrating the same new file at the same moment: once more.
      try migrator.migrate(pool)
    }
  }

  private func importPlaceFile(into pool: DatabasePool) throws {
    guard let legacyPlaceFile else { return }
    let imported = try pool.write { db in
      guard try String.fetchOne(db, sql: "SELECT value FROM setting WHERE key = 'placeFileImported'") == nil
      else { return false }
      try db.execute(
        sql: "INSERT INTO setting (key, value) VALUES ('placeFileImported', ?)",
        arguments: [
          legacyPlaceFile
        ])
      guard let place = PlaceFileImport.place(atPath: legacyPlaceFile),
        !place.isStart || !place.lessonsRead.isEmpty,
        try Int.fetchOne(db, sql: "SELECT count(*) FROM place") == 0
      else { return false }
      try Self.save(place, in: db)
      return true
    }
    if imported { note("Your place in the course was imported from \(legacyPlaceFile).") }
  }

  private func note(_ notice: String) { pendingNotices.withLock { $0.append(notice) } }

  static var configuration: Configuration {
    var configuration = Configuration()
    configuration.busyMode = .timeout(busyTimeout)
    configuration.label = "multileader.progress"
    return configuration
  }

  /// The error in words, blaming the data folder when it is full or read-only.
  private func explain(_ error: any Error) -> String {
    let detail = Self.describe(error)
    guard !(error is ProgressFailure), case .success(let folder) = folder else { return detail }
    let full = (error as? DatabaseError)?.resultCode == .SQLITE_FULL
    return FolderDiagnosis.problem(in: folder, detail: detail, full: full) ?? detail
  }

  static func describe(_ error: any Error) -> String {
    if let failure = error as? ProgressFailure { return failure.message }
    if let database = error as? DatabaseError { return database.message ?? "\(database.resultCode)" }
    if let cocoa = error as? CocoaError, let underlying = cocoa.underlying as? POSIXError {
      return String(cString: strerror(underlying.code.rawValue))
    }
    return "\(error)"
  }
}

extension CocoaError {
  fileprivate var underlying: (any Error)? { userInfo[NSUnderlyingErrorKey] as? any Error }
}
