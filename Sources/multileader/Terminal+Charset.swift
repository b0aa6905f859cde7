import TerminalUI

extension Terminal {
  /// The characters pictures are drawn with in the live process, judged from the locale.
  static func pictureCharset() -> DiagramCharset {
    pictureCharset(
      localeAll: environment("LC_ALL"), localeCharacterType: environment("LC_CTYPE"),
      language: environment("LANG"))
  }

  /// The charset rule: the first non-empty of `LC_ALL`, `LC_CTYPE` and `LANG` decides, as the C
  /// library does; a locale that names another encoding than UTF-8 (`C`, `POSIX`,
  /// `en_US.ISO-8859-1`) gets plain ASCII. With none set, Unicode (terminals today are UTF-8).
  static func pictureCharset(localeAll: String?, localeCharacterType: String?, language: String?)
    -> DiagramCharset
  {
    guard
      let locale = [localeAll, localeCharacterType, language].compactMap({ $0 }).first(where: { !$0.isEmpty })
    else { return .unicode }
    let lowered = locale.lowercased()
    return lowered.contains("utf-8") || lowered.contains("utf8") ? .unicode : .ascii
  }
}
