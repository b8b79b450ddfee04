import Foundation
import Testing

@testable import NewsClean

/// Whole pages through `PagePipeline`: small hand-written boards and articles in, records out.
@Suite struct PipelineTests {
  @Test("a GnuBoard-style Korean post loses its board chrome and keeps its three paragraphs")
  func gnuBoardKorean() {
    assertCleans(
      html: """
        <!doctype html>
        <html lang="ko"><head><meta charset="utf-8"><title>마을버스 노선 개편안 확정 > 자유게시판 | 동네소식</title></head>
        <body>
        <div id="hd"><h1 class="logo"><a href="/">동네소식</a></h1>
          <ul class="gnb"><li><a href="/">홈</a></li><li><a href="/free">자유게시판</a></li><li><a href="/notice">공지사항</a></li></ul></div>
        <div id="container">
        <article id="bo_v">
          <header><h2 id="bo_v_title"><span class="bo_v_tit">마을버스 노선 개편안 확정</span></h2></header>
          <section id="bo_v_info"><h2>페이지 정보</h2>
            <span class="sv_member">관리자</span> <span class="sound_only">작성일</span><strong class="if_date">24-11-10 14:03</strong>
            <strong>조회 1,204회</strong></section>
          <section id="bo_v_atc"><h2 id="bo_v_atc_title">본문</h2>
            <div id="bo_v_con">구청은 다음 달부터 마을버스 3번과 5번 노선을 통합해 운행한다고 밝혔다.<br><br>새 노선은 시장 입구와 구민회관을 거쳐 역 앞까지 이어지며, 배차 간격은 12분으로 줄어든다.<br><br>주민 설명회는 이번 주 토요일 오후 2시 구민회관 대강당에서 열린다.</div>
          </section>
          <ul class="bo_v_nb">
            <li class="btn_prv"><span class="nb_tit">이전글</span><a href="/free/11">도서관 야간 개방 연장</a><span class="nb_date">24.11.09</span></li>
            <li class="btn_next"><span class="nb_tit">다음글</span><a href="/free/13">김장 나눔 행사 안내</a><span class="nb_date">24.11.11</span></li>
          </ul>
          <section id="bo_vc"><h2>댓글목록</h2><p id="bo_vc_empty">등록된 댓글이 없습니다.</p></section>
        </article>
        </div>
        <div id="ft"><p>Copyright © 동네소식 All rights reserved.</p></div>
        </body></html>
        """,
      title: "마을버스 노선 개편안 확정",
      body: [
        "구청은 다음 달부터 마을버스 3번과 5번 노선을 통합해 운행한다고 밝혔다.",
        "새 노선은 시장 입구와 구민회관을 거쳐 역 앞까지 이어지며, 배차 간격은 12분으로 줄어든다.",
        "주민 설명회는 이번 주 토요일 오후 2시 구민회관 대강당에서 열린다.",
      ],
      removed: ["페이지 정보", "조회", "이전글", "도서관 야간 개방", "등록된 댓글이 없습니다", "Copyright", "공지사항"])
  }

