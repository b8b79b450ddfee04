/// Words and phrases that board and CMS software print around a post, in many languages.
///
/// These are the interface strings of the software (labels, buttons, navigation, notices), not
/// the words of any one page, so they carry over to unseen boards in the same language. Matching
/// is on a normalised form: lower-cased, surrounding punctuation and symbols removed, inner white
/// space collapsed. A phrase matches a block only when it is (nearly) the whole block.
enum ChromeLexicon {
  /// Labels, buttons and menu words that form a block on their own.
  static let labels: Set<String> = normalizedSet([
    // Korean boards (GnuBoard, XE/Rhymix, Naver-style cafes)
    "페이지 정보", "본문", "목록", "목록으로", "목록보기", "글목록", "답변", "답글", "답글쓰기", "글쓰기", "쓰기", "수정", "삭제",
    "추천", "비추천", "신고", "스크랩", "인쇄", "공유", "공유하기", "댓글", "댓글목록", "댓글 목록", "댓글쓰기", "댓글 쓰기",
    "댓글달기", "로그인", "로그아웃", "회원가입", "검색", "이전", "다음", "이전글", "다음글", "이전 글", "다음 글", "윗글", "아랫글",
    "번호", "제목", "글쓴이", "작성자", "날짜", "작성일", "등록일", "조회", "조회수", "조회 수", "추천수", "첨부파일", "관련링크",
    "전체메뉴", "메뉴", "홈", "맨위로", "위로", "상단으로", "새글", "최신글", "인기글", "공지", "공지사항", "이 게시물을", "엮인글",
    "트랙백", "태그", "카테고리", "분류", "회원정보", "쪽지보내기", "메일보내기", "자기소개", "전체게시물", "게시판", "더보기",
    "닫기", "확인", "취소", "등록", "댓글등록", "비밀글", "마이페이지", "사이트맵", "이용약관", "개인정보처리방침",
    "개인정보취급방침", "이메일무단수집거부", "회사소개", "고객센터", "광고문의", "제휴문의", "전체보기", "좋아요", "싫어요",
    "퍼가기", "url 복사", "주소복사", "링크복사", "카카오톡", "카카오스토리", "네이버 블로그", "밴드", "페이스북", "트위터",
    "본문 바로가기", "메뉴 바로가기", "바로가기", "전체", "최근글", "인기검색어", "실시간", "모바일", "pc버전", "게시물 검색",
    "이름", "비밀번호", "내용", "자동등록방지", "작성", "댓글 등록", "보내기", "구독", "구독하기", "팔로우", "기사 공유",
    "기사목록", "다른기사", "관련기사", "많이 본 기사", "주요뉴스", "포토", "동영상", "원문보기", "원문", "목차",
    // English
    "home", "menu", "search", "login", "log in", "logout", "log out", "sign in", "sign up", "register", "share", "share this",
    "share on facebook", "share on twitter", "tweet", "print", "email", "e-mail", "facebook", "twitter", "linkedin",
    "reddit", "whatsapp", "pinterest", "telegram", "copy link", "reply", "quote", "report", "back to top", "top",
    "previous", "next", "prev", "previous post", "next post", "previous article", "next article", "older posts",
    "newer posts", "older", "newer", "related", "related posts", "related articles", "related stories", "read more",
    "continue reading", "leave a reply", "leave a comment", "comments", "comment", "add comment", "post comment",
    "submit", "posted in", "tags", "tagged", "categories", "category", "skip to content", "skip to main content",
    "subscribe", "newsletter", "advertisement", "sponsored", "sponsored content", "go to top", "jump to", "contents",
    "table of contents", "permalink", "edit", "like", "likes", "follow", "follow us", "more", "more stories",
    "most read", "most popular", "trending", "latest news", "recent posts", "recent comments", "archives", "meta",
    "posts", "views", "replies", "author", "date", "topic", "forum", "board index", "quick links", "faq", "members",
    "profile", "private messages", "new posts", "unanswered topics", "active topics", "mark forums read", "post reply",
    "new topic", "display posts from previous", "sort by", "jump to page", "top of page", "back to list", "list",
    "write", "delete", "modify", "recommend", "scrap", "notice", "close", "cancel", "ok", "send", "name", "website",
    "save my name, email, and website in this browser for the next time i comment", "cookie settings", "accept",
    "accept all", "privacy policy", "terms of use", "terms of service", "contact", "contact us", "about", "about us",
    "sitemap", "rss", "feed", "photo", "video", "audio", "gallery", "image", "click here", "learn more",
    "categorized as", "post navigation", "says", "filed under", "member", "new member", "well-known member",
    "messages", "reaction score", "points", "joined", "watch", "thread starter", "start date", "share this post",
    "click to expand", "click to shrink", "location", "native language", "home country", "current location", "gender", "occupation",
    "reputation", "solved", "upvote", "downvote", "report", "bookmark", "permalink", "quote reply",
    "report to moderator", "logged", "link to comment", "link to post", "multiquote", "report post", "thanks",
    // A poster's presence beside the post (FluxBB, phpBB, SMF, MyBB): whether they are signed in now.
    "offline", "online", "hors ligne", "en ligne", "desconectado", "conectado", "non in linea", "in linea", "не в сети", "в сети",
    // Question-and-answer sites (the Stack Exchange network's furniture, and the same words elsewhere)
    "add a comment", "show more comments", "improve this answer", "improve this question", "reset to default",
    "highest score (default)", "follow this question to receive notifications", "share improve this answer follow",
    "share improve this question follow", "gold badges", "silver badges", "bronze badges", "silver badges bronze badges",
    "gold badges silver badges bronze badges", "answered", "asked", "edited", "sign me up", "loading",
    // Japanese
    "より", "ホーム", "トップ", "メニュー", "検索", "ログイン", "ログアウト", "新規登録", "会員登録", "共有", "シェア", "ツイート", "印刷",
    "返信", "引用", "通報", "前の記事", "次の記事", "前へ", "次へ", "一覧", "一覧に戻る", "一覧へ", "関連記事", "人気記事",
    "コメント", "コメントする", "コメントを書く", "コメントを投稿", "投稿", "投稿する", "名前", "本文", "戻る", "ページトップ",
    "このページの先頭へ", "ページの先頭へ", "広告", "タグ", "カテゴリー", "カテゴリ", "掲示板に戻る", "全部読む", "最新50",
    "板のトップ", "スレッド一覧", "書き込む", "いいね", "ブックマーク", "はてなブックマーク", "続きを読む", "もっと見る",
    "新着記事", "ランキング", "お知らせ", "サイトマップ", "プライバシーポリシー", "利用規約", "お問い合わせ", "目次",
    "レス", "スレ", "投稿日", "投稿者", "閲覧数",
    // Chinese
    "首页", "主页", "菜单", "搜索", "登录", "注册", "立即注册", "分享", "分享到", "打印", "回复", "引用", "举报", "上一篇",
    "下一篇", "上一主题", "下一主题", "返回列表", "返回顶部", "相关文章", "相关阅读", "热门文章", "评论", "发表评论",
    "收藏", "设为首页", "收藏本站", "门户", "论坛", "群组", "排行榜", "帮助", "只看该作者", "楼主", "沙发", "板凳", "地板",
    "手机版", "广告", "标签", "分类", "电梯直达", "使用道具", "复制链接", "积分", "发表于", "查看", "回复", "快速回复",
    "发帖", "发新帖", "回帖", "点评", "支持", "反对", "本版积分规则", "小黑屋", "联系我们", "网站地图", "关于我们", "免责声明",
    "阅读全文", "展开全文", "更多", "上一页", "下一页", "目录", "推荐阅读", "猜你喜欢", "热门推荐", "责任编辑", "来源",
    "作者", "时间", "阅读", "点赞", "转发", "编辑", "删除",
    // Vietnamese
    "trang chủ", "diễn đàn", "thành viên", "đăng nhập", "đăng ký", "đăng xuất", "tìm kiếm", "trả lời", "trích dẫn",
    "báo cáo", "trả lời nhanh", "bình luận", "chia sẻ", "bài viết", "tham gia", "xem thêm", "quay lại", "gửi",
    "thích", "tin liên quan", "tin mới", "danh mục", "liên hệ",
    // Russian
    "главная", "форум", "войти", "вход", "регистрация", "поиск", "ответить", "цитата", "пожаловаться",
    "комментарии", "поделиться", "читайте также", "назад", "далее", "подробнее", "рубрики", "теги", "отправить",
    "нравится", "контакты", "о нас", "реклама",
    // Spanish, Portuguese, French, German, Indonesian
    "inicio", "buscar", "responder", "citar", "compartir", "comentarios", "entrar", "registrarse", "leer más",
    "início", "pesquisar", "compartilhar", "comentários", "entrar", "cadastre-se", "leia mais",
    "accueil", "rechercher", "répondre", "citer", "partager", "commentaires", "connexion", "s'inscrire", "lire la suite",
    "startseite", "suche", "antworten", "zitieren", "teilen", "kommentare", "anmelden", "registrieren", "weiterlesen",
    "beranda", "cari", "balas", "kutip", "bagikan", "komentar", "masuk", "daftar", "baca juga", "selengkapnya",
    // Thai
    "หน้าแรก", "เข้าสู่ระบบ", "สมัครสมาชิก", "ค้นหา", "ตอบกลับ", "แชร์", "ความคิดเห็น", "อ่านต่อ", "ข่าวที่เกี่ยวข้อง",
  ])

