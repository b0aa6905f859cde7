/// Times a body with the monotonic clock and returns the seconds taken with its result.
func measure<Result>(_ body: () throws -> Result) rethrows -> (seconds: Double, result: Result) {
  let clock = ContinuousClock()
  let start = clock.now
  let result = try body()
  let elapsed = clock.now - start
  let (seconds, attoseconds) = elapsed.components
  return (Double(seconds) + Double(attoseconds) * 1e-18, result)
}

/// The median of some numbers (the mean of the middle two for an even count).
func median(_ values: [Double]) -> Double {
  let sorted = values.sorted()
  let middle = sorted.count / 2
  return sorted.count.isMultiple(of: 2) ? (sorted[middle - 1] + sorted[middle]) / 2 : sorted[middle]
}

/// Text formatting without Foundation.
enum Format {
  /// `value` with exactly `digits` decimals: `fixed(1.23456, 2)` is `1.23`.
  static func fixed(_ value: Double, _ digits: Int) -> String {
    var scale = 1.0
    for _ in 0..<digits { scale *= 10 }
    let scaled = Int64((abs(value) * scale).rounded())
    let whole = scaled / Int64(scale)
    let fraction = String(scaled % Int64(scale))
    let sign = value < 0 && scaled != 0 ? "-" : ""
    guard digits > 0 else { return "\(sign)\(whole)" }
    return "\(sign)\(whole)." + String(repeating: "0", count: digits - fraction.count) + fraction
  }

  /// An integer with thousands separators: `1,000,000`.
  static func grouped(_ value: Int) -> String {
    let digits = String(value.magnitude)
    var result = ""
    for (offset, digit) in digits.enumerated() {
      if offset > 0 && (digits.count - offset) % 3 == 0 { result.append(",") }
      result.append(digit)
    }
    return value < 0 ? "-" + result : result
  }

  /// KiB as MiB with one decimal: `12.3 MiB`.
  static func mebibytes(_ kibibytes: Int) -> String { "\(fixed(Double(kibibytes) / 1_024, 1)) MiB" }
}