  @Test("a Korean board post's comments are set apart with their authors and dates")
  func koreanComments() {
    let html = """
      <html lang="ko"><head><title>경로당 난방비 지원 신청 안내 > 공지사항 | 동네소식</title></head><body>
      <article id="bo_v">
        <h2 id="bo_v_title">경로당 난방비 지원 신청 안내</h2>
        <div id="bo_v_con"><p>올겨울 경로당 난방비 지원 신청을 12월 1일부터 동 주민센터에서 받습니다.</p><p>신청서는 경로당 회장이 작성해 제출하면 되고, 지원금은 다음 달 말에 지급됩니다.</p></div>
        <section id="bo_vc"><h2>댓글목록</h2>
          <article id="c_101" class="cmt_item"><header><div class="member">새싹엄마</div><div class="cmt_date"><time>24.11.12 09:30</time></div></header><div class="cmt_contents"><p>우리 경로당도 꼭 신청하겠습니다. 안내 감사합니다.</p></div></article>
          <article id="c_102" class="cmt_item"><header><div class="member">텃밭지기</div><div class="cmt_date"><time>24.11.12 10:05</time></div></header><div class="cmt_contents"><p>신청서 양식은 주민센터에 가면 받을 수 있나요?</p></div></article>
        </section>
      </article></body></html>
      """
    assertCleans(
      html: html,
      title: "경로당 난방비 지원 신청 안내",
      body: [
        "올겨울 경로당 난방비 지원 신청을 12월 1일부터 동 주민센터에서 받습니다.",
        "신청서는 경로당 회장이 작성해 제출하면 되고, 지원금은 다음 달 말에 지급됩니다.",
      ],
      removed: ["새싹엄마", "감사합니다", "댓글목록"],
      comments: ["우리 경로당도 꼭 신청하겠습니다. 안내 감사합니다.", "신청서 양식은 주민센터에 가면 받을 수 있나요?"])
    guard let record = record(html, format: .html) else { return }
    #expect(record.comments.map(\.author) == ["새싹엄마", "텃밭지기"])
    #expect(record.comments.map(\.date) == ["24.11.12 09:30", "24.11.12 10:05"])
  }

  /// A phpBB (prosilver) topic page: three posts, the first one the article.
  static let phpBBTopic = """
      <html lang="en"><head><title>Anyone else's tomatoes splitting this year? - Veg Patch - Allotment Forum</title></head><body>
      <div id="wrap" class="wrap">
      <div id="page-header" class="headerbar"><div class="navbar"><ul class="nav-main"><li><a href="/faq">FAQ</a></li><li><a href="/login">Login</a></li><li><a href="/register">Register</a></li></ul></div></div>
      <div id="page-body" class="page-body" role="main">
      <h2 class="topic-title"><a href="/viewtopic.php?t=42">Anyone else's tomatoes splitting this year?</a></h2>
      <div class="action-bar"><a class="button" href="/posting.php">Post Reply</a></div>
      <div id="p101" class="post bg2"><div class="inner">
        <dl class="postprofile" id="profile101"><dt>gardenfan</dt><dd>Posts: 132</dd><dd>Joined: Mar 2021</dd></dl>
        <div class="postbody">
          <p class="author">by <strong>gardenfan</strong> » Sat Jun 15, 2024 8:12 am</p>
          <div class="content">My tomatoes have started splitting just as they ripen, mostly the big beefsteak ones. I water them every evening, so I don't think they're drying out. Has anyone else seen this, and is there anything I can do before the rest of the crop goes the same way?</div>
        </div>
      </div></div>
      <div id="p102" class="post bg1"><div class="inner">
        <dl class="postprofile" id="profile102"><dt>plotholder7</dt><dd>Posts: 2048</dd><dd>Joined: Jan 2015</dd></dl>
        <div class="postbody">
          <p class="author">by <strong>plotholder7</strong> » Sat Jun 15, 2024 9:40 am</p>
          <div class="content">Splitting usually comes from uneven watering rather than too little. A long dry spell followed by a heavy soak makes the fruit swell faster than the skin can stretch.</div>
        </div>
      </div></div>
      <div id="p103" class="post bg2"><div class="inner">
        <dl class="postprofile" id="profile103"><dt>gardenfan</dt><dd>Posts: 132</dd><dd>Joined: Mar 2021</dd></dl>
        <div class="postbody">
          <p class="author">by <strong>gardenfan</strong> » Sat Jun 15, 2024 6:02 pm</p>
          <div class="content">Thanks, that makes sense. We had a very hot week and then two days of storms, so I will try a little water every morning instead.</div>
        </div>
      </div></div>
      </div>
      <div id="page-footer" class="page-footer"><p>Powered by phpBB Forum Software © phpBB Limited</p></div>
      </div></body></html>
      """

