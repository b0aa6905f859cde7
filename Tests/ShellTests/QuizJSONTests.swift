import Testing

@testable import Tutor

/// The quiz's JSON forms: prose without the template's line wrapping.
@Suite struct QuizJSONTests {
  @Test func aParagraphsLinesAreJoinedAndParagraphBreaksKept() {
    let wrapped = "Two leaders, us and asia. A\nclient writes\n  topping=ham.\n\n\nWhich value\nwins?\n"
    #expect(
      QuizJSON.prose(wrapped) == "Two leaders, us and asia. A client writes topping=ham.\n\nWhich value wins?"
    )
  }

  @Test func listItemsAndCodeBlocksKeepTheirLines() {
    let text = "Pick one:\n- us\n- asia\n  (the second)\n\n```\nwrite us a=1\nrun\n```\nThen?"
    #expect(
      QuizJSON.prose(text) == "Pick one:\n- us\n- asia (the second)\n\n```\nwrite us a=1\nrun\n```\nThen?")
  }
}
