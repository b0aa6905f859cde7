import ReplicationModel
import TerminalUI

extension Workbench {
  /// Runs an experiment and shows its plot, its numbers and what to make of them (or JSON).
  package func experimentView(_ experiment: Experiment?, _ settings: ExperimentSettings, json: Bool)
    throws(ShellError)
    -> String
  {
    guard let experiment else {
      let table = Table(
        columns: [Table.Column("experiment"), Table.Column("what it shows")],
        rows: Experiment.allCases.map { [$0.rawValue, $0.title] })
      return table.render(width: options.width, styler: styler) + "\nexperiment NAME runs one."
    }
    let work = settings.work(for: experiment)
    guard work <= options.limits.experimentWrites else {
      throw ShellError(
        "That is \(work) simulated writes; the limit is \(options.limits.experimentWrites). Lower --runs, --points or --writes.",
        hint: CommandCatalog.experimentCommand.usageHint)
    }
    let watch = self.watch
    let total = settings.points * experiment.seriesNames.count * settings.runs
    let sweep = try checked { () throws(ModelError) in
      try experiment.run(settings, seed: seed) { index in
        watch.shouldStop("experiment: run \(index + 1) of about \(total)")
      }
    }
    guard let points = sweep else {
      throw ShellError("Interrupted: the experiment stopped before its runs were done; nothing was changed.")
    }
    if json { return Self.experimentJSON(experiment, settings, points).rendered() }
    let plot = PointPlot(
      xTitle: experiment.xTitle, yTitle: experiment.yTitle,
      series: experiment.seriesNames.enumerated().map { index, name in
        PointPlot.Series(name: name, points: points.map { .init(x: Double($0.x), y: $0.y[index]) })
      })
    let table = Table(
      columns: [Table.Column(experiment.xColumn, alignment: .right)]
        + experiment.seriesNames.map { Table.Column($0, alignment: .right) },
      rows: points.map { point in
        [String(point.x)] + point.y.map { $0.isFinite ? PlotNumber.percent($0) : "-" }
      })
    return [
      styler.paint(experiment.title, .heading),
      styler.symbols(
        "\(counted(points.count, "point")) × \(counted(settings.runs, "run")) × \(counted(settings.writes, "write")), seed \(seed)"
      ),
      "",
      plot.render(width: options.width, charset: options.charset, styler: styler),
      "",
      table.render(width: options.width, styler: styler),
      "",
      experiment.explanation,
    ].joined(separator: "\n")
  }

  package static func experimentJSON(
    _ experiment: Experiment, _ settings: ExperimentSettings, _ points: [ExperimentPoint]
  )
    -> JSONValue
  {
    .object([
      JSONMember("experiment", .string(experiment.rawValue)),
      JSONMember("x", .string(experiment.xTitle)),
      JSONMember("y", .string(experiment.yTitle)),
      JSONMember("runs", .int(settings.runs)),
      JSONMember("writes", .int(settings.writes)),
      JSONMember(
        "series",
        .array(
          experiment.seriesNames.enumerated().map { index, name in
            .object([
              JSONMember("name", .string(name)),
              JSONMember(
                "points",
                .array(
                  points.map {
                    .object([
                      JSONMember("x", .int(Int($0.x))),
                      // A point that does not apply (NaN) is null: JSON has no NaN.
                      JSONMember("y", $0.y[index].isFinite ? .double($0.y[index]) : .null),
                    ])
                  })),
            ])
          })),
    ])
  }
}

extension String {
  /// The string padded with spaces to `width` characters.
  fileprivate func padding(_ width: Int) -> String {
    self + String(repeating: " ", count: max(0, width - count))
  }
}