  @Test("a phpBB-style thread: the first post is the article, the replies are comments")
  func phpBBThread() {
    assertCleans(
      html: Self.phpBBTopic,
      title: "Anyone else's tomatoes splitting this year?",
      body: [
        "My tomatoes have started splitting just as they ripen, mostly the big beefsteak ones. I water them every evening, so I don't think they're drying out. Has anyone else seen this, and is there anything I can do before the rest of the crop goes the same way?"
      ],
      removed: ["Post Reply", "Posts: 132", "Joined", "Powered by", "uneven watering", "Register"],
      comments: [
        "Splitting usually comes from uneven watering rather than too little. A long dry spell followed by a heavy soak makes the fruit swell faster than the skin can stretch.",
        "Thanks, that makes sense. We had a very hot week and then two days of storms, so I will try a little water every morning instead.",
      ])
  }

  @Test("each phpBB reply carries its author")
  func phpBBReplyAuthors() {
    guard let record = record(Self.phpBBTopic, format: .html) else { return }
    #expect(record.comments.map(\.author) == ["plotholder7", "gardenfan"])
  }

  @Test("each phpBB reply carries the date from its byline")
  func phpBBReplyDates() {
    guard let record = record(Self.phpBBTopic, format: .html) else { return }
    #expect(record.comments.map(\.date) == ["Jun 15, 2024", "Jun 15, 2024"])
  }

