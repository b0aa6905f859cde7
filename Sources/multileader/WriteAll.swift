import Glibc

/// Writes all of `text` as UTF-8 to `descriptor` (a NUL inside it is written too), going on after
/// a signal interrupts a write; the error number of a failure (`EIO` for a write of nothing).
func writeAll(_ text: String, to descriptor: Int32) -> Int32? {
  var text = text
  return text.withUTF8 { bytes in
    var offset = 0
    while offset < bytes.count {
      let written = Glibc.write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
      if written > 0 {
        offset += written
      } else if written < 0, errno == EINTR {
        continue
      } else {
        return written < 0 ? errno : EIO
      }
    }
    return nil
  }
}
