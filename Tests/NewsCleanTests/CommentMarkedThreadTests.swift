import Testing

@testable import NewsClean

@Suite struct CommentMarkedThreadTests {
  @Test("a thread whose every post is marked as a comment keeps its first post as the article")
  func everyPostIsAComment() {
    let posts = [
      ("Rabbids", "Does anyone know what the two vents on the back of the new case are for? The manual says nothing about them, yet they look deliberate."),
      ("Kestrel", "The lower one is an intake for the power supply, so keep the filter under it clean and it will stay quiet."),
      ("Moth", "The upper one takes the radiator hoses when you mount a cooler at the back of the case."),
    ]
    let html = """
      <html><body><div class="cTopic">
      \(posts.map { "<article class=\"ipsComment\"><div class=\"author\">\($0.0)</div><div class=\"ipsComment_content\"><p>\($0.1)</p></div></article>" }.joined(separator: "\n"))
      </div></body></html>
      """
    guard let record = record(html, format: .html) else { return }
    #expect(record.text.contains("two vents on the back"))
    #expect(!record.text.contains("power supply"))
    #expect(record.comments.map(\.text).joined().contains("power supply"))
  }
}