  @Test("replies stay separate comments when the page's layout divs carry only ids")
  func phpBBLayoutWithIdsOnly() {
    let page = Self.phpBBTopic
      .replacingOccurrences(of: #" class="headerbar""#, with: "")
      .replacingOccurrences(of: #" class="page-body""#, with: "")
      .replacingOccurrences(of: #" class="page-footer""#, with: "")
    guard let record = record(page, format: .html) else { return }
    #expect(record.comments.count == 2)
  }

  @Test("an author beside the date in a comment header is the comment's author")
  func commentAuthorBesideDate() {
    let html = """
      <html lang="ko"><head><title>경로당 난방비 지원 신청 안내</title></head><body>
      <article id="bo_v"><h2 id="bo_v_title">경로당 난방비 지원 신청 안내</h2>
        <div id="bo_v_con"><p>올겨울 경로당 난방비 지원 신청을 12월 1일부터 동 주민센터에서 받습니다.</p></div>
        <section id="bo_vc">
          <article id="c_101" class="cmt_item"><header><span class="member">새싹엄마</span> <time>24.11.12 09:30</time></header><p>우리 경로당도 꼭 신청하겠습니다.</p></article>
          <article id="c_102" class="cmt_item"><header><span class="member">텃밭지기</span> <time>24.11.12 10:05</time></header><p>신청서 양식은 어디서 받나요?</p></article>
        </section>
      </article></body></html>
      """
    guard let record = record(html, format: .html) else { return }
    #expect(record.comments.map(\.date) == ["24.11.12 09:30", "24.11.12 10:05"])
    #expect(record.comments.map(\.author) == ["새싹엄마", "텃밭지기"])
  }

  @Test("a Japanese blog post drops its empty-comments notice, photo credit and neighbour links")
  func japaneseBlog() {
    assertCleans(
      html: """
        <html lang="ja"><head><title>商店街の夏祭り、今年は二日間に拡大 | みなと町ブログ</title></head><body>
        <header id="masthead"><p class="site-title"><a href="/">みなと町ブログ</a></p>
          <nav><ul><li><a href="/">ホーム</a></li><li><a href="/contact">お問い合わせ</a></li></ul></nav></header>
        <div id="content"><article class="post">
          <h1 class="entry-title">商店街の夏祭り、今年は二日間に拡大</h1>
          <div class="entry-meta">投稿日：2024年7月20日 投稿者：みなと</div>
          <div class="entry-content">
            <p>みなと町商店街の夏祭りが、今年は8月3日と4日の二日間にわたって開かれることになりました。</p>
            <p>実行委員会によると、昨年は来場者が予想を大きく上回り、屋台の前に長い列ができたため、日程を延ばすことにしたそうです。</p>
            <p>写真：実行委員会提供</p>
            <p>初日の夜には港の広場で盆踊りが行われ、二日目には子ども向けのすいか割り大会も予定されています。</p>
          </div>
          <div class="post-navigation"><p><a href="/p/101">前の記事 梅雨の晴れ間に</a></p><p><a href="/p/103">次の記事 花火大会の準備</a></p></div>
        </article>
        <div id="comments"><h3>コメント</h3><p>コメントはまだありません。</p></div>
        </div>
        <footer><p>© 2024 みなと町ブログ</p></footer>
        </body></html>
        """,
      title: "商店街の夏祭り、今年は二日間に拡大",
      body: [
        "みなと町商店街の夏祭りが、今年は8月3日と4日の二日間にわたって開かれることになりました。",
        "実行委員会によると、昨年は来場者が予想を大きく上回り、屋台の前に長い列ができたため、日程を延ばすことにしたそうです。",
        "初日の夜には港の広場で盆踊りが行われ、二日目には子ども向けのすいか割り大会も予定されています。",
      ],
      removed: ["コメントはまだありません", "写真：", "前の記事", "投稿日", "ホーム", "©"])
  }

  @Test("a Chinese community page drops 上一篇/下一篇, its info line and 暂无评论")
  func chineseCommunityPage() {
    assertCleans(
      html: """
        <html lang="zh-CN"><head><title>社区图书馆延长周末开放时间 - 城东社区网</title></head><body>
        <div class="header"><div class="nav"><a href="/">首页</a> <a href="/news">社区新闻</a> <a href="/service">便民服务</a></div></div>
        <div class="main"><div class="article">
          <h1>社区图书馆延长周末开放时间</h1>
          <div class="info">发布时间：2024-05-18 10:30 来源：城东社区 阅读：2345</div>
          <div class="content">
            <p>从下个月起，城东社区图书馆周六和周日的开放时间将延长到晚上九点。</p>
            <p>图书馆负责人表示，近来周末来借书和自习的居民越来越多，不少人希望晚上也能使用阅览室。</p>
            <p>延长开放期间，图书馆还将增加两名志愿者，协助居民办理借还手续。</p>
          </div>
          <div class="prevnext"><p>上一篇：社区卫生服务站搬迁通知</p><p>下一篇：夏季用电安全提示</p></div>
          <div class="comment"><h3>评论</h3><p>暂无评论</p></div>
        </div></div>
        <div class="footer"><p>版权所有 © 2024 城东社区网 京ICP备00000000号</p></div>
        </body></html>
        """,
      title: "社区图书馆延长周末开放时间",
      body: [
        "从下个月起，城东社区图书馆周六和周日的开放时间将延长到晚上九点。",
        "图书馆负责人表示，近来周末来借书和自习的居民越来越多，不少人希望晚上也能使用阅览室。",
        "延长开放期间，图书馆还将增加两名志愿者，协助居民办理借还手续。",
      ],
      removed: ["上一篇", "下一篇", "暂无评论", "发布时间", "版权所有", "便民服务"])
  }

  @Test("a scraped board dump loses its chrome lines and second copy, and its spliced spam URL")
  func koreanDump() {
    let dump = """
      동네소식
      자유게시판
      마을 텃밭 분양 신청 안내
      페이지 정보
      관리자
      24-03-02 09:15
      조회 318회
      본문
      올해 마을 텃밭 분양 신청을 3월 11일부터 주민센터에서 받습니다. 한 가구당 https://toto-casino.test/join 한 구획만 신청할 수 있습니다.
      분양 결과는 추첨으로 정하며, 3월 20일 게시판에 공지합니다. 문의는 주민센터 2층 민원실로 해 주세요.
      올해 마을 텃밭 분양 신청을 3월 11일부터 주민센터에서 받습니다. 한 가구당 한 구획만 신청할 수 있습니다.
      분양 결과는 추첨으로 정하며, 3월 20일 게시판에 공지합니다. 문의는 주민센터 2층 민원실로 해 주세요.
      이전글 경로당 난방비 지원 24.02.28
      다음글 봄맞이 대청소 일정 24.03.05
      댓글목록
      새싹엄마 24.03.02 11:20
      작년에 분양받았는데 정말 좋았어요. 올해도 신청합니다.
      텃밭지기 24.03.02 13:05
      추첨 결과 꼭 확인하세요!
      Copyright © 동네소식. All rights reserved.
      """
    assertCleans(
      text: dump,
      title: "마을 텃밭 분양 신청 안내",
      body: [
        "올해 마을 텃밭 분양 신청을 3월 11일부터 주민센터에서 받습니다. 한 가구당 한 구획만 신청할 수 있습니다.",
        "분양 결과는 추첨으로 정하며, 3월 20일 게시판에 공지합니다. 문의는 주민센터 2층 민원실로 해 주세요.",
      ],
      spam: ["https://toto-casino.test/join"],
      removed: ["페이지 정보", "본문", "조회", "이전글", "다음글", "댓글목록", "새싹엄마", "Copyright", "자유게시판"],
      comments: ["작년에 분양받았는데 정말 좋았어요. 올해도 신청합니다.", "추첨 결과 꼭 확인하세요!"])
    guard let record = record(dump, format: .text) else { return }
    #expect(record.duplicates.withinDocument.found)
    #expect(record.duplicates.withinDocument.removedParagraphs == 2)
    #expect(record.comments.map(\.author) == ["새싹엄마", "텃밭지기"])
  }

  @Test("an English article: injected links are removed, a hijacked word stays, hidden links are reported")
  func englishArticleWithInjectedLinks() {
    assertCleans(
      html: """
        <html lang="en"><head><title>Harbour ferry returns after winter repairs | Bayside Courier</title>
        <meta property="og:site_name" content="Bayside Courier"></head><body>
        <nav class="site-nav"><a href="/">Home</a> <a href="/local">Local</a> <a href="/sport">Sport</a></nav>
        <main><article class="story">
          <h1>Harbour ferry returns after winter repairs</h1>
          <p class="byline">By Dana Whitlock</p>
          <p>The harbour ferry resumed its crossings on Monday after three months in dry dock, the port authority said.</p>
          <p>Engineers replaced both propeller shafts and repainted the hull, and crews called the <a href="https://cheap-pills.test/buy">overhaul</a> long overdue.</p>
          <p>Tickets can be bought on board or at the kiosk <a href="https://lucky-slots.test/">best online casino</a> beside the pier.</p>
          <p>The port authority has published <a href="https://port.example/ferry-timetable">the new timetable</a> for the summer season.</p>
          <div style="display:none"><a href="https://bet-bonus.test/">sports betting bonus</a></div>
          <p>Follow us on Instagram for more harbour news.</p>
        </article></main>
        <footer><p>© 2024 Bayside Courier</p></footer>
        </body></html>
        """,
      title: "Harbour ferry returns after winter repairs",
      body: [
        "The harbour ferry resumed its crossings on Monday after three months in dry dock, the port authority said.",
        "Engineers replaced both propeller shafts and repainted the hull, and crews called the overhaul long overdue.",
        "Tickets can be bought on board or at the kiosk beside the pier.",
        "The port authority has published the new timetable for the summer season.",
      ],
      spam: ["https://cheap-pills.test/buy", "https://lucky-slots.test/", "https://bet-bonus.test/"],
      removed: ["best online casino", "sports betting bonus", "Follow us", "Home", "©", "Dana Whitlock"])
  }

  @Test("cited and bracketed URLs stay in the text; a spliced one goes")
  func bareURLs() {
    let html = """
      <html lang="en"><head><title>Ferry passenger numbers up by a third</title></head><body>
      <article>
        <h1>Ferry passenger numbers up by a third</h1>
        <p>Passenger numbers on the island ferry rose by a third last year, according to figures released on Tuesday. Source: https://stats.example/ferry-2023</p>
        <p>The operator said the new summer timetable (https://port.example/timetable) helped, and https://quick-loans.test/apply commuters welcomed the later crossings.</p>
        <p>The figures will be discussed at the next harbour board meeting in April.</p>
      </article></body></html>
      """
    assertCleans(
      html: html,
      title: "Ferry passenger numbers up by a third",
      body: [
        "Passenger numbers on the island ferry rose by a third last year, according to figures released on Tuesday. Source: https://stats.example/ferry-2023",
        "The operator said the new summer timetable (https://port.example/timetable) helped, and commuters welcomed the later crossings.",
        "The figures will be discussed at the next harbour board meeting in April.",
      ],
      spam: ["https://quick-loans.test/apply"],
      removed: ["quick-loans"])
    guard let record = record(html, format: .html) else { return }
    #expect(record.links == ["https://stats.example/ferry-2023", "https://port.example/timetable"])
  }

  @Test("a WordPress-style post with no comments yet keeps only its article")
  func englishBlogNoComments() {
    assertCleans(
      html: """
        <html lang="en"><head><title>Seed swap this Saturday &#8211; Westside Growers</title></head><body class="single">
        <div id="page"><header id="masthead" class="site-header"><p class="site-title">Westside Growers</p>
          <nav class="main-navigation"><ul><li><a href="/">Home</a></li><li><a href="/about">About</a></li></ul></nav></header>
        <div id="primary" class="content-area"><main id="main">
          <article class="post type-post">
            <header class="entry-header"><h1 class="entry-title">Seed swap this Saturday</h1>
              <div class="entry-meta">Posted on March 2, 2024 by Priya</div></header>
            <div class="entry-content">
              <p>Our spring seed swap takes place this Saturday from ten until one in the church hall on Mill Lane.</p>
              <p>Bring any spare seeds in labelled envelopes; tomatoes, beans and squash are always in demand. Tea and cake will be served.</p>
            </div>
            <footer class="entry-footer">Posted in Events | Tagged seeds, swap</footer>
          </article>
          <nav class="navigation post-navigation"><div class="nav-previous"><a href="/p/7">Previous post: Pruning day recap</a></div></nav>
          <div id="comments" class="comments-area"><p class="no-comments">No comments yet.</p></div>
        </main></div>
        <footer id="colophon"><p>Proudly powered by WordPress</p></footer>
        </div></body></html>
        """,
      title: "Seed swap this Saturday",
      body: [
        "Our spring seed swap takes place this Saturday from ten until one in the church hall on Mill Lane.",
        "Bring any spare seeds in labelled envelopes; tomatoes, beans and squash are always in demand. Tea and cake will be served.",
      ],
      removed: ["No comments yet", "Posted in", "Previous post", "powered by"])
  }

  @Test("the comment form under a post is not a comment")
  func commentFormIsNotAComment() {
    let html = """
      <html lang="en"><head><title>Seed swap this Saturday</title></head><body>
      <article class="post"><h1 class="entry-title">Seed swap this Saturday</h1>
        <div class="entry-content"><p>Our spring seed swap takes place this Saturday from ten until one in the church hall on Mill Lane.</p></div>
      </article>
      <div id="comments" class="comments-area">
        <div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Reply</h3>
          <form action="/wp-comments-post.php" method="post" id="commentform" class="comment-form">
            <p class="comment-notes"><span id="email-notes">Your email address will not be published.</span></p>
            <p class="comment-form-comment"><label for="comment">Comment</label> <textarea id="comment" name="comment"></textarea></p>
          </form></div></div>
      </body></html>
      """
    assertCleans(
      html: html, title: "Seed swap this Saturday",
      body: ["Our spring seed swap takes place this Saturday from ten until one in the church hall on Mill Lane."],
      comments: [])
  }

  @Test("a page with nothing but chrome is rejected, not emitted empty")
  func onlyChrome() {
    let html = """
      <html><body><nav><a href="/">Home</a> <a href="/login">Login</a></nav><p>Reply</p><footer><p>© 2024 Example</p></footer></body></html>
      """
    guard case .drop(let rejection) = clean(html, format: .html) else {
      Issue.record("a page of chrome gave a record")
      return
    }
    #expect(rejection.reason == "empty-after-cleaning")
  }
}
