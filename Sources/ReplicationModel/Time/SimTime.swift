/// A span of simulated time, in microseconds.
public struct SimDuration: Hashable, Comparable, Sendable, CustomStringConvertible {
  /// The length of the span in microseconds (negative for a clock running slow).
  public var microseconds: Int64

  /// Creates a duration from microseconds.
  public init(microseconds: Int64) { self.microseconds = microseconds }

  /// No time at all.
  public static let zero = SimDuration(microseconds: 0)

  /// A duration of `value` milliseconds.
  public static func milliseconds(_ value: Int64) -> SimDuration {
    SimDuration(microseconds: value * 1_000)
  }

  /// A duration of `value` seconds.
  public static func seconds(_ value: Int64) -> SimDuration {
    SimDuration(microseconds: value * 1_000_000)
  }

  /// A duration of `value` minutes.
  public static func minutes(_ value: Int64) -> SimDuration {
    SimDuration(microseconds: value * 60_000_000)
  }

  /// Orders durations by length.
  public static func < (lhs: SimDuration, rhs: SimDuration) -> Bool {
    lhs.microseconds < rhs.microseconds
  }

  /// Adds two durations.
  public static func + (lhs: SimDuration, rhs: SimDuration) -> SimDuration {
    SimDuration(microseconds: lhs.microseconds + rhs.microseconds)
  }

  /// The duration in a unit that reads well: `75ms`, `2m`, `-3s`, `1.5s`, `250us`, `0ms`.
  public var description: String {
    let sign = microseconds < 0 ? "-" : ""
    let magnitude = microseconds.magnitude
    if magnitude == 0 { return "0ms" }
    let units: [(UInt64, String)] = [
      (3_600_000_000, "h"), (60_000_000, "m"), (1_000_000, "s"), (1_000, "ms"),
    ]
    for (size, name) in units
    where magnitude >= size && magnitude % size == 0 && (size > 1_000 || magnitude < 1_000_000) {
      return "\(sign)\(magnitude / size)\(name)"
    }
    if magnitude >= 1_000_000 {
      return "\(sign)\(TimeText.decimal(magnitude, scale: 1_000_000, digits: 6))s"
    }
    if magnitude >= 1_000 {
      return "\(sign)\(TimeText.decimal(magnitude, scale: 1_000, digits: 3))ms"
    }
    return "\(sign)\(magnitude)us"
  }
}

/// An instant of simulated time: microseconds since midnight UTC of the simulated day.
///
/// Simulated time is a value the simulation hands to the model; nothing in the model reads a
/// real clock. A run starts at ``SimTime/start`` (12:00:00 UTC), the hour the source
/// document's examples use.
public struct SimTime: Hashable, Comparable, Sendable, CustomStringConvertible {
  /// Microseconds since 00:00:00 UTC of the simulated day.
  public var microseconds: Int64

  /// Creates an instant from microseconds since midnight UTC.
  public init(microseconds: Int64) { self.microseconds = microseconds }

  /// The instant every simulation starts at: 12:00:00.000 UTC.
  public static let start = SimTime(microseconds: 12 * 3_600_000_000)

  /// The latest instant a run may be taken to: 365 days after ``start``.
  ///
  /// The shell refuses to let time pass beyond it, so every sum of times, skews and drifts stays
  /// far inside `Int64` (which would hold some 290,000 years of microseconds).
  public static let latest = SimTime(microseconds: start.microseconds + latestDay * 86_400_000_000)

  /// How many days after ``start`` ``latest`` falls.
  public static let latestDay: Int64 = 365

  /// Creates an instant from a wall-clock reading in UTC.
  public static func utc(hour: Int64, minute: Int64 = 0, second: Int64 = 0, millisecond: Int64 = 0)
    -> SimTime
  {
    SimTime(microseconds: ((hour * 60 + minute) * 60 + second) * 1_000_000 + millisecond * 1_000)
  }

  /// Orders instants in time.
  public static func < (lhs: SimTime, rhs: SimTime) -> Bool { lhs.microseconds < rhs.microseconds }

  /// The instant `duration` after `time`.
  public static func + (time: SimTime, duration: SimDuration) -> SimTime {
    SimTime(microseconds: time.microseconds + duration.microseconds)
  }

  /// The span from `earlier` to `later`.
  public static func - (later: SimTime, earlier: SimTime) -> SimDuration {
    SimDuration(microseconds: later.microseconds - earlier.microseconds)
  }

  /// The instant as a UTC wall-clock reading, `12:00:00.075`; milliseconds are always shown, and a
  /// later simulated day is counted in front: `+1d12:00:05.000` is 12:00:05 on the next day.
  public var description: String { TimeText.clock(microseconds) }
}

/// Pure text formatting for times, shared by ``SimTime`` and ``Timestamp``.
enum TimeText {
  /// Formats microseconds since midnight of the first day as `HH:MM:SS.mmm`, adding microseconds
  /// when present; a time on a later day gets the days in front, `+1d12:00:05.000` (the form
  /// `at TIME` reads back).
  static func clock(_ microseconds: Int64) -> String {
    let negative = microseconds < 0
    let total = microseconds.magnitude
    let micros = total % 1_000
    let millis = (total / 1_000) % 1_000
    let seconds = (total / 1_000_000) % 60
    let minutes = (total / 60_000_000) % 60
    let hours = total / 3_600_000_000
    let days = negative ? 0 : hours / 24
    let day = days > 0 ? "+\(days)d" : ""
    var text =
      "\(negative ? "-" : day)\(pad(negative ? hours : hours % 24, 2)):\(pad(minutes, 2)):\(pad(seconds, 2)).\(pad(millis, 3))"
    if micros != 0 { text += pad(micros, 3) }
    return text
  }

  /// Formats `value / scale` with a fixed number of decimal digits, trailing zeros removed.
  static func decimal(_ value: UInt64, scale: UInt64, digits: Int) -> String {
    var fraction = pad(value % scale, digits)
    while fraction.hasSuffix("0") { fraction.removeLast() }
    return fraction.isEmpty ? "\(value / scale)" : "\(value / scale).\(fraction)"
  }

  /// Left-pads a number with zeros to `width` digits.
  static func pad(_ value: UInt64, _ width: Int) -> String {
    let digits = String(value)
    return String(repeating: "0", count: max(0, width - digits.count)) + digits
  }
}
