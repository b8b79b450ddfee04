import Testing

@testable import NewsClean

/// A page's `<main>` is its dominant content; a sign-up box outside it, written as two sentences of
/// marketing prose, must not outvote a product's short specification lines inside it.
@Suite struct MainLandmarkTests {
  static let specs = """
    <main><div class="p1"><h1>Wool coat - navy</h1><p>€149.00 VAT included</p>
    <div class="d1"><div class="d2"><dl>
    <div class="r"><dt>Outer fabric:</dt><dd>Wool blend, brushed finish for a soft touch, woven in Portugal.</dd></div>
    <div class="r"><dt>Care:</dt><dd>Dry clean only, do not tumble dry, iron on a low setting.</dd></div>
    <div class="r"><dt>Lining:</dt><dd>Viscose lining throughout, with an inner pocket that closes with a zip.</dd></div>
    <div class="r"><dt>Fit:</dt><dd>Regular fit, falls just above the knee on a model who is 1.80 m tall.</dd></div>
    <div class="r"><dt>Collar:</dt><dd>Notch lapel</dd></div><div class="r"><dt>Fastening:</dt><dd>Buttons</dd></div>
    </dl></div></div></div></main>
    """

  static let signup = """
    <div class="x9"><div class="k2"><div class="q7"><h2>Deals, drops and trends</h2>
    <div class="w3">Enjoy discounts, find fashion inspiration and discover fresh arrivals with our curated newsletters, sent every week. We never share your address, and you can unsubscribe at any time without costs, in one click.</div>
    </div></div><form><label>Your email address</label><button>Subscribe</button></form></div>
    """

  static let page = """
    <html><head><title>Wool coat</title></head><body>
    <nav><a href="/">Home</a> <a href="/women">Women</a> <a href="/men">Men</a></nav>
    \(specs)
    \(signup)
    <footer><p>© Shop Ltd.</p></footer>
    </body></html>
    """

  @Test("a sign-up box outside the page's <main> does not win over the short lines inside it")
  func signupOutsideMainLoses() {
    guard let record = record(Self.page, format: .html) else { return }
    #expect(record.text.contains("Dry clean only"))
    #expect(!record.text.contains("curated newsletters"))
  }

  @Test("widening from inside <main> stops at <main>: a page wrapper beyond it takes in the sign-up box")
  func wideningStopsAtMain() {
    let wrapped = """
      <html><head><title>Wool coat</title></head><body><div class="page">
      <nav><a href="/">Home</a> <a href="/women">Women</a> <a href="/men">Men</a></nav>
      \(Self.specs)
      \(Self.signup)
      </div><footer><p>© Shop Ltd.</p></footer>
      </body></html>
      """
    guard let record = record(wrapped, format: .html) else { return }
    #expect(record.text.contains("Dry clean only"))
    #expect(!record.text.contains("curated newsletters"))
  }

  @Test("a winner that wraps <main> is kept: it already holds the landmark")
  func wrapperOfMainKept() {
    // div#0 > main#1 > div#2 > p#3, and div#0 > div#4 > p#5.
    let structure = PageStructure(parents: [-1, 0, 1, 2, 0, 4], tags: ["div", "main", "div", "p", "div", "p"], roles: Array(repeating: [], count: 6), signatures: Array(repeating: "", count: 6))
    #expect(MainLandmark.confine(0, landmark: MainLandmark.sole(in: structure), score: [5, 0, 1, 0, 0, 0], structure: structure) == 0)
    // Outside <main>, with a competing vote inside it: the best inside wins.
    #expect(MainLandmark.confine(4, landmark: MainLandmark.sole(in: structure), score: [0, 0, 2, 0, 5, 0], structure: structure) == 2)
    // Too weak a vote inside <main> (under a fifth of the winner's): the winner stays.
    #expect(MainLandmark.confine(4, landmark: MainLandmark.sole(in: structure), score: [0, 0, 0.5, 0, 5, 0], structure: structure) == 4)
  }

  @Test("a page with two <main> elements (a misused landmark) keeps its winner")
  func twoMainsIgnored() {
    let structure = PageStructure(parents: [-1, 0, 0, 2], tags: ["body", "main", "main", "div"], roles: Array(repeating: [], count: 4), signatures: Array(repeating: "", count: 4))
    #expect(MainLandmark.confine(3, landmark: MainLandmark.sole(in: structure), score: [0, 4, 0, 5], structure: structure) == 3)
  }
}
