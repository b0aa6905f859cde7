import ReplicationModel
import ReplicationSimulation
import TerminalUI

extension Workbench {
  /// The space-time diagram of the trace, as model-free values: narrowed to a key, to the nodes
  /// with a lane, then to the last N of those events.
  package func diagramModel(_ request: DiagramRequest, styler: Styler) -> SpaceTimeDiagram {
    let builder = DiagramBuilder(layout: world.layout, styler: styler, followers: request.followers)
    var events = builder.drawable(world.trace)
    if let key = request.key { events = events.filter { TraceFilter.concerns($0.kind, key: key) } }
    if let last = request.last, events.count > last { events = Array(events.suffix(last)) }
    return builder.diagram(of: events, ascii: pictureCharset(ascii: request.ascii) == .ascii)
  }

  package func diagramView(_ request: DiagramRequest) throws(ShellError) -> String {
    guard options.width >= SpaceTimeDiagram.minimumWidth else {
      throw ShellError(
        "The output is \(options.width) columns wide; a diagram needs at least \(SpaceTimeDiagram.minimumWidth). Widen the terminal (or pass --width), or use trace."
      )
    }
    let diagram = diagramModel(request, styler: styler)
    guard !diagram.rows.isEmpty else {
      return request.key == nil
        ? "The trace is empty: nothing has happened yet."
        : "Nothing in the trace concerns \(TerminalText.sanitized(request.key!)) yet."
    }
    let picture = diagram.render(
      width: options.width, charset: pictureCharset(ascii: request.ascii), styler: styler)
    guard request.last == nil, let note = droppedNote else { return picture }
    return styler.paint(note, .dim) + "\n" + picture
  }

  /// ASCII when asked for (`--ascii`) or when the session's options say the terminal needs it.
  package func pictureCharset(ascii: Bool) -> DiagramCharset { ascii ? .ascii : options.charset }

  package func topologyView(ascii: Bool) -> String {
    TopologyBuilder.picture(of: world).render(
      width: options.width, charset: pictureCharset(ascii: ascii), styler: styler)
  }
}
