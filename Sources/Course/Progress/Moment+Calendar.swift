extension Moment {
  /// The date and time on a calendar `utcOffsetSeconds` ahead of UTC, to the minute:
  /// `2023-11-14 22:13`.
  public func calendarText(utcOffsetSeconds: Int) -> String {
    let day = dayNumber(utcOffsetSeconds: utcOffsetSeconds)
    let seconds = (secondsSince1970 + Double(utcOffsetSeconds)) - Double(day) * Self.day
    let minutes = min(Int(seconds / 60), 24 * 60 - 1)
    let (year, month, date) = Self.civilDate(day: day)
    func two(_ number: Int) -> String { number < 10 ? "0\(number)" : "\(number)" }
    return "\(year)-\(two(month))-\(two(date)) \(two(minutes / 60)):\(two(minutes % 60))"
  }

  /// The proleptic Gregorian year, month and day of day number `day` (0 is 1970-01-01), by Howard
  /// Hinnant's `civil_from_days`.
  static func civilDate(day: Int) -> (year: Int, month: Int, day: Int) {
    let z = day + 719_468
    let era = (z >= 0 ? z : z - 146_096) / 146_097
    let dayOfEra = z - era * 146_097
    let yearOfEra = (dayOfEra - dayOfEra / 1_460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
    let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
    let shiftedMonth = (5 * dayOfYear + 2) / 153
    let date = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1
    let month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
    return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, date)
  }
}
