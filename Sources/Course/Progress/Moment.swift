/// A point in wall-clock time, passed in by the caller: the pure layers never read a clock.
public struct Moment: Hashable, Comparable, Sendable {
  /// Seconds since 1970-01-01 00:00 UTC.
  public var secondsSince1970: Double

  /// The moment `secondsSince1970` seconds after 1970-01-01 00:00 UTC.
  public init(secondsSince1970: Double) { self.secondsSince1970 = secondsSince1970 }

  /// Seconds in a day.
  public static let day: Double = 86_400

  /// The UTC day this moment falls in, counted from 1970-01-01 (day 0).
  public var dayNumber: Int { Int((secondsSince1970 / Self.day).rounded(.down)) }

  /// The day this moment falls in on a calendar `utcOffsetSeconds` ahead of UTC (negative
  /// behind it), counted like ``dayNumber``: the learner's local day when given their offset.
  public func dayNumber(utcOffsetSeconds: Int) -> Int {
    Int(((secondsSince1970 + Double(utcOffsetSeconds)) / Self.day).rounded(.down))
  }

  /// This moment moved by `days` days (fractions allowed).
  public func adding(days: Double) -> Moment { Moment(secondsSince1970: secondsSince1970 + days * Self.day) }

  /// Days from `earlier` to this moment (negative when `earlier` is later).
  public func days(since earlier: Moment) -> Double {
    (secondsSince1970 - earlier.secondsSince1970) / Self.day
  }

  /// Whether `lhs` is before `rhs`.
  public static func < (lhs: Moment, rhs: Moment) -> Bool { lhs.secondsSince1970 < rhs.secondsSince1970 }
}
