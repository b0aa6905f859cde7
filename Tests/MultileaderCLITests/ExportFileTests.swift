import Foundation
import Glibc
import Testing

/// `export` end to end: the executable writes the file, never replaces one without --force, and
/// says clearly when it cannot write.
@Suite("export writes files")
struct ExportFileTests {
  private static let setup =
    "write us topping=pepperoni at 12:00:00\nwrite asia topping=mushroom at 12:00:00.010\nrun\n"

  @Test("export writes the file and confirms")
  func writes() throws {
    let folder = try ScriptFolder()
    let svg = folder.url.appendingPathComponent("pizza.svg").path
    let dot = folder.url.appendingPathComponent("cluster.dot").path
    let script = try folder.write("s.txt", Self.setup + "export diagram \(svg)\nexport topology \(dot)\n")
    let output = try BuiltBinary.run(["run", script])
    #expect(output.exitCode == 0)
    #expect(output.standardError.isEmpty)
    #expect(output.standardOutput.contains("Wrote the diagram (SVG, 10 rows) to \(svg)."))
    #expect(output.standardOutput.contains("Wrote the topology (Graphviz DOT) to \(dot)."))
    let contents = try String(contentsOfFile: svg, encoding: .utf8)
    #expect(contents.hasPrefix("<?xml"))
    #expect(contents.contains("</svg>"))
    #expect(try String(contentsOfFile: dot, encoding: .utf8).hasPrefix("digraph topology {"))
  }

  @Test("~/ in the path is the home folder")
  func expandsHome() throws {
    let folder = try ScriptFolder()
    let script = try folder.write("s.txt", Self.setup + "export diagram ~/pizza.svg\n")
    let output = try BuiltBinary.run(["run", script], environment: ["HOME": folder.url.path])
    #expect(output.exitCode == 0, "\(output.standardError)")
    #expect(output.standardOutput.contains("Wrote the diagram (SVG, 10 rows) to ~/pizza.svg."))
    let contents = try String(
      contentsOfFile: folder.url.appendingPathComponent("pizza.svg").path, encoding: .utf8)
    #expect(contents.hasPrefix("<?xml"))
  }

  @Test("an existing file is kept unless --force")
  func keepsExisting() throws {
    let folder = try ScriptFolder()
    let file = try folder.write("pizza.mmd", "mine\n")
    let script = try folder.write("s.txt", Self.setup + "export diagram \(file)\n")
    let refused = try BuiltBinary.run(["run", script])
    #expect(refused.exitCode == 1)
    #expect(refused.standardError == "\(script):4: \(file) already exists; add --force to replace it.\n")
    #expect(try String(contentsOfFile: file, encoding: .utf8) == "mine\n")

    let forced = try folder.write("f.txt", Self.setup + "export diagram \(file) --force\n")
    let output = try BuiltBinary.run(["run", forced])
    #expect(output.exitCode == 0)
    #expect(try String(contentsOfFile: file, encoding: .utf8).hasPrefix("sequenceDiagram\n"))
  }

  @Test("an unwritable path is refused with the reason")
  func unwritable() throws {
    let folder = try ScriptFolder()
    let missing = folder.url.appendingPathComponent("no/such/folder.svg").path
    let script = try folder.write(
      "s.txt",
      Self.setup + "export topology \(missing)\nexport topology \(folder.url.path) --format svg --force\n")
    let output = try BuiltBinary.run(["run", "--keep-going", script])
    #expect(output.exitCode == 1)
    #expect(
      output.standardError
        == """
        \(script):4: Cannot write \(missing): the folder does not exist. Nothing was written.
        \(script):5: Cannot write \(folder.url.path): it is a folder. Nothing was written.

        """)
  }

  @Test("a named pipe is refused, never opened (with or without --force)", .timeLimit(.minutes(1)))
  func namedPipeIsRefused() throws {
    let folder = try ScriptFolder()
    let fifo = folder.url.appendingPathComponent("fifo.svg").path
    #expect(mkfifo(fifo, 0o600) == 0)
    let script = try folder.write(
      "s.txt", Self.setup + "export diagram \(fifo) --force\nexport topology \(fifo)\n")
    let run = try BuiltBinary.run(["--no-color", "run", "--keep-going", script], timeout: 15)
    #expect(run.exitCode == 1, "exit -1 means it hung and was killed")
    let refusal =
      "Cannot write \(fifo): it is a named pipe (FIFO), not a regular file; give the path of a file. "
    #expect(
      run.standardError
        == "\(script):4: \(refusal)Nothing was written.\n\(script):5: \(refusal)Nothing was written.\n")
    var status = stat()
    #expect(stat(fifo, &status) == 0 && status.st_mode & S_IFMT == S_IFIFO, "the pipe is left as it was")
  }
}
