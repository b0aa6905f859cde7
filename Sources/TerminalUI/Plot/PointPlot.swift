/// A scatter plot of one or more series on numeric axes, for the terminal.
///
/// ``render(width:height:charset:styler:)`` draws the points on a character grid with a y axis
/// (its top, middle and bottom values), an x axis (its first, middle and last values), the axis
/// titles and a legend. Texts are shown as they are, so callers sanitise untrusted text first.
public struct PointPlot: Hashable, Sendable {
  /// What the x axis measures, with its unit: `cross-region latency (ms)`.
  public var xTitle: String
  /// What the y axis measures, with its unit: `writes lost (%)`.
  public var yTitle: String
  /// The series, each drawn with its own symbol.
  public var series: [Series]

  /// Creates a plot.
  public init(xTitle: String, yTitle: String, series: [Series]) {
    self.xTitle = xTitle
    self.yTitle = yTitle
    self.series = series
  }

  /// One named set of points.
  public struct Series: Hashable, Sendable {
    /// The name in the legend.
    public var name: String
    /// The points, as (x, y).
    public var points: [Point]

    /// Creates a series.
    public init(name: String, points: [Point]) {
      self.name = name
      self.points = points
    }
  }

  /// One point.
  public struct Point: Hashable, Sendable {
    /// Its x value.
    public var x: Double
    /// Its y value.
    public var y: Double

    /// Creates a point.
    public init(x: Double, y: Double) {
      self.x = x
      self.y = y
    }
  }

  /// The symbols series are drawn with, in order (they cycle).
  static func symbols(_ charset: DiagramCharset) -> [Character] {
    charset == .unicode ? ["●", "▲", "■", "◆"] : ["*", "+", "o", "#"]
  }
}
