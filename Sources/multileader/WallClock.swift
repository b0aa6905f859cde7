import Course
import Glibc

/// The wall clock, read here and passed to the session as a value.
enum WallClock {
  /// Now.
  static func now() -> Moment {
    var time = timespec()
    clock_gettime(CLOCK_REALTIME, &time)
    return Moment(secondsSince1970: Double(time.tv_sec) + Double(time.tv_nsec) / 1_000_000_000)
  }

  /// The local time zone's offset from UTC at `moment`, in seconds (east positive; 0 when the
  /// zone cannot be read), so "today" is the learner's calendar day.
  static func utcOffset(at moment: Moment) -> Int {
    var seconds = time_t(moment.secondsSince1970.rounded(.down))
    var parts = tm()
    guard localtime_r(&seconds, &parts) != nil else { return 0 }
    return Int(parts.tm_gmtoff)
  }
}