  /// Notices shown when a comment section is empty.
  static let emptyCommentNotices: Set<String> = normalizedSet([
    "등록된 댓글이 없습니다", "댓글이 없습니다", "등록된 댓글이 없습니다 첫 댓글을 남겨주세요", "첫 댓글을 남겨보세요",
    "첫 댓글을 남겨주세요", "아직 댓글이 없습니다", "댓글이 존재하지 않습니다", "작성된 댓글이 없습니다",
    "no comments yet", "no comments", "be the first to comment", "there are no comments yet", "there are no comments",
    "comments are closed", "no replies yet", "no responses yet", "be the first to reply", "no comments yet be the first",
    "コメントはまだありません", "コメントはありません", "まだコメントはありません", "コメントはまだない",
    "暂无评论", "还没有评论", "暂无回复", "沙发空缺中", "还没有人评论", "快来抢沙发", "目前还没有评论",
    "chưa có bình luận nào", "chưa có bình luận", "комментариев пока нет", "нет комментариев", "ยังไม่มีความคิดเห็น",
    "no hay comentarios", "sin comentarios", "nenhum comentário", "sem comentários", "aucun commentaire",
    "keine kommentare", "noch keine kommentare", "belum ada komentar",
  ])

  /// Heads of comment sections; what follows them in a text dump is comments.
  static let commentHeadings: Set<String> = normalizedSet([
    "댓글목록", "댓글 목록", "댓글", "전체 댓글", "comments", "responses", "replies", "reader comments", "discussion",
    "コメント", "コメント一覧", "评论", "全部评论", "网友评论", "最新评论", "回复列表",
    "bình luận", "комментарии", "ความคิดเห็น", "comentarios", "comentários", "commentaires", "kommentare", "komentar",
  ])

