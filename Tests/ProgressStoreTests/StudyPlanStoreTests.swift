import Course
import Foundation
import GRDB
import Testing

@testable import ProgressStore

/// The study plan and the scenarios finished (migration `v5-study-plan`): saved, read back by
/// another store, cleared.
@Suite struct StudyPlanStoreTests {
  @Test func thePlanSurvivesReopeningAndIsCleared() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let store = SQLiteProgress(folder: .success(folder.path))
    #expect(try store.studyPlan() == nil)
    try store.saveStudyPlan(StudyPlan(startDay: 100, interviewDay: 105, minutesPerDay: 30))
    try store.saveStudyPlan(StudyPlan(startDay: 101, interviewDay: 108, minutesPerDay: 45))
    let other = SQLiteProgress(folder: .success(folder.path))
    #expect(try other.studyPlan() == StudyPlan(startDay: 101, interviewDay: 108, minutesPerDay: 45))
    try other.saveStudyPlan(nil)
    #expect(try store.studyPlan() == nil)
  }

  @Test func scenariosFinishedAreKeptWithThePlace() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let store = SQLiteProgress(folder: .success(folder.path))
    try store.savePlace(
      CoursePlace(lesson: "quorum", lessonsRead: ["quorum"], scenariosFinished: ["a", "b"]))
    let other = SQLiteProgress(folder: .success(folder.path))
    #expect(try other.place().scenariosFinished == ["a", "b"])
    #expect(try other.place().lessonsRead == ["quorum"])
  }
}
