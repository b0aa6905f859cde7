import TerminalUI

extension Workbench {
  /// Renders the picture `export` asks for and hands the file to the caller to write.
  package func export(_ request: ExportRequest) throws(ShellError) -> CommandOutcome {
    let contents: String
    let what: String
    switch request.picture {
    case .diagram:
      // Exported files never carry terminal colour.
      let diagram = diagramModel(request.diagram, styler: .plain)
      guard !diagram.rows.isEmpty else {
        throw ShellError(
          "There is nothing to export yet: the diagram is empty. Write something and run first.")
      }
      contents = request.format == .svg ? diagram.svg() : diagram.mermaid()
      what =
        "the diagram (\(request.format == .svg ? "SVG" : "Mermaid"), \(counted(diagram.rows.count, "row")))"
    case .topology:
      let picture = TopologyBuilder.picture(of: world)
      contents = request.format == .svg ? picture.svg() : picture.dot()
      what = "the topology (\(request.format == .svg ? "SVG" : "Graphviz DOT"))"
    }
    let path = TerminalText.sanitized(request.path)
    return CommandOutcome(
      export: FileExport(
        path: request.path, contents: contents, replacesExisting: request.force,
        confirmation: "Wrote \(what) to \(path)."))
  }
}