  /// Units that follow a count in page-info lines.
  static let counterUnits: Set<String> = [
    "회", "건", "개", "명", "번", "views", "view", "comments", "comment", "replies", "reply", "likes", "hits", "posts",
    "kb", "mb", "bytes", "visitas", "vistas", "visualizações", "vues", "aufrufe", "dilihat",
    "件", "回", "次", "条", "人", "票", "閲覧", "阅读", "浏览",
  ]

  /// `emptyCommentNotices`, `noticeOpenings`, `callToActionOpenings` and `neighbourPrefixes`
  /// grouped by first byte (no phrase is empty).
  static let emptyCommentNoticeList = PhraseList(Array(emptyCommentNotices))
  static let noticeOpeningList = PhraseList(noticeOpenings)
  static let callToActionOpeningList = PhraseList(callToActionOpenings)
  static let smallPrintOpeningList = PhraseList(smallPrintOpenings)
  static let neighbourPrefixList = PhraseList(neighbourPrefixes)

  /// `labels` and `emptyCommentNotices` as filters that rule most plain texts out without hashing
  /// them (see `PlainEntryFilter`).
  static let labelFilter = PlainEntryFilter(labels)
  static let emptyCommentNoticeFilter = PlainEntryFilter(emptyCommentNotices)

  /// The longest phrase of the lists read on a block's opening (`noticeOpenings`,
  /// `callToActionOpenings`, `smallPrintOpenings`), in UTF-8 bytes.
  static let longestOpening = max(noticeOpeningList.longest, callToActionOpeningList.longest, smallPrintOpeningList.longest)

  /// The longest of `counterUnits`, in UTF-8 bytes.
  static let longestCounterUnit = counterUnits.map(\.utf8.count).max() ?? 0

  /// The longest counter unit's characters.
  static let longestCounterUnitCharacters = counterUnits.map(\.count).max() ?? 0

  /// Reply buttons under a post, in the languages of the lexicon.
  static let replyActions: [String] = [
    "reply", "quote", "답글", "답변", "返信", "回复", "回覆", "引用", "trả lời", "trích dẫn", "ответить", "цитата", "ตอบกลับ",
  ]

  /// Phrases of comment-section headings that carry a count (`5 thoughts on “…”`).
  static let commentCountPhrases: [String] = [
    "thoughts on", "responses to", "comments on", "replies to", "response to", "comment on", "reply to",
    "件のフィードバック", "件のコメント", "件の返信", "条评论", "条回复", "개의 댓글", "개의 답글",
  ]

