import ReplicationModel
import TerminalUI

/// Parses the values the command language uses: durations, times, numbers, vectors.
package enum ValueParser {
  /// A duration such as `75ms`, `2m`, `1.5s`, `250us`, `+2m` or `-30s`.
  package static func duration(_ text: String, allowSign: Bool = false) throws(ShellError) -> SimDuration {
    var body = Substring(text)
    var sign: Int64 = 1
    if let first = body.first, first == "+" || first == "-" {
      guard allowSign else { throw ShellError("'\(text)' has a sign; give a duration such as 75ms.") }
      sign = first == "-" ? -1 : 1
      body = body.dropFirst()
    }
    // A skew of zero needs no unit: `clock asia +0` puts the clock right.
    if allowSign && body == "0" { return .zero }
    let units: [(String, Int64)] = [
      ("us", 1), ("ms", 1_000), ("s", 1_000_000), ("m", 60_000_000), ("h", 3_600_000_000),
    ]
    for (suffix, scale) in units.sorted(by: { $0.0.count > $1.0.count }) where body.hasSuffix(suffix) {
      let number = body.dropLast(suffix.count)
      if let micros = decimal(number, scale: scale) {
        let duration = SimDuration(microseconds: sign * micros)
        guard duration.microseconds.magnitude <= ModelError.maximumDuration.microseconds.magnitude else {
          throw ShellError("\(text) is too long; durations go up to 24h.")
        }
        return duration
      }
    }
    throw ShellError(
      "'\(text)' is not a duration.",
      hint:
        "Use a number and a unit: 250us, 75ms, 1.5s, 2m or 1h\(allowSign ? " (+2m, -30s for a skew)" : "").")
  }

  /// How a time is written, for hints: the first day's time of day, or a later day's.
  package static let timeForms = "12:00:00 or 12:00:00.250 on the first day, +1d12:00:05 on the next"

  /// A UTC time such as `12:00`, `12:00:00` or `12:00:00.004` on the first simulated day, or on a
  /// later day with the days in front, `+1d12:00:05` (as ``SimTime`` prints it).
  package static func time(_ text: String) throws(ShellError) -> SimTime {
    var clock = Substring(text)
    var days: Int64 = 0
    if clock.hasPrefix("+"), let d = clock.firstIndex(where: { $0 == "d" || $0 == "D" }) {
      let count = clock[clock.index(after: clock.startIndex)..<d]
      guard isDigits(count), count.count <= 3, let value = Int64(count), value <= SimTime.latestDay else {
        throw ShellError(
          "'\(TerminalText.sanitized(text))' does not name a day: the days after +, from 0 to \(SimTime.latestDay), then d.",
          hint: "Use UTC hours, minutes and seconds: \(timeForms).")
      }
      days = value
      clock = clock[clock.index(after: d)...]
    }
    let parts = clock.split(separator: ":", omittingEmptySubsequences: false)
    guard (2...3).contains(parts.count), isDigits(parts[0]), isDigits(parts[1]), let hour = Int64(parts[0]),
      let minute = Int64(parts[1]), (0...23).contains(hour), (0...59).contains(minute)
    else {
      throw ShellError(
        "'\(TerminalText.sanitized(text))' is not a time of day.",
        hint: "Use UTC hours, minutes and seconds: \(timeForms).")
    }
    var micros: Int64 = 0
    if parts.count == 3 {
      guard let seconds = decimal(parts[2], scale: 1_000_000), seconds < 60_000_000, !parts[2].isEmpty,
        parts[2].first?.isNumber == true
      else {
        throw ShellError(
          "'\(text)' has invalid seconds.", hint: "Use 00 to 59, with up to six decimals: 12:00:07.5")
      }
      micros = seconds
    }
    return SimTime(microseconds: ((days * 24 + hour) * 60 + minute) * 60_000_000 + micros)
  }

  /// A non-negative whole number within `range`.
  package static func number(_ text: String, what: String, range: ClosedRange<Int>) throws(ShellError) -> Int
  {
    guard let value = Int(text), range.contains(value) else {
      throw ShellError(
        "\(what.prefix(1).uppercased() + what.dropFirst()) must be a whole number from \(range.lowerBound) to \(range.upperBound), not '\(text)'."
      )
    }
    return value
  }

  /// A probability from 0 to 1, as `0.1` or `10%`.
  package static func probability(_ text: String, what: String) throws(ShellError) -> Double {
    let isPercent = text.hasSuffix("%")
    let body = isPercent ? String(text.dropLast()) : text
    guard let micros = decimal(Substring(body), scale: 1_000_000) else {
      throw ShellError("The \(what) probability must be a number from 0 to 1 (or 0% to 100%), not '\(text)'.")
    }
    let value = Double(micros) / 1_000_000 / (isPercent ? 100 : 1)
    guard (0...1).contains(value) else {
      throw ShellError("The \(what) probability must be from 0 to 1 (or 0% to 100%), not '\(text)'.")
    }
    return value
  }

  /// A context token, `[1,0]` or `1,0`, as a version vector.
  package static func vector(_ text: String) throws(ShellError) -> VersionVector {
    var body = Substring(text)
    if body.hasPrefix("[") && body.hasSuffix("]") { body = body.dropFirst().dropLast() }
    if body.isEmpty { return VersionVector() }
    var counters: [UInt32] = []
    for part in body.split(separator: ",", omittingEmptySubsequences: false) {
      guard isDigits(part), let value = UInt32(part), counters.count < 64 else {
        throw ShellError(
          "'\(text)' is not a context token.", hint: "Pass the token a read printed, such as [1,0].")
      }
      counters.append(value)
    }
    return VersionVector(counters)
  }

  /// `on`/`off` (also yes/no, true/false).
  package static func toggle(_ text: String, what: String) throws(ShellError) -> Bool {
    switch text.lowercased() {
    case "on", "yes", "true": return true
    case "off", "no", "false": return false
    default: throw ShellError("\(what) must be on or off, not '\(text)'.")
    }
  }

  /// A decimal number with up to six fractional digits, scaled to an integer (`Int64.max` when
  /// the scaled value does not fit, so that callers report it as too large).
  package static func decimal(_ text: Substring, scale: Int64) -> Int64? {
    let pieces = text.split(separator: ".", omittingEmptySubsequences: false)
    guard (1...2).contains(pieces.count), pieces.allSatisfy({ $0.isEmpty || isDigits($0) }) else {
      return nil
    }
    guard !pieces[0].isEmpty || pieces.count == 2, pieces[0].count <= 12 else { return nil }
    let whole = pieces[0].isEmpty ? 0 : Int64(pieces[0])
    guard let whole, whole >= 0 else { return nil }
    let (scaled, overflow) = whole.multipliedReportingOverflow(by: scale)
    guard !overflow else { return Int64.max }
    var result = scaled
    if pieces.count == 2 {
      let fraction = pieces[1]
      guard !fraction.isEmpty, fraction.count <= 6, let digits = Int64(fraction), digits >= 0 else {
        return nil
      }
      var divisor: Int64 = 1
      for _ in 0..<fraction.count { divisor *= 10 }
      let (sum, sumOverflow) = result.addingReportingOverflow(digits * scale / divisor)
      result = sumOverflow ? Int64.max : sum
    }
    return result
  }

  /// Whether `text` is one or more ASCII digits (no sign, no spaces).
  package static func isDigits(_ text: Substring) -> Bool {
    !text.isEmpty && text.utf8.allSatisfy { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }
  }
}
