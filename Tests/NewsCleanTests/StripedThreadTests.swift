import TestSupport
import Testing

@testable import NewsClean

@Suite struct StripedThreadTests {
  @Test("row stripes and first/last markers do not split one kind of post")
  func rowMarkersAreIgnored() {
    #expect(ThreadDetector.postKind("div.blockpost rowodd#p") == "div.blockpost#p")
    #expect(ThreadDetector.postKind("div.blockpost firstpost rowodd#p") == "div.blockpost#p")
    #expect(ThreadDetector.postKind("div.blockpost roweven#p") == "div.blockpost#p")
    #expect(ThreadDetector.postKind("li.comment even thread-even") == "li.comment")
    #expect(ThreadDetector.postKind("div.alt post") == "div.post")
    #expect(ThreadDetector.postKind("li.message sectionMain uix_discussionAuthor uix_threadAuthor#post-") == "li.message sectionMain#post-")
    #expect(ThreadDetector.postKind("li.bypostauthor comment") == "li.comment")
  }

  @Test("classes that merely contain a marker word keep their meaning")
  func otherClassesStay() {
    #expect(ThreadDetector.postKind("div.post") == "div.post")
    #expect(ThreadDetector.postKind("div.firstHeadingOfTheSection postbody") == "div.firstHeadingOfTheSection postbody")
    #expect(ThreadDetector.postKind("section") == "section")
    // Markers alone still name a kind.
    #expect(ThreadDetector.postKind("div.post-last") == "div.post-last")
    #expect(ThreadDetector.postKind("div.author") == "div.author")
  }

  @Test("a board that stripes its posts odd and even is read as one thread")
  func stripedPostsFormOneThread() {
    let posts = [
      ("firstpost rowodd", "Kestrel", "2024-03-01 10:12:00", "Which filesystem do you use for a small home server with two disks? I would like snapshots, and I would like the setup to stay simple."),
      ("roweven", "Moth", "2024-03-01 11:40:10", "A mirrored pool gives you both, and scrubbing it once a month catches a failing disk early."),
      ("rowodd", "Wren", "2024-03-01 12:05:45", "Plain ext4 with a nightly copy to the second disk is simpler, though you lose the snapshots."),
      ("roweven", "Heron", "2024-03-02 08:30:00", "Whatever you pick, test a restore before you trust the backups with anything important."),
    ]
    let html = """
      <html><body><div id="brdmain">
      \(posts.map { """
      <div id="p\($0.2.filter(\.isNumber))" class="blockpost \($0.0)"><h2><span>\($0.2)</span></h2>
      <div class="box"><div class="postleft"><dl><dt>\($0.1)</dt></dl></div>
      <div class="postright"><div class="postmsg"><p>\($0.3)</p></div></div></div></div>
      """ }.joined(separator: "\n"))
      </div></body></html>
      """
    guard let record = record(html, format: .html) else { return }
    #expect(record.text.contains("Which filesystem do you use"))
    #expect(!record.text.contains("mirrored pool"))
    let comments = record.comments.map(\.text).joined(separator: "\n")
    #expect(comments.contains("mirrored pool"))
    #expect(comments.contains("Plain ext4"))
    #expect(comments.contains("test a restore"))
  }

  @Test("the opening post marked as the thread author's is still one of the thread's posts")
  func authorMarkedOpenerJoinsTheThread() {
    let posts = [
      ("message threadAuthor", "Kestrel", "Mar 1, 2024", "I have collected the hosts I tried over the years, with prices and what went wrong, so that newcomers can choose with fewer surprises."),
      ("message", "Moth", "Mar 2, 2024", "Thanks for the list; the second host moved my server to another region without telling me."),
      ("message", "Wren", "Mar 3, 2024", "Support at the third one answered within minutes every time I wrote to them."),
    ]
    let html = """
      <html><body><ol class="messageList">
      \(posts.enumerated().map { i, p in """
      <li id="post-\(100 + i)" class="\(p.0)"><div class="userText">\(p.1)</div>
      <div class="messageContent"><blockquote class="messageText">\(p.3)</blockquote></div>
      <div class="messageDetails">\(p.1), \(p.2)</div></li>
      """ }.joined(separator: "\n"))
      </ol></body></html>
      """
    guard let record = record(html, format: .html) else { return }
    #expect(record.text.contains("collected the hosts"))
    let comments = record.comments.map(\.text).joined(separator: "\n")
    #expect(comments.contains("another region"))
    #expect(comments.contains("within minutes"))
  }