  /// Openings of site notices and disclaimers, which sit inside post areas and dumps alike.
  static let noticeOpenings: [String] = [
    "免责声明", "温馨提示", "版权声明", "声明：", "注意：", "※", "disclaimer", "notice:", "we use cookies",
    "this site uses cookies", "this website uses cookies", "by continuing to use", "you must log in",
    "already have an account", "existing user?", "no registered users", "sign in here", "bạn phải đăng nhập",
    "vui lòng đăng nhập", "войдите или зарегистрируйтесь", "чтобы оставить комментарий",
    "we and our partners use cookies", "nous utilisons des cookies", "ce site utilise des cookies",
    "wir verwenden cookies", "diese website verwendet cookies", "utilizamos cookies", "este sitio utiliza cookies",
    "este sitio web utiliza cookies", "utilizziamo i cookie", "questo sito utilizza", "wij gebruiken cookies",
    "we gebruiken cookies", "używamy plików cookie", "мы используем файлы cookie", "javascript is disabled", "please enable javascript", "you need to enable javascript",
    "you must be logged in", "please read the forum rules", "please log in", "please login", "이 사이트는",
    "본 게시판은", "본 사이트는", "게시물의 저작권은", "무단 전재", "このサイトは", "当サイトは", "無断転載", "本站",
    "本网站", "本论坛",
  ]

  /// Openings of a post's edit note (`Edited January 29 by …`, `Last edited by …`).
  static let editNoteOpenings: [String] = [
    "edited ", "last edited", "this post was edited", "this message was edited", "post edited", "message edited",
    "modifié le", "modifié par", "dernière modification", "bearbeitet von", "zuletzt bearbeitet", "editado por",
    "última edición", "última modificación", "modificato da", "ultima modifica", "отредактировано", "изменено",
    "최종 수정", "마지막 수정", "수정됨", "最終編集", "最后编辑", "最後編輯", "编辑于", "編輯於", "本帖最后由",
  ]
  static let editNoteOpeningList = PhraseList(editNoteOpenings)

  /// Openings of calls to action and furniture lines that sit inside article bodies: follow and
  /// subscribe prompts, sign-up small print, photo credits, link hints.
  static let callToActionOpenings: [String] = [
    "lorem ipsum",  // template filler left in hidden or unused slots
    "image caption", "caption", "hide caption", "media playback is unsupported", "listen to",
    "written by", "reviewed by", "medically reviewed",
    "fact checked by", "last reviewed", "last updated", "updated on", "published on", "republish our articles",
    "(image:", "(photo:", "(credit:",
    "follow us", "follow me", "like us on", "join us on", "join our", "join me on", "join the facebook", "subscribe to",
    "subscribe now", "subscribe for", "sign up for", "sign up to", "sign up now", "by signing up", "get our newsletter",
    "download the app", "download our app", "opens in a new window", "opens in new window", "credit:", "photo:",
    "image:", "photograph:", "photo credit", "image credit", "(photo:", "read more:", "read more about", "related:",
    "see also:", "also read:", "watch:", "listen:", "click here", "tap here", "share this article", "share on",
    "get the latest", "don't miss",
    "구독하기", "구독하고", "팔로우하", "좋아요와 구독", "기사제보", "사진=", "사진 =", "ⓒ", "©",
    "フォローする", "フォローしてね", "チャンネル登録", "写真：", "写真=", "画像：",
    "关注我们", "点击关注", "扫码关注", "订阅", "点击查看", "图片来源", "图：", "来源：",
  ]

  /// Openings of the legal small print under sign-up and subscription forms (`By clicking Sign Me
  /// Up, you agree to…`); they count only with the words of consent (`smallPrintWords`), since a
  /// how-to may well say "By clicking the gear icon, you open the settings."
  static let smallPrintOpenings: [String] = [
    "by signing up", "by clicking", "by subscribing", "by submitting", "by registering", "by creating an account",
    "by entering your email", "by providing your", "by continuing, you",
  ]
  static let smallPrintWords: [String] = ["agree", "consent", "terms", "privacy policy", "marketing"]

  /// Picture agencies whose name ends a photo credit (`Sakib Ali/Hindustan Times/Getty Images`).
  static let pictureAgencies: [String] = [
    "getty images", "shutterstock", "istock", "reuters", "afp", "ap photo", "associated press", "epa", "alamy",
    "unsplash", "pexels", "연합뉴스", "뉴스1", "뉴시스", "共同通信", "新华社",
  ]

  /// `pictureAgencies` as UTF-8.
  static let pictureAgencyBytes: [[UInt8]] = pictureAgencies.map { Array($0.utf8) }

