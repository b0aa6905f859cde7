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
}