  @Test("an opening post rendered in its own block above the replies is the thread's first post")
  func openerInItsOwnBlockLeadsTheThread() {
    let replies = [
      ("Moth", "Mar 2, 2024", "The second model runs quieter under load, though it is a little longer than the first."),
      ("Wren", "Mar 3, 2024", "Check the case clearance before ordering; mine did not fit without moving a drive cage."),
      ("Heron", "Mar 4, 2024", "Both carry the same chip, so the difference is mostly the cooler and the warranty terms."),
    ]
    func post(_ id: Int, _ classes: String, _ author: String, _ date: String, _ text: String) -> String {
      """
      <article class="message \(classes) message--post js-post" id="js-post-\(id)">
      <div class="message-cell--user"><h4 class="message-name">\(author)</h4></div>
      <div class="message-cell--main"><header class="message-attribution"><time>\(date)</time></header>
      <article class="message-body"><div class="bbWrapper">\(text)</div></article></div></article>
      """
    }
    let html = """
      <html><body>
      <div class="block-container"><div class="block-body">
      \(post(10, "message-threadStarterPost message--theme_firstPost", "Kestrel", "Mar 1, 2024",
        "I am choosing between two graphics cards built on the same chip and cannot tell which of them is the better buy for a quiet build."))
      </div></div>
      <div class="block-container"><div class="block-body">
      \(replies.enumerated().map { i, r in post(11 + i, "", r.0, r.1, r.2) }.joined(separator: "\n"))
      </div></div>
      </body></html>
      """
    guard let record = record(html, format: .html) else { return }
    #expect(record.text.contains("choosing between two graphics cards"))
    #expect(!record.text.contains("runs quieter"))
    let comments = record.comments.map(\.text).joined(separator: "\n")
    #expect(comments.contains("runs quieter"))
    #expect(comments.contains("case clearance"))
    #expect(comments.contains("same chip, so"))
  }
}

/// `postKind` finds the (rare) signature holding a marker on the bytes; this is the reading it
/// must agree with, token by token as Strings.
@Suite("Post kinds: the byte reading agrees with the string reading")
struct PostKindAgreementTests {
  static func reference(_ signature: String) -> String {
    guard let dot = signature.firstIndex(of: ".") else { return signature }
    let hash = signature[dot...].firstIndex(of: "#") ?? signature.endIndex
    let classes = signature[signature.index(after: dot)..<hash].split(separator: " ")
    guard classes.contains(where: ThreadDetector.isRowMarker) else { return signature }
    let kept = classes.filter { !ThreadDetector.isRowMarker($0) }
    guard !kept.isEmpty else { return signature }
    return String(signature[..<dot]) + "." + kept.joined(separator: " ") + signature[hash...]
  }

  @Test("generated signatures of marker-like and ordinary tokens")
  func generated() {
    var random = SplitMix64(seed: 23)
    let tokens = ["post", "odd", "Row-Odd", "even", "seven", "first", "firstpost", "FirstHeadingOfTheSection", "last",
                  "is_last", "alt", "ALTERNATE", "op", "is-op", "author", "threadAuthor", "bypostauthor", "owner",
                  "starter", "x-even-y", "lastname", "é-odd", "odd\r", "", "a.b", "c#d", "-_-"]
    let tags = ["div", "li", "a.b", "p", "x\u{301}"]
    for _ in 0..<3000 {
      var signature = tags[Int(random.next() % UInt64(tags.count))]
      if random.next() % 5 != 0 {
        signature += "."
        for k in 0..<Int(random.next() % 4) {
          if k > 0 { signature += random.next() % 6 == 0 ? "  " : " " }
          signature += tokens[Int(random.next() % UInt64(tokens.count))]
        }
      }
      if random.next() % 3 == 0 { signature += "#post-" }
      #expect(ThreadDetector.postKind(signature) == Self.reference(signature), "\(signature)")
    }
  }
}