  /// Words that open a previous/next-post link (`이전글 <title> <date>`).
  static let neighbourPrefixes: [String] = [
    "이전글", "다음글", "이전 글", "다음 글", "윗글", "아랫글", "이전 게시물", "다음 게시물", "이전", "다음",
    "previous post", "next post", "previous article", "next article", "previous topic", "next topic", "previous", "next",
    "prev", "older post", "newer post",
    "前の記事", "次の記事", "前の投稿", "次の投稿", "前のスレッド", "次のスレッド", "前へ", "次へ",
    "上一篇", "下一篇", "上一主题", "下一主题", "上一帖", "下一帖", "上一条", "下一条", "上一页", "下一页",
    "bài trước", "bài sau", "chủ đề cũ hơn", "chủ đề mới hơn", "предыдущая статья", "следующая статья",
    "предыдущая тема", "следующая тема", "บทความก่อนหน้า", "บทความถัดไป",
    "artículo anterior", "artículo siguiente", "post anterior", "próximo post", "article précédent", "article suivant",
    "vorheriger artikel", "nächster artikel", "artikel sebelumnya", "artikel selanjutnya", "anterior", "siguiente",
    "próximo", "précédent", "suivant", "zurück", "weiter", "sebelumnya", "selanjutnya",
  ]

  /// Labels of the date a poster joined the board, shown on the poster's card beside each post
  /// (`Joined: Mar 2019`, `가입일 2019.03.02`): that date is never when the post was written.
  static let membershipLabels: [String] = [
    "joined", "join date", "registered", "registration date", "member since", "since",
    "가입일", "가입", "登録日", "登録", "注册时间", "注册", "加入时间", "註冊時間",
    "зарегистрирован", "регистрация", "inscrit", "inscrit le", "inscription", "registriert", "mitglied seit",
    "registrado", "registro", "iscritto", "tham gia", "ngày tham gia", "bergabung",
  ]

  /// Words that name what was done to a post at the date beside them (`answered Mar 28 at
  /// 22:52`, `edited`, `작성 2024.11.10`, `发表于`): a date line's action, never a poster.
  static let postActions: Set<String> = [
    "answered", "asked", "edited", "modified", "posted", "replied", "commented", "updated", "wrote", "created",
    "작성", "수정", "등록", "投稿", "回答", "编辑", "編集", "回复", "回覆", "发表于", "發表於", "发表", "發表", "更新",
  ]

  /// Labels that introduce a value in page-info lines (`조회 수 : 10207`, `查看: 1234`, `Views 12`).
  static let infoLabels: [String] = [
    "조회 수", "조회수", "조회", "추천 수", "추천수", "추천", "댓글", "작성자", "글쓴이", "작성일", "등록일", "날짜", "분류",
    "views", "view", "hits", "replies", "reply", "comments", "comment", "posted by", "posted on", "posted", "by",
    "author", "date", "published", "updated", "last updated", "joined", "posts", "likes", "score", "rating",
    "thread starter", "started by", "original poster",
    "閲覧", "閲覧数", "投稿日", "投稿者", "更新日", "名前", "コメント", "返信",
    "查看", "回复", "发表于", "积分", "帖子", "主题", "精华", "注册时间", "阅读", "评论", "作者", "来源", "时间",
    "发布时间", "编辑", "责任编辑", "浏览", "点击",
    "ngày", "lượt xem", "bài viết", "tham gia", "просмотров", "просмотры", "автор", "дата", "ответов",
    // Spanish, Portuguese, French, German and Italian (`Publicado por: Ana · 22 de enero de 2018`)
    "publicado", "publicado por", "publicado el", "publicado em", "actualizado", "atualizado", "atualizado em", "por",
    "autor", "fecha", "visitas", "comentarios", "comentários", "respuestas", "respostas", "visualizações",
    "publié", "publié le", "publié par", "mis à jour", "mis à jour le", "par", "auteur", "commentaires", "réponses", "vues",
    "veröffentlicht", "veröffentlicht am", "aktualisiert", "aktualisiert am", "von", "kommentare", "antworten", "aufrufe",
    "pubblicato", "pubblicato il", "aggiornato", "aggiornato il", "autore", "commenti", "risposte", "visualizzazioni",
  ]

  /// Each label's length counted once, not at every comparison of the sort (the same order: by
  /// length, then by text, both descending; labels that compare equal are the same text).
  static let infoLabelsLongestFirst = infoLabels.map { (count: $0.count, label: $0) }
    .sorted { ($0.count, $0.label) > ($1.count, $1.label) }.map(\.label)

  /// The info labels of more than one word, each followed by the space that ends it as a line's
  /// opening (`thread starter `): made once, not per block.
  static let multiWordInfoLabelOpenings: [String] = infoLabels.filter { $0.utf8.contains(0x20) && $0.contains(" ") }.map { $0 + " " }

  /// `infoLabelsLongestFirst` as UTF-8, for plain text.
  static let infoLabelsLongestFirstBytes: [[UInt8]] = infoLabelsLongestFirst.map { Array($0.utf8) }

  /// The byte values of each of `infoLabelsLongestFirst`.
  static let infoLabelsLongestFirstByteSets: [ByteSet] = infoLabelsLongestFirst.map { ByteSet($0.utf8) }

  /// The adjacent byte pairs of each of `infoLabelsLongestFirst` (`ByteSet.pairs`).
  static let infoLabelsLongestFirstPairSets: [ByteSet] = infoLabelsLongestFirstBytes.map { bytes in
    bytes.withUnsafeBufferPointer(ByteSet.pairs)
  }

  /// The positions in `infoLabelsLongestFirst`: every one, and those of the ASCII labels (in order).
  static let infoLabelsLongestFirstIndices: [Int] = Array(infoLabelsLongestFirst.indices)
  static let infoLabelsLongestFirstASCIIIndices: [Int] = infoLabelsLongestFirst.indices.filter { infoLabelsLongestFirstByteSets[$0].isASCII }

  /// Strings that mark a footer or legal line.
  static let footerMarkers: [String] = [
    "©", "copyright", "all rights reserved", "powered by", "무단 전재", "무단전재", "재배포 금지", "사업자등록번호",
    "통신판매업", "대표자", "개인정보보호책임자", "版权所有", "all right reserved", "processed in", "gmt+",
    "無断転載", "著作権", "禁止转载", "icp备", "icp证", "comsenz", "discuz!", "phpbb", "xenforo", "rhymix",
    "gnuboard", "wordpress",
  ]

  /// `footerMarkers` as UTF-8.
  static let footerMarkerBytes: [[UInt8]] = footerMarkers.map { Array($0.utf8) }

  /// The byte values of each of `footerMarkers`.
  static let footerMarkerByteSets: [ByteSet] = footerMarkers.map { ByteSet($0.utf8) }

  /// Labels with their spaces removed, longest first, for reading run-together menus.
  static let compactLabels: [String] = {
    // Each label's length is counted once, not at every comparison of the sort: the order is
    // the same (by length, then by text, both descending), and building it was a first page's
    // largest single cost.
    let counted = Set(labels.map(withoutSpaces)).map { (count: quickCharacterCount($0), label: $0) }.filter { $0.count >= 2 }
    return counted.sorted { ($0.count, $0.label) > ($1.count, $1.label) }.map(\.label)
  }()

  /// `label.filter { $0 != " " }`, on bytes when the label is plain (every scalar a character,
  /// so the space characters are the space bytes): filtering characters broke graphemes in every
  /// label and was most of the first page's cost of reading label runs.
  static func withoutSpaces(_ label: String) -> String {
    guard isPlain(label) else { return label.filter { $0 != " " } }
    guard label.utf8.contains(0x20) else { return label }
    return String(decoding: label.utf8.filter { $0 != 0x20 }, as: UTF8.self)
  }

  /// `compactLabels` grouped by first character (order kept: longest first), so a run is read
  /// without trying every label at every position.
  static let compactLabelsByFirst: [Character: [String]] = Dictionary(grouping: compactLabels, by: { $0.first! })

  /// Whether `text` is nothing but labels run together (`登录立即注册`, `Log in Register`,
  /// `목록답변글쓰기`): what a text dump makes of a row of buttons.
  static func isLabelRun(_ text: String) -> Bool {
    isLabelRun(normalized: normalize(text), isPlain: false)
  }

  /// `isLabelRun` of a text already normalised; `isPlain` says it is plain text (see `isPlain`),
  /// which lets the run be read on bytes.
  static func isLabelRun(normalized: String, isPlain plain: Bool) -> Bool {
    if plain { return isPlainLabelRun(normalized) }
    let compact = normalized.filter { $0 != " " && $0 != "|" && $0 != "·" && $0 != "/" }
    guard compact.count >= 2, compact.count <= 40 else { return false }
    var rest = Substring(compact)
    var pieces = 0
    while !rest.isEmpty {
      guard let first = rest.first, let label = compactLabelsByFirst[first]?.first(where: { rest.hasPrefix($0) }) else {
        return false
      }
      rest = rest.dropFirst(label.count)
      pieces += 1
    }
    return pieces >= 1
  }

  /// `compactLabels` as UTF-8, bucketed by first byte, longest first.
  ///
  /// Made from `labels` directly: sorting `compactLabels` compares strings by character counts
  /// and under normalisation, and cost more than every label run a page reads (on plain text the
  /// character-wise table is never needed). The order within a bucket is by byte length rather
  /// than character count, which finds the same label: two labels that both open the text at a
  /// position are one the other's byte prefix, so the longer in bytes is the longer in
  /// characters, and the first match in either order is the longest. A label listed twice (or
  /// with and without its space) is kept once, as the set of `compactLabels` keeps it.
  static let compactLabelBytesByFirst: [[[UInt8]]] = {
    var buckets = [[[UInt8]]](repeating: [], count: 256)
    for label in labels {
      // A plain label (most) is read on its bytes: plainness is scalar by scalar, so without
      // its space bytes it stays plain and has a character per scalar; the string functions
      // that say the same cost most of building this table.
      var text = label
      let plainCompact = text.withUTF8 { bytes -> [UInt8]? in
        guard plainScalarCount(bytes, cap: .max) != nil else { return nil }
        return bytes.filter { $0 != 0x20 }
      }
      let bytes: [UInt8]
      if let plainCompact {
        guard plainCompact.withUnsafeBufferPointer({ plainScalarCount($0, cap: 2) ?? 0 }) >= 2 else { continue }
        bytes = plainCompact
      } else {
        let compact = withoutSpaces(label)
        guard quickCharacterCount(compact) >= 2 else { continue }
        bytes = Array(compact.utf8)
      }
      buckets[Int(bytes[0])].append(bytes)
    }
    for k in buckets.indices where buckets[k].count > 1 {
      buckets[k].sort { a, b in a.count != b.count ? a.count > b.count : b.lexicographicallyPrecedes(a) }
      var kept: [[UInt8]] = []
      kept.reserveCapacity(buckets[k].count)
      for bytes in buckets[k] where bytes != kept.last { kept.append(bytes) }
      buckets[k] = kept
    }
    return buckets
  }()

  /// `isLabelRun` for plain text, where a character is a scalar and a label matches as bytes.
  private static func isPlainLabelRun(_ normalized: String) -> Bool {
    var normalized = normalized
    let table = compactLabelBytesByFirst
    return normalized.withUTF8 { bytes -> Bool in
      // The text without its separators is built in a temporary buffer (on the stack for a
      // line this short) rather than in an array allocated for every line read.
      withUnsafeTemporaryAllocation(of: UInt8.self, capacity: bytes.count) { buffer -> Bool in
        var count = 0
        var characters = 0
        var i = 0
        while i < bytes.count {
          let b = bytes[i]
          if b == 0x20 || b == 0x7C || b == 0x2F {  // space, `|`, `/`
            i += 1
            continue
          }
          if b == 0xC2, i + 1 < bytes.count, bytes[i + 1] == 0xB7 {  // `·`
            i += 2
            continue
          }
          if b & 0xC0 != 0x80 {
            characters += 1
            // Past 40 characters the run is too long whatever follows: stop reading.
            if characters > 40 { return false }
          }
          buffer[count] = b
          count += 1
          i += 1
        }
        guard characters >= 2 else { return false }
        let compact = UnsafeBufferPointer(rebasing: buffer[..<count])
        var at = 0
        var pieces = 0
        while at < compact.count {
          let start = at
          // Labels compared byte by byte in memory: the generic `elementsEqual` of a slice costs
          // more than the comparison.
          guard
            let label = table[Int(compact[start])].first(where: { label in
              label.count <= compact.count - start
                && label.withUnsafeBufferPointer { l in
                  var k = 0
                  while k < l.count && l[k] == compact[start + k] { k += 1 }
                  return k == l.count
                }
            })
          else { return false }
          at += label.count
          pieces += 1
        }
        return pieces >= 1
      }
    }
  }

  static func normalizedSet(_ phrases: [String]) -> Set<String> {
    Set(phrases.map { normalize($0) })
  }

  /// Lower-cases, drops punctuation and symbols at both ends and collapses inner white space.
  static func normalize(_ s: String) -> String {
    normalize(lowered: lowercasedQuickly(s))
  }

  /// `normalize` of a string that is already lower-cased.
  ///
  /// Read on the UTF-8 bytes: the ends are trimmed scalar by scalar as `normalizeByScalars`
  /// trims them, and the rest goes to `normalizeSpace` without a copy of its own. A text with
  /// nothing to trim and no space to collapse (most labels and short lines) is returned as it is,
  /// without building a string.
  static func normalize(lowered: String) -> String {
    var text = lowered
    return text.withUTF8 { bytes -> String in
      var start = 0
      var end = bytes.count
      while start < end {
        let (v, length) = scalar(bytes, at: start)
        guard isTrim(Unicode.Scalar(v)!) else { break }
        start += length
      }
      while end > start {
        var k = end - 1
        while bytes[k] & 0xC0 == 0x80 { k -= 1 }
        guard isTrim(Unicode.Scalar(scalar(bytes, at: k).value)!) else { break }
        end = k
      }
      let kept = UnsafeBufferPointer(rebasing: bytes[start..<end])
      if start == 0, end == bytes.count, hasOnlySingleSpaces(kept) { return lowered }
      return normalizeSpace(utf8: kept)
    }
  }

  /// The reference reading of `normalize(lowered:)`, on the unicode scalar view.
  static func normalizeByScalars(lowered: String) -> String {
    var scalars = Substring(lowered).unicodeScalars
    while let first = scalars.first, isTrim(first) { scalars = scalars.dropFirst() }
    while let last = scalars.last, isTrim(last) { scalars = scalars.dropLast() }
    return normalizeSpace(String(Substring(scalars)))
  }

  /// The scalar whose UTF-8 bytes start at `i`, and how many bytes it has.
  @inline(__always)
  private static func scalar(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> (value: UInt32, length: Int) {
    let b = bytes[i]
    if b < 0x80 { return (UInt32(b), 1) }
    let length = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2
    var v = UInt32(b & (length == 4 ? 0x07 : length == 3 ? 0x0F : 0x1F))
    for k in 1..<length { v = v << 6 | UInt32(bytes[i + k] & 0x3F) }
    return (v, length)
  }

  /// Whether `normalizeSpace` leaves trimmed text as it is: its only spaces are single space
  /// bytes (no tab, newline or other space of `isSpace`, and no run of two). Trimmed text has no
  /// space at either end, since every space is a trimmed scalar.
  private static func hasOnlySingleSpaces(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    var afterSpace = false
    var i = 0
    while i < bytes.count {
      let b = bytes[i]
      if b < 0x80 {
        if b == 0x20 {
          if afterSpace { return false }
          afterSpace = true
        } else {
          if b >= 0x09 && b <= 0x0D { return false }
          afterSpace = false
        }
        i += 1
        continue
      }
      let (v, length) = scalar(bytes, at: i)
      if isSpace(Unicode.Scalar(v)!) { return false }
      afterSpace = false
      i += length
    }
    return true
  }

  static func isTrim(_ c: Unicode.Scalar) -> Bool {
    if c.value < 0x80 { return !isAlphanumeric(c) }
    if isSpace(c) { return true }
    switch c.properties.generalCategory {
    case .otherPunctuation, .openPunctuation, .closePunctuation, .dashPunctuation, .initialPunctuation,
      .finalPunctuation, .mathSymbol, .otherSymbol, .connectorPunctuation, .modifierSymbol, .currencySymbol:
      return true
    default:
      return c == "\u{00A0}"
    }
  }
}

/// A necessary test of membership in a set of lexicon entries for plain text, without hashing
/// the text (hashing normalises, and every short block is looked up in the labels).
///
/// Lexicon entries are composed, and so is plain text (see `isPlain`), so a plain text equals an
/// entry exactly when their bytes are equal, and only a plain entry can have a plain text's
/// bytes. Such a text has the byte count, first byte and last byte of a plain entry; those three
/// are folded into one of 4096 bits, set for every plain entry. A clear bit rules the text out.
struct PlainEntryFilter {
  private var bits = [UInt64](repeating: 0, count: 64)
  private var holdsEmpty = false

  init<S: Sequence<String>>(_ entries: S) {
    for entry in entries where isPlain(entry) {
      guard let first = entry.utf8.first, let last = entry.utf8.last else {
        holdsEmpty = true
        continue
      }
      let k = Self.key(count: entry.utf8.count, first: first, last: last)
      bits[k >> 6] |= 1 << UInt64(k & 63)
    }
  }

  @inline(__always)
  private static func key(count: Int, first: UInt8, last: UInt8) -> Int {
    (count &* 97 &+ Int(first) &* 31 &+ Int(last)) & 4095
  }

  /// False when plain `text` equals no entry; true when it may.
  func mayContain(plain text: String) -> Bool {
    let bytes = text.utf8
    guard let first = bytes.first, let last = bytes.last else { return holdsEmpty }
    let k = Self.key(count: bytes.count, first: first, last: last)
    return bits[k >> 6] & (1 << UInt64(k & 63)) != 0
  }
}
