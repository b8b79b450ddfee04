#!/usr/bin/env python3
"""Write newsclean's bundled sample pages and their labels (Python 3 stdlib only).

Usage: python3 scripts/make_samples.py [OUTDIR]   (default: samples/ next to this script's parent)

Every page, article, board name, domain, author and comment here was written for this project.
Article paragraphs use a small inline markup so that the page and its label come from one source:
  [[url:U]]        a spam URL spliced into a sentence (page: "U ", label text: removed)
  [[kw:U|TEXT]]    an injected keyword anchor (page: <a href=U>TEXT</a>, label text: removed)
  [[word:U|TEXT]]  a spam link hijacking an article word (label text keeps TEXT)
  [[link:U|TEXT]]  a legitimate editorial link (label text keeps TEXT)
Pages are encoded with Python codecs (cp949, shift_jis, gbk), so the bytes are reproducible.
"""
import html
import json
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TOK = re.compile(r"\[\[(url|kw|word|link):([^|\]]+)(?:\|([^\]]+))?\]\]")


def E(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def ident(s):
    return s


def render(par, mode, tf=ident):
    """mode: 'html' (escaped, tf applied to escaped text), 'text' (dump line), 'truth'."""
    out, pos = [], 0
    T = (lambda s: tf(E(s))) if mode == "html" else (lambda s: tf(s)) if mode == "text" else ident
    for m in TOK.finditer(par):
        out.append(T(par[pos:m.start()]))
        kind, u, t = m.groups()
        pos = m.end()
        if mode == "truth":
            if kind in ("word", "link"):
                out.append(t)
        elif mode == "text":
            out.append(u + " " if kind == "url" else t + " " if kind == "kw" else tf(t))
        else:
            if kind == "url":
                out.append(E(u) + " ")
            elif kind == "kw":
                out.append('<a href="%s" target="_blank">%s</a> ' % (E(u), E(t)))
            elif kind == "word":
                out.append('<a href="%s" target="_blank">%s</a>' % (E(u), T(t)))
            else:
                out.append('<a href="%s" target="_blank" rel="noopener">%s</a>' % (E(u), T(t)))
    out.append(T(par[pos:]))
    s = "".join(out)
    if mode == "truth":
        s = re.sub(r" {2,}", " ", s).strip()
    return s.rstrip() if mode == "text" else s


def truth_text(paras):
    return "\n\n".join(render(p, "truth") for p in paras)


FULLWIDTH = str.maketrans("0123456789", "０１２３４５６７８９")

# ---------------------------------------------------------------- articles
A = {}

A["s01"] = dict(
    title="Coastal city trials overnight ferry runs as bridge repairs stretch into winter",
    paras=[
        "Commuters board the 5:40 a.m. ferry at Halden Quay on the first morning of the trial",
        "Port Merrow will run ferries through the night for the first time in its history, city officials said Tuesday, as repairs to the ageing Eastgate Bridge are expected to keep two of its four lanes closed until at least February.",
        "The six-month trial adds hourly crossings between Halden Quay and the Saltmarsh terminal from midnight to 5 a.m., a stretch currently served only by a replacement bus that can take up to 50 minutes.",
        "\"Night-shift workers at the hospital and the container port have carried the cost of this closure more than anyone,\" deputy mayor Alina Koval told reporters. \"They deserve a crossing that takes 12 minutes, not an hour.\"",
        "The city's transport office said ridership on the existing daytime ferries had risen 38 percent since the lane closures began in August, and that the operator had agreed to lease a second vessel [[url:https://fastcash-loanhub.top/apply?ref=pm24]]from a neighbouring municipality to cover the extra runs.",
        "Fares will stay at the daytime rate of 2.40 euros, and holders of monthly transit passes will ride at no extra charge.",
        "Engineers found corrosion in the bridge's steel bearings, a [[link:https://en.wikipedia.org/wiki/Bridge_bearing|common failure point]] on structures of its age, during a routine inspection in July. The repair contract, worth 14.6 million euros, was awarded last month and work is scheduled to continue around the clock.",
        "Some residents questioned whether the night crossings would be used at all. A survey by the Saltmarsh residents' association found that fewer than one in five respondents expected to take a ferry after midnight, though most said they supported the trial.",
        "The city will publish passenger counts every month and decide in March whether to keep the service once the bridge reopens.",
    ])

A["s02"] = dict(
    title="가람시 강변 야시장 내달 개장…똠얌꿍·반미 등 42개 점포 참여",
    paras=[
        "가람시는 다음 달 3일부터 10월 말까지 매주 금·토요일 저녁 강변공원 주차장 일대에서 '가람 강변 야시장'을 운영한다고 12일 밝혔다.",
        "올해 야시장에는 공개 모집을 거쳐 선정된 음식 점포 28곳과 공예품 점포 14곳 등 모두 42개 점포가 참여한다. 지난해보다 점포 수가 10곳 늘었고, 결혼이주여성들이 운영하는 아시아 음식 점포가 처음으로 6곳 포함됐다.",
        "태국 출신 운영자가 내놓는 똠얌꿍과 팟타이, 베트남식 반미, 필리핀 디저트 할로할로 등이 대표 메뉴로 꼽힌다. 원도심의 제과점 '햏복제과'는 쌀가루로 만든 소금빵을 야시장 한정 메뉴로 판매한다.",
        "시는 관람객 안전을 위해 행사장 안 차량 통행을 전면 통제하고, 안전요원 20명과 의료 부스 1곳을 배치하기로 했다. 일회용품 사용을 줄이기 위해 [[word:https://mega-toto77.xyz/event/join|다회용 그릇]] 대여 코너도 운영한다.",
        "박지현 가람시 관광정책과장은 \"지난해 야시장에 8만여 명이 다녀가며 원도심 상권에 활기를 불어넣었다\"며 \"올해는 다양한 문화권의 음식을 함께 즐기는 자리로 만들겠다\"고 말했다.",
    ])

A["s03"] = dict(
    title="국립공원 탐방로 17곳 야간 출입 전면 통제…가을철 산불 조심 기간 맞춰 드론 단속 강화, 위반하면 과태료 최대 50만 원",
    paras=[
        "국립공원 관리 당국이 가을철 산불 조심 기간을 맞아 다음 달 1일부터 12월 15일까지 전국 탐방로 17곳의 야간 출입을 전면 통제한다고 밝혔다.",
        "통제 구간은 일몰 두 시간 전부터 다음 날 새벽 네 시까지 출입이 금지되며, 입구마다 차단기와 [[url:https://jjang-toto365.top/bbs/view?no=2291]]안내 요원이 배치된다. 통제 시간에 허가 없이 탐방로에 들어가면 자연공원법에 따라 과태료가 부과된다.",
        "과태료는 처음 적발되면 10만 원, 두 번째는 30만 원, 세 번째부터는 50만 원이다. 취사나 흡연, 화기 반입이 적발될 경우에는 별도로 최대 200만 원의 과태료가 매겨질 수 있다.",
        "당국은 드론 12대와 산불 감시 카메라 340여 대를 동원해 무단 출입과 불법 야영을 집중 단속할 계획이다. 최근 3년간 가을철 국립공원에서 발생한 산불 가운데 절반 이상이 입산자 실화로 추정됐다.",
        "대피소를 예약한 탐방객과 등산학교 교육생 등 사전에 허가를 받은 인원은 예외적으로 출입할 수 있다. 통제 구간과 시간은 각 국립공원 사무소 누리집에서 확인할 수 있다.",
        "출처: 정책브리핑 https://www.korea.kr/briefing/pressReleaseView.do?newsId=156600123",
    ])

A["s04"] = dict(
    title="무인 도서 반납기 30곳으로 확대…지하철역·주민센터서 24시간 반납",
    paras=[
        "한빛구는 이달부터 지하철역과 주민센터 등 30곳에 무인 도서 반납기를 설치해 운영한다고 밝혔다. 기존에 구립도서관 8곳에만 있던 반납기를 생활권 곳곳으로 넓힌 것이다.",
        "무인 반납기는 24시간 이용할 수 있으며, 구립도서관에서 빌린 책이라면 어느 반납기에 넣어도 다음 날 오후까지 원래 도서관으로 돌아간다. 반납 처리는 책을 넣는 즉시 완료돼 연체 걱정도 덜 수 있다.",
        "구가 지난해 도서관 이용자 2천여 명을 대상으로 벌인 설문에서 응답자의 61%가 '운영 시간에 맞춰 반납하기 어렵다'고 답했다. 특히 직장인과 대학생의 불편이 컸던 것으로 나타났다.",
        "반납기 설치 장소는 유동 인구와 도서관까지의 거리를 고려해 정했다. [[kw:https://royal-casino365.xyz/|바카라사이트 추천]]지하철역 12곳, 주민센터 14곳, 구청과 보건소 등 공공청사 4곳이다.",
        "다만 부록이 딸린 책이나 DVD 같은 영상 자료, 다른 지역 도서관에서 상호대차로 빌린 책은 무인 반납기로 반납할 수 없고 도서관 창구를 이용해야 한다.",
        "구 관계자는 \"이용 현황을 분석해 반응이 좋은 곳에는 예약 도서를 찾아갈 수 있는 무인 대출함도 함께 설치하겠다\"고 말했다.",
        "참고: https://ko.wikipedia.org/wiki/공공도서관",
    ])

A["s05"] = dict(
    title="Boil-water notice issued for north Ellsworth after main break",
    paras=[
        "Residents of north Ellsworth have been told to boil tap water before using it after a 24-inch water main ruptured early Sunday, flooding part of Cedar Avenue and cutting pressure to roughly 4,300 homes.",
        "The city's utilities department said the break happened just after 3 a.m. near the Cedar Avenue pumping station. Crews isolated the damaged section by mid-morning, but the drop in pressure means bacteria could have entered the lines, officials said.",
        "Boil water for at least one minute before drinking, cooking or brushing teeth. The notice covers every address north of Riverside Drive and east of the rail line, including the hospital campus, which has switched to bottled water.",
        "Water distribution points are open at Lakeview Middle School and the Ellsworth Community Center from 8 a.m. to 8 p.m., with a limit of two cases per household. Federal health officials publish [[link:https://www.cdc.gov/water-emergency/about/boil-water-advisory.html|guidance on boil-water advisories]] for households with infants or people with weakened immune systems.",
        "Utilities director Marcus Whitfield said repairs could take up to 48 hours, after which two rounds of water samples must come back clean before the notice can be lifted.",
        "\"We know this is a real inconvenience, and we appreciate everyone's patience,\" Whitfield said. \"Until we say otherwise, the advice stays the same. Boil water for at least one minute before drinking, cooking or brushing teeth.\"",
    ])

A["s06"] = dict(
    title="Volunteers map 1,212 street trees in weekend census",
    paras=[
        "More than 150 volunteers fanned out across Brookfield’s east side on Saturday and Sunday to measure, photograph and identify street trees, completing the neighborhood’s first tree census in more than two decades.",
        "Organizers from the Brookfield Canopy Project said teams logged 1,212 trees across 46 blocks, recording each tree’s species, trunk diameter and condition in a shared mobile app. About one in eight was flagged as dead, dying or in need of pruning.",
        "“People walk past these trees every day and never really look at them,” said coordinator Priya Natarajan. “Once you’ve measured a hundred of them, you start to see which blocks have been left behind.”",
        "Honey locusts and London planes dominated the count, together making up nearly 40 percent of the total. Volunteers also found 19 American elms, a species largely wiped out in the region by [[link:https://en.wikipedia.org/wiki/Dutch_elm_disease|Dutch elm disease]] in the 1970s.",
        "The data will be shared with the city’s forestry division, which plans to plant about 300 new trees next spring. [[kw:https://lucky-spin-palace.top/bonus|best online casino bonus]]Neighborhoods with the thinnest canopy — several of them along the Route 9 corridor — will be first in line, according to a city spokesperson.",
        "A second census, covering the west side, is planned for October. Volunteers do not need any experience; training sessions will be held at the main library the week before.",
    ])

A["s07"] = dict(
    title="Regional airline to drop three routes as pilot shortage bites",
    paras=[
        "Skyline Regional will suspend three of its least-used routes from June, the carrier said on Thursday, blaming a shortage of qualified pilots that has already forced it to cancel more than 200 flights this year.",
        "Services from Carrick to Dunmore, Ashby and the island of Fenholm will end on 2 June. The airline said it would offer refunds or rebooking onto partner services for about 6,500 passengers holding tickets beyond that date.",
        "Chief executive Moira Lennox said the decision had been \u201cpainful but unavoidable\u201d. \u201cWe would rather fly a smaller network reliably than keep promising flights we cannot staff,\u201d she said in a statement.",
        "The airline employs 118 pilots, about 20 fewer than it needs to operate its full summer schedule. Lennox said recruitment had been hampered by larger carriers offering higher salaries and by a backlog at the national flight-training academy.",
        "Fenholm\u2019s council leader, Iain Murdo, called the loss of the island\u2019s only scheduled air link \u201ca hammer blow\u201d for residents who travel to the mainland for hospital appointments. The council said it would ask the government to fund a subsidised replacement service.",
        "Passenger numbers on the three routes fell by a combined 18 per cent last year, according to aviation regulator figures.",
        "Source: https://www.caa.co.uk/data-and-analysis/uk-aviation-market/airports/",
    ])

A["s08"] = dict(
    title="地方鉄道の無人駅に遠隔案内システム　来春から12駅で導入",
    paras=[
        "みなと山線を運行する山手鉄道は、無人駅の利用者を遠隔で案内するシステムを来年4月から12駅に導入すると発表した。駅に設置したモニター付きの端末から、本社の案内センターにいる係員と通話できる。",
        "端末は改札口の近くに置かれ、乗り換えの案内や運賃の精算、車いす利用者の乗降補助の手配などに対応する。係員は駅のカメラ映像を見ながら、利用者に画面越しに説明する仕組みだ。",
        "同社によると、沿線の38駅のうち21駅はすでに無人化されており、高齢の利用者からは「切符の買い方がわからない」「困ったときに相談できる人がいない」といった声が寄せられていた。導入費用は約2億4000万円で、[[url:https://kaitori-best.shop/ranking/]]国と沿線自治体が一部を補助する。",
        "案内センターは始発から終電まで常時3人の係員が対応する。来年度中に残りの無人駅にも順次広げる方針だ。",
        "同社の担当者は「駅に人がいなくても安心して使える鉄道にしたい。利用者の声を聞きながら改善を続けたい」と話している。[[kw:https://sokujitsu-yushi.top/|即日融資はこちら]]",
    ])

A["s09"] = dict(
    title="今冬は平年より雪多い見込み　気象台が3か月予報",
    paras=[
        "気象台は20日、12月から来年2月までの[[link:https://www.data.jma.go.jp/cpd/longfcst/kaisetsu/|3か月予報]]を発表し、日本海側の降雪量は平年より多くなる見込みだと明らかにした。ラニーニャ現象が続く可能性が高く、冬型の気圧配置が強まりやすいことが理由だという。",
        "気温は全国的に平年並みか低い見通しで、特に1月は寒気が流れ込みやすいとしている。気象台は、大雪による交通障害や[[word:https://ouchi-kaitori.xyz/lp/|停電]]に備え、早めに冬用タイヤへの交換や非常用品の準備を進めるよう呼びかけている。",
    ])

A["s10"] = dict(
    title="城区老旧小区加装电梯 今年计划完成120部",
    paras=[
        "记者从市住房和城乡建设局获悉，今年我市计划为城区老旧小区加装电梯120部，目前已有47部完成施工并投入使用，另有38部正在施工。",
        "据介绍，加装电梯主要面向建成于2000年以前、没有电梯的多层住宅。符合条件的楼栋经本单元三分之二以上业主同意后，即可向所在街道提出申请，每部电梯可获得最高15万元的财政补贴。",
        "家住东湖小区的王喆今年七十二岁，住在六楼。他说，以前上下楼要歇好几次，现在出门买菜、去医院都方便多了。",
        "市住建局相关负责人表示，加装电梯过程中最大的难点是协调低楼层住户的意见。为此，我市推行“一梯一协商”机制，由社区组织业主议事会，对采光、噪音等问题提前沟通。",
        "该负责人还提醒，业主在选择施工单位时应查看其资质，电梯投入使用前须经特种设备检验机构检验合格。",
        "信息来源：https://www.mohurd.gov.cn/xinwen/dfxx/202405/20240512_778901.html",
    ])

A["s11"] = dict(
    title="시내버스 노선 20년 만에 전면 개편…첫날 출근길 혼선",
    paras=[
        "새롬시가 20년 만에 시내버스 노선을 전면 개편한 첫날인 4일, 출근길 정류장 곳곳에서 바뀐 노선을 확인하지 못한 시민들이 혼란을 겪었다.",
        "시는 이번 개편으로 기존 94개 노선을 71개로 줄이는 대신, 도심과 외곽 주거지를 잇는 간선 노선의 배차 간격을 평균 14분에서 9분으로 단축했다. 중복 구간이 많던 노선은 통합하거나 폐지했다.",
        "하지만 이날 아침 주요 정류장에서는 번호가 바뀐 버스를 놓치거나 반대 방향 버스에 오르는 승객이 잇따랐다. 한 직장인은 \"안내문을 미리 봤는데도 정류장 위치까지 달라져 [[url:https://toto-major79.xyz/guide]]20분 넘게 헤맸다\"고 말했다.",
        "시는 개편 후 2주 동안 주요 정류장 60곳에 안내 요원 120명을 배치하고, 버스정보안내기와 모바일 앱에 새 노선도를 띄우고 있다. 시청 누리집에서는 출발지와 도착지를 입력하면 바뀐 노선을 알려주는 검색 서비스도 운영한다.",
        "시 교통정책과 관계자는 \"초기 불편은 있겠지만 전체 통행 시간은 줄어들 것\"이라며 \"시민 의견을 받아 한 달 뒤 일부 노선을 조정하겠다\"고 밝혔다.",
    ])

A["s12"] = dict(
    title="商店街の空き店舗で「お試し出店」　家賃補助で若手呼び込み",
    paras=[
        "ひばり台市は、中心商店街の空き店舗を短期間借りて営業できる「お試し出店」制度を来月から始める。最長6か月間、家賃の3分の2を市が補助する。",
        "対象は市内で初めて店を開く個人や小規模事業者で、飲食や雑貨、サービス業など業種は問わない。出店期間中は商工会議所の相談員が売り上げの分析や販路づくりを助言する。",
        "商店街では10年前に比べて空き店舗が倍増し、現在は全体の約3割にあたる27店舗がシャッターを下ろしたままになっている。[[kw:https://tokei-gekiyasu.shop/|ブランド時計 激安通販]]市の調査では、空き店舗の所有者の多くが「借り手がいれば貸したい」と答えた。",
        "市商工振興課は「まずは小さく始めてもらい、手応えがあれば本格的な出店につなげてほしい」としている。申し込みは来月10日まで受け付ける。",
        "参考：https://ja.wikipedia.org/wiki/シャッター通り",
    ])

A["s13"] = dict(
    title="Drought pushes reservoir levels to 30-year low as farmers face water cuts",
    paras=[
        "Exposed mud flats at the Linnvale reservoir, where water levels have fallen below a third of capacity",
        "Water levels in the Linnvale reservoir system have fallen to their lowest point in three decades, regional authorities said on Wednesday, warning that irrigation allocations for farmers would be cut by half from next month.",
        "The three reservoirs that supply the valley held 31 percent of their combined capacity at the start of the week, compared with a seasonal average of 64 percent. Rainfall since January has been less than half the long-term average.",
        "\"We are asking agriculture to carry the heaviest share of the savings because it uses the most water, but households will have to play their part too,\" said Tomas Herrera, head of the valley water board.",
        "Garden watering with hoses and sprinklers will be banned [[url:https://quickloan-approve.top/apply?src=lv]]between 8 a.m. and 8 p.m. from Monday, and public fountains will be switched off. Fines for repeat breaches start at 300 dollars.",
        "Farmers' groups said the cuts would hit fruit growers hardest, since orchards cannot be left fallow for a season the way cereal fields can. The regional farmers' union called for emergency compensation and faster approval for new storage ponds.",
        "Forecasters expect below-average rainfall to continue through the autumn. The board said it would review the restrictions every four weeks.",
    ])

A["s14"] = dict(
    title="本市地铁全线网开通扫码乘车 支持多家银行数字钱包",
    paras=[
        "记者昨日从市轨道交通集团获悉，自本月20日起，本市地铁全线网178座车站的闸机均已支持扫码乘车，乘客可使用官方乘车码或多家银行的数字钱包直接进站。",
        "据介绍，此次升级共改造闸机2300余台。乘客出站时系统自动完成扣费，单次乘车最高可享受九折优惠，每月乘车满15次后还可享受额外折扣。",
        "市轨道交通集团票务部负责人表示，近两年扫码乘车的比例已从三成上升到六成以上，[[kw:https://daikuan-kuai.top/|无抵押小额贷款]]早高峰时段部分车站的购票排队现象明显减少。",
        "对于不习惯使用手机的老年乘客，各车站仍保留人工售票窗口和自助售票机，[[url:https://www.fapiao-daikai.shop/list]]持老年卡的乘客也可照常刷卡进出站。",
        "该负责人提醒，乘客应通过正规渠道下载乘车应用，不要点击来历不明的链接，以免个人信息泄露。",
    ])


def paras_html(paras, tf=ident, wrap="<p>%s</p>"):
    return "\n".join(wrap % render(p, "html", tf) for p in paras)


# ---------------------------------------------------------------- pages
PAGES = []   # (case dict, page string, encoding, newline)


def case(cid, **kw):
    d = dict(id=cid, format="html", lang=None, chrome_lang=None, encoding="utf-8",
             declared_charset="utf-8", template=None, title=None, text=None, spam_urls=[],
             legit_urls=[], duplicated=False, dup_kind=None, boilerplate_lines=[], comments=[],
             spam_patterns=[], spam_texts=[], controls=[])
    d.update(kw)
    if d["format"] == "text":
        d["declared_charset"] = None
        d.setdefault("dump", "region")
    return d


# s01: GnuBoard5 basic skin, Korean chrome, English article, exact duplicate, spliced URL, display:none block
a = A["s01"]
hidden1 = [("https://royal-jackpot88.xyz/", "온라인카지노 먹튀없는곳"), ("https://slot-gacor-win.shop/daftar", "slot gacor hari ini")]
body = paras_html(a["paras"])
page = f"""<!doctype html>
<html lang="ko">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>{E(a['title'])} &gt; 해외소식 | 바다소리 커뮤니티</title>
<link rel="stylesheet" href="/theme/basic/css/default.css?ver=171222">
<link rel="stylesheet" href="/skin/board/basic/style.css?ver=171222">
<script>var g5_url = "https://badasori.example"; var g5_bo_table = "world";</script>
</head>
<body>
<div id="hd">
  <h1 id="hd_h1">{E(a['title'])} &gt; 해외소식</h1>
  <div id="skip_to_container"><a href="#container">본문 바로가기</a></div>
  <div id="tnb"><ul id="hd_qnb"><li><a href="/bbs/login.php">로그인</a></li><li><a href="/bbs/register.php">회원가입</a></li><li><a href="/bbs/new.php">최신글</a></li></ul></div>
  <nav id="gnb"><ul id="gnb_1dul">
    <li class="gnb_1dli"><a href="/bbs/board.php?bo_table=notice">공지사항</a></li>
    <li class="gnb_1dli"><a href="/bbs/board.php?bo_table=world">해외소식</a></li>
    <li class="gnb_1dli"><a href="/bbs/board.php?bo_table=free">자유게시판</a></li>
    <li class="gnb_1dli"><a href="/bbs/board.php?bo_table=photo">사진첩</a></li>
  </ul></nav>
</div>
<div id="wrapper"><div id="container">
<h2 id="container_title"><span title="해외소식">해외소식</span></h2>
<article id="bo_v" style="width:100%">
  <header><h2 id="bo_v_title"><span class="bo_v_tit">{E(a['title'])}</span></h2></header>
  <section id="bo_v_info">
    <h2>페이지 정보</h2>
    <div class="profile_info"><div class="profile_info_ct">
      <span class="sound_only">작성자</span> <strong><span class="sv_member">물결소리</span></strong><br>
      <span class="sound_only">댓글</span><strong><a href="#bo_vc"> 0건</a></strong>
      <span class="sound_only">조회</span><strong>1,482회</strong>
      <strong class="if_date"><span class="sound_only">작성일</span>24-10-15 09:31</strong>
    </div></div>
    <div id="bo_v_top"><ul class="btn_bo_user bo_v_com">
      <li><a href="/bbs/board.php?bo_table=world" class="btn_b01 btn" title="목록"><span class="sound_only">목록</span></a></li>
      <li><a href="/bbs/write.php?bo_table=world" class="btn_b01 btn" title="글쓰기"><span class="sound_only">글쓰기</span></a></li>
    </ul></div>
  </section>
  <section id="bo_v_atc">
    <h2 id="bo_v_atc_title">본문</h2>
    <div id="bo_v_con">
{body}
<p>&nbsp;</p>
{body}
</div>
<div style="display:none">{''.join('<a href="%s">%s</a> ' % x for x in hidden1)}</div>
    <div id="bo_v_act"><a href="#" class="bo_v_good">추천 <strong>4</strong></a> <a href="#" class="bo_v_nogood">비추천 <strong>0</strong></a></div>
  </section>
  <ul class="bo_v_nb">
    <li class="btn_prv"><span class="nb_tit">이전글</span><a href="/bbs/board.php?bo_table=world&amp;wr_id=2212">항만 노조 임금협상 잠정 타결</a> <span class="nb_date">24.10.15</span></li>
    <li class="btn_next"><span class="nb_tit">다음글</span><a href="/bbs/board.php?bo_table=world&amp;wr_id=2210">주말 연안 조업 통제 구역 안내</a> <span class="nb_date">24.10.14</span></li>
  </ul>
  <section id="bo_vc"><h2>댓글목록</h2><p id="bo_vc_empty">등록된 댓글이 없습니다.</p></section>
  <aside id="bo_vc_w"><h2>댓글쓰기</h2><p class="bo_vc_login">회원만 댓글을 쓸 수 있습니다.</p></aside>
</article>
</div></div>
<div id="ft"><div id="ft_link"><a href="/page/about">사이트 소개</a> <a href="/page/privacy">개인정보처리방침</a> <a href="/page/terms">이용약관</a></div>
<div id="ft_copy">Copyright &copy; badasori.example All rights reserved.</div></div>
</body>
</html>
"""
PAGES.append((case("s01-gnuboard-en", lang="en", chrome_lang="ko", template="gnuboard", title=a["title"],
    text=truth_text(a["paras"]), spam_urls=["https://fastcash-loanhub.top/apply?ref=pm24"] + [u for u, _ in hidden1],
    legit_urls=["https://en.wikipedia.org/wiki/Bridge_bearing"], duplicated=True, dup_kind="exact",
    boilerplate_lines=["바다소리 커뮤니티", "본문 바로가기", "로그인", "회원가입", "최신글", "공지사항", "해외소식", "자유게시판",
        "사진첩", "페이지 정보", "작성자", "조회", "작성일", "본문", "목록", "글쓰기", "추천", "비추천", "이전글", "다음글",
        "항만 노조 임금협상 잠정 타결", "주말 연안 조업 통제 구역 안내", "댓글목록", "등록된 댓글이 없습니다.", "댓글쓰기",
        "회원만 댓글을 쓸 수 있습니다.", "사이트 소개", "개인정보처리방침", "이용약관",
        "Copyright © badasori.example All rights reserved.", "온라인카지노 먹튀없는곳", "slot gacor hari ini"],
    spam_patterns=["spliced_url", "hidden_block"], controls=["legit_links"]), page, "utf-8", "\n"))

# s02: GnuBoard4-style table skin, Korean article, EUC-KR declared, CP949 bytes, near duplicate
a = A["s02"]
def tf02(s):
    return (s.replace("똠", "&#46624;").replace("·", "&middot;").replace('"', "&quot;")
             .replace("있으며, ", "있으며,&nbsp;").replace(", ", ",&nbsp;").replace("다. ", "다.&nbsp; "))
b1 = "<br>\n".join(render(p, "html") for p in a["paras"])
b2 = "<br>\n".join(render(p, "html", tf02) for p in a["paras"])
page = f"""<html>
<head>
<meta http-equiv="content-type" content="text/html; charset=euc-kr">
<title>가람골 사람들 &gt; 지역소식 &gt; {E(a['title'])}</title>
<link rel="stylesheet" href="../style.css" type="text/css">
</head>
<body topmargin="0" leftmargin="0">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td class="logo"><a href="../">가람골 사람들</a></td>
<td align="right"><a href="../bbs/login.php">로그인</a> | <a href="../bbs/member_join.php">회원가입</a> | <a href="../bbs/search.php">전체검색</a></td></tr></table>
<table width="100%"><tr><td class="menu"><a href="board.php?bo_table=local">지역소식</a> | <a href="board.php?bo_table=market">나눔장터</a> | <a href="board.php?bo_table=qna">묻고답하기</a></td></tr></table>
<table width="97%" align="center" cellpadding="0" cellspacing="0"><tr><td>
<table width="100%" cellspacing="0" cellpadding="0"><tr>
<td height="30" class="subject"><b>{E(a['title'])}</b></td></tr>
<tr><td height="24" style="color:#888888;">글쓴이 : <span class="member">강변산책</span> &nbsp;&nbsp; 날짜 : 11-06-13 14:02 &nbsp;&nbsp; 조회 : 3,318</td></tr></table>
<table width="100%" cellspacing="0" cellpadding="0"><tr><td height="150" style="word-break:break-all; padding:10px;">
<span id="writeContents" style="line-height:160%;">{b1}<br>
<br>
{b2}</span>
</td></tr></table>
<table width="100%"><tr><td><a href="board.php?bo_table=local&amp;wr_id=871">▲ 윗글</a> 강변 자전거길 야간 조명 설치 완료 <span class="date">11-06-12</span></td></tr>
<tr><td><a href="board.php?bo_table=local&amp;wr_id=869">▼ 아랫글</a> 여름철 물놀이 안전수칙 안내 <span class="date">11-06-10</span></td></tr></table>
<table width="100%" class="comment"><tr><td>코멘트 0</td></tr><tr><td class="empty">작성된 코멘트가 없습니다.</td></tr></table>
<table width="100%"><tr><td align="right"><a href="board.php?bo_table=local"><img src="../skin/board/basic/img/btn_list.gif" alt="목록"> 목록</a>
<a href="write.php?w=r&amp;bo_table=local&amp;wr_id=870">답변</a> <a href="write.php?bo_table=local">글쓰기</a></td></tr></table>
</td></tr></table>
<table width="100%"><tr><td class="copy">가람골 사람들 | 운영자 메일: admin@garamgol.test | Copyright ⓒ garamgol.test</td></tr></table>
</body>
</html>
"""
PAGES.append((case("s02-gnuboard-ko-euckr", lang="ko", chrome_lang="ko", encoding="cp949", declared_charset="euc-kr",
    template="gnuboard", title=a["title"], text=truth_text(a["paras"]), spam_urls=["https://mega-toto77.xyz/event/join"],
    duplicated=True, dup_kind="near",
    boilerplate_lines=["가람골 사람들", "로그인", "회원가입", "전체검색", "지역소식", "나눔장터", "묻고답하기", "글쓴이 :", "날짜 :",
        "조회 :", "▲ 윗글", "강변 자전거길 야간 조명 설치 완료", "▼ 아랫글", "여름철 물놀이 안전수칙 안내", "코멘트 0",
        "작성된 코멘트가 없습니다.", "목록", "답변", "글쓰기", "운영자 메일: admin@garamgol.test", "Copyright ⓒ garamgol.test"],
    spam_patterns=["anchor_word"]), page, "cp949", "\r\n"))

# s03: real-looking GnuBoard5 markup (div#bo_v_con with <br/> pairs, auto-linked <A HREF>, hidden textarea copies)
a = A["s03"]
AUTOLINK = re.compile(r"(https?://[^\s<]+)")
def g5(p):
    return AUTOLINK.sub(r'<A HREF="\1" TARGET="_blank"  rel="nofollow">\1</A>', render(p, "html"))
copy1 = "<br/><br/>".join(g5(p) for p in a["paras"])
first2 = "<br/><br/>".join(g5(p) for p in a["paras"][:2])
cut = render(a["paras"][2], "html")
copy2 = first2 + "<br/><br/>" + cut[:cut.index("세 번째부터는") + 4]
short = a["title"][:70] + "…"
c03 = [dict(author="산책하는곰", date="25-09-03 08:12", iso="2025-09-03T08:12:00+09:00", cid=118,
            text="작년에 해 지고 내려오다가 길 잃을 뻔했어요. 통제 찬성합니다."),
       dict(author="초록물결", date="25-09-03 10:47", iso="2025-09-03T10:47:00+09:00", cid=119,
            text="과태료 기준이 생각보다 세네요. 입구 안내판을 크게 붙여주면 좋겠습니다.")]
cm = ""
for c in c03:
    cm += f"""
	<article id="c_{c['cid']}" >
        <div class="pf_img"><img src="https://sanjang.example/img/no_profile.gif" alt="profile_image"></div>
        <div class="cm_wrap">
            <header style="z-index:2">
	            <h2>{c['author']}님의  댓글</h2>
	            <span class="member">{c['author']}</span>	            <span class="sound_only">작성일</span>
	            <span class="bo_vc_hdinfo"><i class="fa fa-clock-o" aria-hidden="true"></i> <time datetime="{c['iso']}">{c['date']}</time></span>
	        </header>
	        <div class="cmt_contents">
	            <p>
	                {E(c['text'])}	            </p>
	        </div>
	        <span id="edit_{c['cid']}" class="bo_vc_w"></span><!-- 수정 -->
	        <span id="reply_{c['cid']}" class="bo_vc_w"></span><!-- 답변 -->
	        <input type="hidden" value="" id="secret_comment_{c['cid']}">
	        <textarea id="save_comment_{c['cid']}" style="display:none">{E(c['text'])}</textarea>
		</div>
		<div class="bo_vl_opt">
            <button type="button" class="btn_cm_opt btn_b01 btn"><i class="fa fa-ellipsis-v" aria-hidden="true"></i><span class="sound_only">댓글 옵션</span></button>
        	<ul class="bo_vc_act"><li><a href="https://sanjang.example/bbs/board.php?bo_table=notice&amp;wr_id=57&amp;c_id={c['cid']}&amp;w=c#bo_vc_w" onclick="comment_box('{c['cid']}', 'c'); return false;">답변</a></li></ul>
        </div>
    </article>
"""
page = f"""<!doctype html>
<html lang="ko">
<head>
<meta charset="utf-8">
<meta http-equiv="imagetoolbar" content="no">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>{E(a['title'])} &gt; 산행공지 | 산장지기 모임</title>
<link rel="stylesheet" href="https://sanjang.example/theme/basic/css/default.css?ver=2303229">
<link rel="stylesheet" href="https://sanjang.example/skin/board/basic/style.css?ver=2303229">
<script>
// 자바스크립트에서 사용하는 전역변수 선언
var g5_url       = "https://sanjang.example";
var g5_bbs_url   = "https://sanjang.example/bbs";
var g5_is_member = "";
var g5_bo_table  = "notice";
</script>
<script src="https://sanjang.example/js/jquery-1.12.4.min.js?ver=2304171"></script>
</head>
<body>

<!-- 상단 시작 {{ -->
<div id="hd">
    <h1 id="hd_h1">{E(a['title'])} &gt; 산행공지</h1>
    <div id="skip_to_container"><a href="#container">본문 바로가기</a></div>
        <div id="tnb">
    	<div class="inner">
			<ul id="hd_qnb">
	            <li><a href="https://sanjang.example/bbs/faq.php">FAQ</a></li>
	            <li><a href="https://sanjang.example/bbs/qalist.php">Q&amp;A</a></li>
	            <li><a href="https://sanjang.example/bbs/new.php">새글</a></li>
	            <li><a href="https://sanjang.example/bbs/current_connect.php" class="visit">접속자<strong class="visit-num">3</strong></a></li>
	        </ul>
		</div>
	</div>
    <nav id="gnb">
        <h2>메인메뉴</h2>
        <ul id="gnb_1dul">
            <li class="gnb_1dli"><a href="https://sanjang.example/bbs/board.php?bo_table=notice" class="gnb_1da">산행공지</a></li>
            <li class="gnb_1dli"><a href="https://sanjang.example/bbs/board.php?bo_table=review" class="gnb_1da">산행후기</a></li>
            <li class="gnb_1dli"><a href="https://sanjang.example/bbs/board.php?bo_table=gear" class="gnb_1da">장비이야기</a></li>
        </ul>
    </nav>
</div>
<!-- }} 상단 끝 -->

<!-- 콘텐츠 시작 {{ -->
<div id="wrapper">
    <div id="container_wr">
    <div id="container">
        <h2 id="container_title"><span title="{E(a['title'])} &gt; 산행공지">산행공지</span></h2>

<!-- 게시물 읽기 시작 {{ -->
<article id="bo_v" style="width:100%">
    <header>
        <h2 id="bo_v_title">
                        <span class="bo_v_tit">
            {E(short)}</span>
        </h2>
    </header>

    <section id="bo_v_info">
        <h2>페이지 정보</h2>
        <div class="profile_info">
        	<div class="pf_img"><img src="https://sanjang.example/img/no_profile.gif" alt="profile_image"></div>
        	<div class="profile_info_ct">
        		<span class="sound_only">작성자</span> <strong><span class="sv_guest">능선지기</span></strong><br>
       		 	<span class="sound_only">댓글</span><strong><a href="#bo_vc"> <i class="fa fa-commenting-o" aria-hidden="true"></i> 2건</a></strong>
        		<span class="sound_only">조회</span><strong><i class="fa fa-eye" aria-hidden="true"></i> 57회</strong>
        		<strong class="if_date"><span class="sound_only">작성일</span><i class="fa fa-clock-o" aria-hidden="true"></i> 25-09-02 21:44</strong>
    		</div>
    	</div>
	    <div id="bo_v_top">
	        <ul class="btn_bo_user bo_v_com">
				<li><a href="https://sanjang.example/bbs/board.php?bo_table=notice" class="btn_b01 btn" title="목록"><i class="fa fa-list" aria-hidden="true"></i><span class="sound_only">목록</span></a></li>
	            <li><a href="https://sanjang.example/bbs/write.php?w=r&amp;bo_table=notice&amp;wr_id=57" class="btn_b01 btn" title="답변"><i class="fa fa-reply" aria-hidden="true"></i><span class="sound_only">답변</span></a></li>
	            <li><a href="https://sanjang.example/bbs/write.php?bo_table=notice" class="btn_b01 btn" title="글쓰기"><i class="fa fa-pencil" aria-hidden="true"></i><span class="sound_only">글쓰기</span></a></li>
	        </ul>
	    </div>
    </section>

    <section id="bo_v_atc">
        <h2 id="bo_v_atc_title">본문</h2>
        <div id="bo_v_share">
        	    </div>
        <div id="bo_v_img">
</div>
        <!-- 본문 내용 시작 {{ -->
        <div id="bo_v_con">{copy1}<br/><br/>{copy2}</div>
                <!-- }} 본문 내용 끝 -->
    </section>

        <ul class="bo_v_nb">
        <li class="btn_prv"><span class="nb_tit"><i class="fa fa-chevron-up" aria-hidden="true"></i> 이전글</span><a href="https://sanjang.example/bbs/board.php?bo_table=notice&amp;wr_id=58">10월 정기 산행 참가 신청 받습니다</a> <span class="nb_date">25.09.03</span></li>        <li class="btn_next"><span class="nb_tit"><i class="fa fa-chevron-down" aria-hidden="true"></i> 다음글</span><a href="https://sanjang.example/bbs/board.php?bo_table=notice&amp;wr_id=56">대피소 예약 시스템 점검 일정</a>  <span class="nb_date">25.09.01</span></li>    </ul>

<button type="button" class="cmt_btn"><span class="total"><b>댓글</b> 2</span><span class="cmt_more"></span></button>
<!-- 댓글 시작 {{ -->
<section id="bo_vc">
    <h2>댓글목록</h2>
{cm}
</section>
<!-- }} 댓글 끝 -->

<!-- 댓글 쓰기 시작 {{ -->
<aside id="bo_vc_w" class="bo_vc_w">
    <h2>댓글쓰기</h2>
    <form name="fviewcomment" id="fviewcomment" action="https://sanjang.example/bbs/write_comment_update.php" method="post" autocomplete="off">
    <span class="sound_only">내용</span>
        <textarea id="wr_content" name="wr_content" maxlength="10000" required class="required" title="내용" placeholder="댓글내용을 입력해주세요"></textarea>
    <div class="bo_vc_w_wr">
        <div class="bo_vc_w_info">
            <label for="wr_name" class="sound_only">이름<strong> 필수</strong></label>
            <input type="text" name="wr_name" value="" id="wr_name" required class="frm_input required" size="25" placeholder="이름">
            <label for="wr_password" class="sound_only">비밀번호<strong> 필수</strong></label>
            <input type="password" name="wr_password" id="wr_password" required class="frm_input required" size="25" placeholder="비밀번호">
<fieldset id="captcha" class="captcha">
<legend><label for="captcha_key">자동등록방지</label></legend>
<span id="captcha_info">자동등록방지 숫자를 순서대로 입력하세요.</span>
</fieldset>
        </div>
        <div class="btn_confirm">
            <button type="submit" id="btn_submit" class="btn_submit">댓글등록</button>
        </div>
    </div>
    </form>
</aside>
<!-- }} 댓글 쓰기 끝 -->
</article>
<!-- }} 게시판 읽기 끝 -->
    </div>
    <div id="aside">
<section id="ol_before" class="ol">
	<div class="ol_wr">
    <h2>회원로그인</h2>
    <form name="foutlogin" action="https://sanjang.example/bbs/login_check.php" method="post" autocomplete="off">
        <label for="ol_id" class="sound_only">회원아이디<strong>필수</strong></label>
        <input type="text" id="ol_id" name="mb_id" required maxlength="20" placeholder="아이디">
        <button type="submit" id="ol_submit">로그인</button>
        <a href="https://sanjang.example/bbs/register.php" class="join">회원가입</a>
    </form>
    </div>
</section>
<section id="visit">
    <h2>접속자집계</h2>
    <dl>
        <dt><span></span> 오늘</dt><dd><strong>12</strong></dd>
        <dt><span></span> 어제</dt><dd><strong>31</strong></dd>
        <dt><span></span> 최대</dt><dd><strong>88</strong></dd>
        <dt><span></span> 전체</dt><dd><strong>4,602</strong></dd>
    </dl>
</section>
    </div>
</div>
</div>
<!-- }} 콘텐츠 끝 -->

<!-- 하단 시작 {{ -->
<div id="ft">
    <div id="ft_wr">
        <div id="ft_link" class="ft_cnt">
            <a href="https://sanjang.example/bbs/content.php?co_id=company">회사소개</a>
            <a href="https://sanjang.example/bbs/content.php?co_id=privacy">개인정보처리방침</a>
            <a href="https://sanjang.example/bbs/content.php?co_id=provision">서비스이용약관</a>
        </div>
        <div id="ft_company" class="ft_cnt">
        	<h2>사이트 정보</h2>
	        <p class="ft_info">
	        	회사명 : 회사명 / 대표 : 대표자명<br>
				주소  : OO도 OO시 OO구 OO동 123-45<br>
				사업자 등록번호  : 123-45-67890<br>
	        </p>
	    </div>
	</div>
    <div id="ft_copy">Copyright &copy; <b>소유하신 도메인.</b> All rights reserved.</div>
</div>
<!-- }} 하단 끝 -->
</body>
</html>
"""
PAGES.append((case("s03-gnuboard-real-ko", lang="ko", chrome_lang="ko", template="gnuboard", title=a["title"],
    text=truth_text(a["paras"]), spam_urls=["https://jjang-toto365.top/bbs/view?no=2291"],
    legit_urls=["https://www.korea.kr/briefing/pressReleaseView.do?newsId=156600123"], duplicated=True, dup_kind="truncated",
    boilerplate_lines=["본문 바로가기", "새글", "접속자", "메인메뉴", "산행공지", "산행후기", "장비이야기", short, "페이지 정보",
        "작성자", "조회", "작성일", "목록", "답변", "글쓰기", "본문", "이전글", "10월 정기 산행 참가 신청 받습니다", "다음글",
        "대피소 예약 시스템 점검 일정", "댓글목록", "님의  댓글", "댓글 옵션", "댓글쓰기", "자동등록방지",
        "자동등록방지 숫자를 순서대로 입력하세요.", "댓글등록", "회원로그인", "접속자집계", "회사소개", "개인정보처리방침",
        "서비스이용약관", "사이트 정보", "회사명 : 회사명 / 대표 : 대표자명", "사업자 등록번호  : 123-45-67890",
        "소유하신 도메인."],
    comments=[dict(author=c["author"], date=c["date"], text=c["text"]) for c in c03],
    spam_patterns=["spliced_url"], controls=["legit_links"]), page, "utf-8", "\n"))

# s04: Rhymix/XE, Korean, dropped paragraph, keyword anchor, 2 comments
a = A["s04"]
c04 = [dict(author="책벌레88", date="2024.05.21 22:14", text="퇴근하고 반납하러 뛰어가던 일이 없어지겠네요. 반가운 소식입니다."),
       dict(author="한빛주민", date="2024.05.22 09:03", text="우리 동네 주민센터에도 생기는지 궁금합니다. 목록이 따로 공개되나요?")]
cmts = "\n".join(f"""<li id="comment_{3310+i}" class="fbItem">
<div class="fbMeta"><h3 class="author"><a href="#" class="member_{80+i}">{c['author']}</a></h3><p class="time">{c['date']}</p></div>
<div class="comment_{3310+i}_{80+i} xe_content">{E(c['text'])}</div>
<p class="action"><a href="#" class="reply">댓글</a><a href="#" class="vote">추천</a></p></li>""" for i, c in enumerate(c04))
page = f"""<!DOCTYPE html>
<html lang="ko">
<head>
<meta charset="utf-8">
<meta name="generator" content="Rhymix">
<title>{E(a['title'])} - 구정소식 - 한빛동네</title>
<link rel="stylesheet" href="/common/css/rhymix.scss" />
<link rel="stylesheet" href="/layouts/xedition/css/layout.css" />
<meta property="og:site_name" content="한빛동네" />
</head>
<body class="ko">
<div class="xe">
<header class="header"><h1><a href="/" id="siteTitle">한빛동네</a></h1>
<nav class="gnb" id="gnb"><ul><li><a href="/news">구정소식</a></li><li><a href="/life">생활정보</a></li><li><a href="/free">수다방</a></li><li><a href="/member/login">로그인</a></li></ul></nav></header>
<div class="body"><div class="content" id="content">
<div class="board"><div class="board_read">
<div class="read_header"><h1><a href="/news/50231">{E(a['title'])}</a></h1>
<p class="meta"><a href="#popup_menu_area" class="author member_80">구청소식지기</a><span class="time">2024.05.21 17:40</span><span class="read">조회 수 1204</span><span class="vote">추천 수 3</span><span class="cmt">댓글 2</span></p></div>
<div class="read_body"><!--BeforeDocument(50231,80)--><div class="document_50231_80 xe_content">
{paras_html(a['paras'])}
<p><br></p>
{paras_html([p for i, p in enumerate(a['paras']) if i != 2])}
</div><!--AfterDocument(50231,80)--></div>
<div class="read_footer"><div class="fileList"><button type="button" class="toggleFile">첨부 0</button></div>
<div class="tns"><a class="document_50231 action" href="#popup_menu_area">이 게시물을</a><a href="/index.php?mid=news&amp;document_srl=50231&amp;act=dispBoardDelete" class="action">삭제</a><a href="/index.php?mid=news" class="action">목록</a></div></div>
</div>
<div class="feedback" id="comment"><div class="fbHeader"><h2>댓글 <em>2</em></h2></div>
<ul class="fbList">
{cmts}
</ul>
<form action="./" method="post" class="write_comment"><textarea cols="50" rows="4" placeholder="댓글 쓰기"></textarea><input type="submit" value="등록" class="btn" /></form></div>
<div class="board_list"><table width="100%"><thead><tr><th>번호</th><th>제목</th><th>글쓴이</th><th>날짜</th><th>조회 수</th></tr></thead>
<tbody><tr><td>1412</td><td class="title"><a href="/news/50240">어린이 물놀이장 6월 15일 개장</a></td><td>구청소식지기</td><td>2024.05.22</td><td>388</td></tr>
<tr><td>1411</td><td class="title"><a href="/news/50212">5월 대형폐기물 수거 일정 변경 안내</a></td><td>구청소식지기</td><td>2024.05.20</td><td>902</td></tr></tbody></table></div>
</div></div></div>
<footer class="footer"><p>한빛동네는 주민이 직접 운영하는 비영리 커뮤니티입니다.</p><p class="copyright">© 2024 hanbit-town.test · Powered by Rhymix</p></footer>
</div>
</body>
</html>
"""
PAGES.append((case("s04-rhymix-ko", lang="ko", chrome_lang="ko", template="rhymix", title=a["title"], text=truth_text(a["paras"]),
    spam_urls=["https://royal-casino365.xyz/"], legit_urls=["https://ko.wikipedia.org/wiki/공공도서관"], duplicated=True,
    dup_kind="dropped_paragraph",
    boilerplate_lines=["한빛동네", "구정소식", "생활정보", "수다방", "로그인", "구청소식지기", "조회 수 1204", "추천 수 3", "첨부 0",
        "이 게시물을", "삭제", "목록", "댓글 쓰기", "번호", "제목", "글쓴이", "날짜", "어린이 물놀이장 6월 15일 개장",
        "5월 대형폐기물 수거 일정 변경 안내", "한빛동네는 주민이 직접 운영하는 비영리 커뮤니티입니다.",
        "© 2024 hanbit-town.test · Powered by Rhymix"],
    comments=c04, spam_patterns=["anchor_kw"], spam_texts=["바카라사이트 추천"], controls=["legit_links"]), page, "utf-8", "\n"))

# s05: phpBB thread, opening post + 2 replies, signature link, repeated sentence
a = A["s05"]
sig = ("https://tripdeal-hub.shop/?aff=883", "Cheap flights and hotels, no booking fee")
replies = [dict(author="riverrat_62", date="Sun Mar 10, 2024 11:52 am", pid=40218,
                text="Our pressure came back around noon but the water is cloudy. Running the cold tap for a few minutes seems to help."),
           dict(author="k.mendez", date="Sun Mar 10, 2024 2:18 pm", pid=40223,
                text="Thanks for posting. The distribution point at the community center had a short line when I went by after lunch.")]
def post(pid, author, date, content, subject, extra="", sigline=""):
    return f"""<div id="p{pid}" class="post has-profile bg{1 + pid % 2}"><div class="inner">
<dl class="postprofile"><dt><a href="./memberlist.php?mode=viewprofile&amp;u={pid % 997}" class="username">{author}</a></dt>
<dd class="profile-posts"><strong>Posts:</strong> {pid % 613}</dd><dd class="profile-joined"><strong>Joined:</strong> Wed Jun 15, 2016 7:02 pm</dd></dl>
<div class="postbody"><div id="post_content{pid}"><h3><a href="#p{pid}">{subject}</a></h3>
<p class="author"><a href="./viewtopic.php?p={pid}#p{pid}" title="Post"><i class="icon fa-file"></i></a> by <strong>{author}</strong> &raquo; {date}</p>
<div class="content">{content}</div>
{extra}{sigline}</div></div></div></div>
<hr class="divider" />"""
op = "<br /><br />\n".join(render(p, "html") for p in a["paras"])
page = f"""<!DOCTYPE html>
<html dir="ltr" lang="en-gb">
<head>
<meta charset="utf-8" />
<title>{E(a['title'])} - Local News - Ellsworth Neighbors Forum</title>
<link href="./styles/prosilver/theme/stylesheet.css?assets_version=41" rel="stylesheet">
</head>
<body id="phpbb" class="nojs notouch section-viewtopic ltr">
<div id="wrap" class="wrap">
<div id="page-header"><div class="headerbar"><div id="site-description"><h1>Ellsworth Neighbors Forum</h1><p>News, notices and neighborly talk since 2009</p></div></div>
<div class="navbar"><ul class="nav-main linklist"><li><a href="./faq.php">FAQ</a></li><li><a href="./search.php">Search</a></li><li class="rightside"><a href="./ucp.php?mode=login">Login</a></li><li class="rightside"><a href="./ucp.php?mode=register">Register</a></li></ul>
<ul class="nav-breadcrumbs linklist"><li class="breadcrumbs"><a href="./index.php">Forum index</a> &lsaquo; <a href="./viewforum.php?f=7">Local News</a></li></ul></div></div>
<div id="page-body" class="page-body">
<h2 class="topic-title"><a href="./viewtopic.php?t=9127">{E(a['title'])}</a></h2>
<div class="action-bar bar-top"><a href="./posting.php?mode=reply&amp;t=9127" class="button">Post Reply</a><div class="pagination">3 posts &bull; Page <strong>1</strong> of <strong>1</strong></div></div>
{post(40211, "ellsworth_watch", "Sun Mar 10, 2024 9:05 am", op, E(a['title']), sigline='<div id="sig40211" class="signature">' + E(sig[1]) + ': <a href="' + sig[0] + '" class="postlink">' + sig[0] + '</a></div>')}
{"".join(post(r['pid'], r['author'], r['date'], E(r['text']), 'Re: ' + E(a['title'])) for r in replies)}
<div class="action-bar bar-bottom"><a href="./posting.php?mode=reply&amp;t=9127" class="button">Post Reply</a><div class="pagination">3 posts &bull; Page <strong>1</strong> of <strong>1</strong></div></div>
<p class="jumpbox-return"><a href="./viewforum.php?f=7">Return to Local News</a></p>
<div class="stat-block online-list"><h3>Who is online</h3><p>Users browsing this forum: Bing [Bot] and 9 guests</p></div>
</div>
<div id="page-footer" class="page-footer"><div class="navbar"><ul class="linklist"><li><a href="./index.php">Forum index</a></li><li class="rightside">All times are UTC-05:00</li><li class="rightside"><a href="./memberlist.php?mode=team">The team</a></li></ul></div>
<div class="copyright">Powered by <a href="https://www.phpbb.com/">phpBB</a>&reg; Forum Software &copy; phpBB Limited<br>Style by Arty - phpBB 3.3 by MrGaby</div></div>
</div>
</body>
</html>
"""
PAGES.append((case("s05-phpbb-en", lang="en", chrome_lang="en", template="phpbb", title=a["title"], text=truth_text(a["paras"]),
    spam_urls=[sig[0]], legit_urls=["https://www.cdc.gov/water-emergency/about/boil-water-advisory.html"],
    boilerplate_lines=["Ellsworth Neighbors Forum", "News, notices and neighborly talk since 2009", "FAQ", "Search", "Login",
        "Register", "Forum index", "Local News", "Post Reply", "3 posts • Page 1 of 1", "Posts:", "Joined:",
        "Wed Jun 15, 2016 7:02 pm", "Sun Mar 10, 2024 9:05 am", "Cheap flights and hotels, no booking fee",
        "Return to Local News", "Who is online", "Users browsing this forum: Bing [Bot] and 9 guests",
        "All times are UTC-05:00", "The team", "Forum Software © phpBB Limited", "Style by Arty - phpBB 3.3 by MrGaby"],
    comments=[dict(author=r["author"], date=r["date"], text=r["text"]) for r in replies],
    spam_patterns=["signature"], controls=["legit_links", "repeated_sentence"]), page, "utf-8", "\n"))

# s06: WordPress (block theme), curly quotes, share bar, empty comments, keyword anchor
a = A["s06"]
wpb = "\n\n".join('<p class="wp-block-paragraph">%s</p>' % render(p, "html") for p in a["paras"])
page = f"""<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="UTF-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<title>{E(a['title'])} &#8211; The Eastside Ledger</title>
<meta name="generator" content="WordPress 6.4.3" />
<link rel='stylesheet' id='wp-block-library-css' href='https://eastside-ledger.example/wp-includes/css/dist/block-library/style.min.css?ver=6.4.3' media='all' />
</head>
<body class="post-template-default single single-post postid-2817 wp-embed-responsive">
<div class="wp-site-blocks">
<header class="wp-block-template-part"><div class="wp-block-group">
<p class="wp-block-site-title"><a href="https://eastside-ledger.example" rel="home">The Eastside Ledger</a></p>
<p class="wp-block-site-tagline">Neighborhood news you can use</p>
<nav class="wp-block-navigation"><ul class="wp-block-navigation__container"><li class="wp-block-navigation-item"><a href="/category/news/">News</a></li><li class="wp-block-navigation-item"><a href="/events/">Events</a></li><li class="wp-block-navigation-item"><a href="/about/">About us</a></li><li class="wp-block-navigation-item"><a href="/tips/">Send a tip</a></li></ul></nav>
</div></header>
<main class="wp-block-group">
<h1 class="wp-block-post-title">{E(a['title'])}</h1>
<div class="wp-block-group post-meta"><div class="wp-block-post-date"><time datetime="2024-04-22T08:15:00-04:00">April 22, 2024</time></div>
<div class="wp-block-post-author"><span class="byline-prefix">Written by</span> <span class="wp-block-post-author__name">Ruth Okafor</span></div>
<div class="taxonomy-category wp-block-post-terms"><a href="/category/environment/" rel="tag">Environment</a></div></div>
<div class="entry-content wp-block-post-content">
{wpb}
</div>
<div class="sharedaddy sd-sharing-enabled"><h3 class="sd-title">Share this:</h3><ul>
<li class="share-facebook"><a href="#" class="share-facebook sd-button"><span>Facebook</span></a></li>
<li class="share-x"><a href="#" class="share-x sd-button"><span>X</span></a></li>
<li class="share-email"><a href="#" class="share-email sd-button"><span>Email</span></a></li>
<li class="share-print"><a href="#" class="share-print sd-button"><span>Print</span></a></li></ul></div>
<div class="taxonomy-post_tag wp-block-post-terms"><span class="wp-block-post-terms__prefix">Tagged: </span><a href="/tag/canopy/" rel="tag">canopy</a><span class="wp-block-post-terms__separator">, </span><a href="/tag/volunteering/" rel="tag">volunteering</a></div>
<nav class="wp-block-group post-navigation-link"><div class="post-navigation-link-previous"><a href="/2024/04/19/library-hours/" rel="prev">&larr; Library extends Sunday hours through summer</a></div>
<div class="post-navigation-link-next"><a href="/2024/04/24/bike-lanes/" rel="next">Protected bike lane plan heads to council &rarr;</a></div></nav>
<div class="wp-block-comments">
<h2 class="wp-block-heading">Comments</h2>
<p class="wp-block-comments-empty">No comments yet.</p>
<div id="respond" class="comment-respond wp-block-post-comments-form">
<h3 id="reply-title" class="comment-reply-title">Leave a Reply <small><a rel="nofollow" id="cancel-comment-reply-link" href="#respond" style="display:none;">Cancel reply</a></small></h3>
<form action="https://eastside-ledger.example/wp-comments-post.php" method="post" id="commentform" class="comment-form" novalidate>
<p class="comment-notes"><span id="email-notes">Your email address will not be published.</span> <span class="required-field-message">Required fields are marked <span class="required">*</span></span></p>
<p class="comment-form-comment"><label for="comment">Comment <span class="required">*</span></label> <textarea id="comment" name="comment" cols="45" rows="8" maxlength="65525" required></textarea></p>
<p class="comment-form-cookies-consent"><input id="wp-comment-cookies-consent" name="wp-comment-cookies-consent" type="checkbox" value="yes" /> <label for="wp-comment-cookies-consent">Save my name, email, and website in this browser for the next time I comment.</label></p>
<p class="form-submit wp-block-button"><input name="submit" type="submit" id="submit" class="wp-block-button__link wp-element-button" value="Post Comment" /></p>
</form></div></div>
</main>
<footer class="wp-block-template-part"><div class="wp-block-group"><p class="has-small-font-size">&copy; 2024 The Eastside Ledger. Community supported.</p>
<p class="has-small-font-size">Proudly powered by <a href="https://wordpress.org" rel="nofollow">WordPress</a></p></div></footer>
</div>
</body>
</html>
"""
PAGES.append((case("s06-wordpress-en", lang="en", chrome_lang="en", template="wordpress", title=a["title"], text=truth_text(a["paras"]),
    spam_urls=["https://lucky-spin-palace.top/bonus"], legit_urls=["https://en.wikipedia.org/wiki/Dutch_elm_disease"],
    boilerplate_lines=["The Eastside Ledger", "Neighborhood news you can use", "About us", "Send a tip", "April 22, 2024",
        "Written by", "Ruth Okafor", "Environment", "Share this:", "Facebook", "Email", "Print", "Tagged:",
        "Library extends Sunday hours through summer", "Protected bike lane plan heads to council", "Comments",
        "No comments yet.", "Leave a Reply", "Cancel reply", "Your email address will not be published.",
        "Required fields are marked", "Save my name, email, and website in this browser for the next time I comment.",
        "© 2024 The Eastside Ledger. Community supported.", "Proudly powered by"],
    spam_patterns=["anchor_kw"], spam_texts=["best online casino bonus"], controls=["legit_links"]), page, "utf-8", "\n"))

# s07: plain news site, byline, related list, cookie + newsletter banners, container duplicate, off-screen block
a = A["s07"]
hidden7 = [("https://pinjaman-cepat88.shop/", "pinjaman online cepat cair"), ("https://rx-discount-pills.top/", "cheap viagra no prescription")]
page = f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>{E(a['title'])} | Northgate Courier</title>
<meta property="og:title" content="{E(a['title'])}">
<meta name="author" content="Dana Whitcombe">
<link rel="canonical" href="https://northgate-courier.example/business/2024/03/14/skyline-regional-routes">
</head>
<body class="article-page">
<div id="cookie-banner" class="consent"><p>We use cookies to improve your experience and to show you relevant advertising.</p><button>Accept all</button> <button>Manage preferences</button></div>
<header class="masthead"><a class="logo" href="/">Northgate Courier</a>
<nav><ul><li><a href="/news">News</a></li><li><a href="/business">Business</a></li><li><a href="/sport">Sport</a></li><li><a href="/opinion">Opinion</a></li><li><a href="/subscribe">Subscribe</a></li></ul></nav></header>
<div class="breadcrumb"><a href="/">Home</a> &rsaquo; <a href="/business">Business</a> &rsaquo; Transport</div>
<article class="story">
<h1 class="headline">{E(a['title'])}</h1>
<p class="standfirst">Fenholm loses its only scheduled air link from 2 June</p>
<div class="byline">By <a href="/authors/dana-whitcombe" rel="author">Dana Whitcombe</a>, Transport Correspondent</div>
<time class="dateline" datetime="2024-03-14T18:05:00Z">Updated 14 March 2024, 6:05pm</time>
<div class="story-body" itemprop="articleBody">
{paras_html(a['paras'])}
</div>
<div style="position:absolute;left:-9999px;top:-9999px">{''.join('<a href="%s">%s</a> ' % x for x in hidden7)}</div>
<aside class="newsletter"><h3>Get the Morning Briefing</h3><p>The day's top stories in your inbox before 7am.</p><input type="email" placeholder="Your email address"><button>Sign me up</button></aside>
<div id="m-article" class="story-body--mobile" data-layout="compact">
{paras_html(a['paras'], wrap='<div class="m-par">%s</div>')}
</div>
<section class="related"><h2>Related stories</h2><ul>
<li><a href="/business/2024/02/27/carrick-airport-runway">Carrick airport runway resurfacing to finish early</a></li>
<li><a href="/news/2024/01/09/fenholm-ferry-timetable">Fenholm ferry timetable cut over winter months</a></li>
<li><a href="/business/2023/11/30/flight-school-waiting-list">Flight school waiting list grows to two years</a></li></ul></section>
</article>
<aside class="most-read"><h2>Most read</h2><ol><li><a href="/news/2024/03/14/harbour-fire">Harbour warehouse fire brought under control</a></li><li><a href="/sport/2024/03/13/cup-draw">Cup draw pits neighbours against each other</a></li></ol></aside>
<footer class="site-footer"><ul><li><a href="/about">About us</a></li><li><a href="/contact">Contact</a></li><li><a href="/privacy">Privacy notice</a></li><li><a href="/terms">Terms of use</a></li></ul>
<p>&copy; 2024 Northgate Media Ltd. All rights reserved.</p></footer>
</body>
</html>
"""
PAGES.append((case("s07-news-en", lang="en", chrome_lang="en", template="news", title=a["title"], text=truth_text(a["paras"]),
    spam_urls=[u for u, _ in hidden7], legit_urls=["https://www.caa.co.uk/data-and-analysis/uk-aviation-market/airports/"],
    duplicated=True, dup_kind="container",
    boilerplate_lines=["We use cookies to improve your experience and to show you relevant advertising.", "Accept all",
        "Manage preferences", "Northgate Courier", "Business", "Sport", "Opinion", "Subscribe", "Home",
        "Fenholm loses its only scheduled air link from 2 June", "By", "Transport Correspondent",
        "Updated 14 March 2024, 6:05pm", "Get the Morning Briefing", "The day's top stories in your inbox before 7am.",
        "Sign me up", "Related stories", "Carrick airport runway resurfacing to finish early",
        "Fenholm ferry timetable cut over winter months", "Flight school waiting list grows to two years", "Most read",
        "Harbour warehouse fire brought under control", "Cup draw pits neighbours against each other", "About us",
        "Contact", "Privacy notice", "Terms of use", "© 2024 Northgate Media Ltd. All rights reserved.",
        "pinjaman online cepat cair", "cheap viagra no prescription"],
    spam_patterns=["hidden_block"], controls=["legit_links"]), page, "utf-8", "\n"))

# s08: 2ch-style Japanese board, Shift_JIS undeclared, near duplicate (full-width digits)
a = A["s08"]
fw = lambda s: s.translate(FULLWIDTH)
page = f"""<html>
<head>
<title>{a['title']} - 鉄道ニュース速報＠まとめ板</title>
</head>
<body bgcolor="#EFEFEF" text="#000000" link="#0000FF" alink="#FF0000" vlink="#660099">
<a href="../index.html">■掲示板に戻る■</a> <a href="./">全部</a> <a href="./l50">最新50</a>
<hr>
<font size="+1" color="#FF0000">{a['title']}</font>
<dl class="thread">
<dt>1 ：<font color="green"><b>名無しの車掌さん</b></font>：2024/11/05(火) 09:12:33 ID:kQ7pR2xm</dt>
<dd>{'<br><br>'.join(render(p, 'html') for p in a['paras'])}<br><br><br>{'<br><br>'.join(render(p, 'html', fw) for p in a['paras'])}<br><br></dd>
</dl>
<hr>
<div class="kiji-nav">&lt;&lt; 前の記事：<a href="./1730681100.html">ローカル線の存続協議　沿線３市が負担割合で合意</a> ｜ 次の記事：<a href="./1730899400.html">夜行バス新路線が運行開始</a> &gt;&gt;</div>
<div class="comments"><b>コメント</b><p>コメントはまだありません。</p>
<form method="POST" action="../test/bbs.cgi">
<input type="submit" value="書き込む" name="submit"> 名前：<input name="FROM" size="19"> E-mail<font size="1">（省略可）</font>：<input name="mail" size="19"><br>
<textarea rows="5" cols="70" wrap="off" name="MESSAGE"></textarea></form></div>
<hr>
<div align="right">鉄道ニュース速報＠まとめ板 管理人：ponta (tetsu-matome.test)</div>
</body>
</html>
"""
PAGES.append((case("s08-2ch-ja-sjis", lang="ja", chrome_lang="ja", encoding="shift_jis", declared_charset=None, template="2ch",
    title=a["title"], text=truth_text(a["paras"]), spam_urls=["https://kaitori-best.shop/ranking/", "https://sokujitsu-yushi.top/"],
    duplicated=True, dup_kind="near",
    boilerplate_lines=["鉄道ニュース速報＠まとめ板", "■掲示板に戻る■", "全部", "最新50", "名無しの車掌さん",
        "2024/11/05(火) 09:12:33 ID:kQ7pR2xm", "前の記事：", "ローカル線の存続協議　沿線３市が負担割合で合意", "次の記事：",
        "夜行バス新路線が運行開始", "コメント", "コメントはまだありません。", "名前：", "（省略可）", "管理人：ponta (tetsu-matome.test)"],
    spam_patterns=["spliced_url", "anchor_kw"], spam_texts=["即日融資はこちら"]), page, "shift_jis", "\n"))

# s09: Japanese news page, UTF-8, short 2-paragraph article pasted twice, hijacked word
a = A["s09"]
page = f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="UTF-8">
<title>{a['title']}｜みなと日報デジタル</title>
<meta name="description" content="{render(a['paras'][0], 'truth')[:60]}">
</head>
<body>
<header class="site-header"><div class="logo"><a href="/">みなと日報デジタル</a></div>
<ul class="util"><li><a href="/login">ログイン</a></li><li><a href="/signup">無料会員登録</a></li></ul>
<nav class="global-nav"><a href="/">トップ</a><a href="/national/">社会</a><a href="/economy/">経済</a><a href="/world/">国際</a><a href="/sports/">スポーツ</a><a href="/weather/">天気</a></nav></header>
<ol class="breadcrumb"><li><a href="/">トップ</a></li><li><a href="/weather/">天気</a></li><li>記事</li></ol>
<main><article class="news-article">
<h1 class="article-title">{a['title']}</h1>
<div class="article-meta"><time datetime="2024-11-20T15:42">2024年11月20日 15時42分</time><span class="author">（報道部）</span></div>
<div class="article-body">
{paras_html(a['paras'])}
{paras_html(a['paras'])}
</div>
<div class="share"><span>この記事をシェアする</span><a href="#">X（旧ツイッター）</a><a href="#">フェイスブック</a><a href="#">LINE</a><a href="#">URLをコピー</a></div>
<section class="related"><h2>関連記事</h2><ul><li><a href="/weather/20241105-01">木枯らし1号　平年より5日遅く</a></li><li><a href="/national/20241112-07">冬用タイヤの交換、早めに　販売店に予約相次ぐ</a></li></ul></section>
</article>
<aside class="ranking"><h2>アクセスランキング</h2><ol><li><a href="/economy/20241119-03">年末商戦、物価高で節約志向強まる</a></li><li><a href="/national/20241118-11">市営プールの改修、来年度に延期</a></li></ol></aside></main>
<footer><p>記事の無断転載を禁じます。</p><p>Copyright © Minato Nippo, Ltd. All rights reserved.</p></footer>
</body>
</html>
"""
PAGES.append((case("s09-news-ja", lang="ja", chrome_lang="ja", template="news", title=a["title"], text=truth_text(a["paras"]),
    spam_urls=["https://ouchi-kaitori.xyz/lp/"], legit_urls=["https://www.data.jma.go.jp/cpd/longfcst/kaisetsu/"],
    duplicated=True, dup_kind="exact",
    boilerplate_lines=["みなと日報デジタル", "ログイン", "無料会員登録", "トップ", "社会", "経済", "国際", "スポーツ", "記事",
        "2024年11月20日 15時42分", "（報道部）", "この記事をシェアする", "X（旧ツイッター）", "フェイスブック",
        "URLをコピー", "関連記事", "木枯らし1号　平年より5日遅く", "冬用タイヤの交換、早めに　販売店に予約相次ぐ", "アクセスランキング",
        "年末商戦、物価高で節約志向強まる", "市営プールの改修、来年度に延期", "記事の無断転載を禁じます。",
        "Copyright © Minato Nippo, Ltd. All rights reserved."],
    spam_patterns=["anchor_word"], controls=["short", "legit_links"]), page, "utf-8", "\n"))

# s10: Discuz!, GBK bytes declared gb2312 (王喆 is GBK-only), font-size:0 block, signature, exact duplicate
a = A["s10"]
hidden10 = [("https://dafa-yule888.xyz/", "大发娱乐城"), ("https://pk10-jihua.top/", "北京赛车pk10计划")]
sig10 = ("https://banzheng-kuai.shop/", "诚信代办各类证件")
body10 = "<br />\n".join(render(p, "html") for p in a["paras"])
page = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />
<title>{a['title']} - 民生热议 - 东湖社区论坛 -  Powered by Discuz!</title>
<meta name="generator" content="Discuz! X3.4" />
</head>
<body id="nv_forum" class="pg_viewthread">
<div id="toptb" class="cl"><div class="z"><a href="javascript:;">设为首页</a><a href="javascript:;">收藏本站</a></div><div class="y"><a href="member.php?mod=logging&amp;action=login">登录</a> <a href="member.php?mod=register">立即注册</a></div></div>
<div id="hd"><h2><a href="./" title="东湖社区论坛">东湖社区论坛</a></h2>
<ul id="nv"><li><a href="portal.php">门户</a></li><li class="a"><a href="forum.php">论坛</a></li><li><a href="group.php">群组</a></li><li><a href="misc.php?mod=ranklist">排行榜</a></li></ul></div>
<div id="pt" class="bm cl"><div class="z"><a href="./">东湖社区论坛</a> <em>&rsaquo;</em> <a href="forum.php">论坛</a> <em>&rsaquo;</em> <a href="forum-12-1.html">民生热议</a> <em>&rsaquo;</em> <a href="thread-60317-1-1.html">{a['title']}</a></div></div>
<div id="ct" class="wp cl"><div id="pgt" class="pgs mbm cl"><a href="forum-12-1.html" class="y">返回列表</a></div>
<div id="postlist" class="pl bm">
<table cellspacing="0" cellpadding="0"><tr><td class="pls ptn pbn"><div class="hm ptn"><span class="xg1">查看:</span> <span class="xi1">2261</span><span class="pipe">|</span><span class="xg1">回复:</span> <span class="xi1">0</span></div></td>
<td class="plc ptm pbn vwthd"><h1 class="ts"><span id="thread_subject">{a['title']}</span></h1><span class="xg1"><a href="forum.php?mod=viewthread&amp;tid=60317" onclick="return copyThreadUrl(this)">[复制链接]</a></span></td></tr></table>
<div id="post_980114"><table id="pid980114" class="plhin" cellspacing="0" cellpadding="0"><tr>
<td class="pls" rowspan="2"><div class="pi"><div class="authi"><a href="space-uid-3318.html" class="xw1">湖畔老张</a></div></div><dl class="pil cl"><dt>积分</dt><dd>1875</dd></dl></td>
<td class="plc"><div class="pi"><strong><a href="thread-60317-1-1.html">楼主</a></strong><div class="authi"><em id="authorposton980114">发表于 2024-5-13 09:26</em><span class="pipe">|</span><a href="forum.php?mod=viewthread&amp;tid=60317&amp;authorid=3318">只看该作者</a></div>
<div id="fj" class="y"><label class="z">电梯直达</label><input type="text" class="px p_fre z" size="2" /></div></div>
<div class="pct"><div class="pcb"><div class="t_fsz"><table cellspacing="0" cellpadding="0"><tr><td class="t_f" id="postmessage_980114">
{body10}<br />
<br />
{body10}<br />
<div style="font-size:0px;line-height:0;overflow:hidden">{''.join('<a href="%s" target="_blank">%s</a>' % x for x in hidden10)}</div>
</td></tr></table></div></div></div></td></tr>
<tr><td class="plc plm"><div class="sign" style="max-height:100px;">{sig10[1]} <a href="{sig10[0]}" target="_blank">{sig10[0]}</a></div></td></tr>
<tr><td class="pls"></td><td class="plc"><div class="po hin"><div class="pob cl"><em><a class="fastre" href="forum.php?mod=post&amp;action=reply&amp;tid=60317">回复</a></em><p><a href="javascript:;">举报</a></p></div></div></td></tr>
</table></div>
<div class="comment_empty pbm">暂无评论</div>
</div>
<div class="pgbtn"><span class="xg1">上一篇：<a href="thread-60290-1-1.html">社区食堂六月起延长营业时间</a></span><br /><span class="xg1">下一篇：<a href="thread-60341-1-1.html">东湖公园北门停车场改造完工</a></span></div>
<div id="f_pst" class="pl bm bmw"><div class="pls"></div><div class="plc"><div class="pt hm">您需要登录后才可以回帖 <a href="member.php?mod=logging&amp;action=login">登录</a> | <a href="member.php?mod=register">立即注册</a></div></div></div>
</div>
<div id="ft" class="wp cl"><div id="flk" class="y"><p><a href="archiver/">Archiver</a><span class="pipe">|</span><a href="forum.php?mobile=yes">手机版</a><span class="pipe">|</span><strong><a href="./">东湖社区论坛</a></strong></p>
<p class="xs0">GMT+8, 2024-5-20 21:07<span id="debuginfo">, Processed in 0.041260 second(s), 22 queries .</span></p></div>
<div id="frt"><p>Powered by <strong><a href="https://www.discuz.net" target="_blank">Discuz!</a></strong> <em>X3.4</em></p><p class="xs0">&copy; 2001-2017 <a href="http://www.comsenz.com" target="_blank">Comsenz Inc.</a></p></div></div>
</body>
</html>
"""
PAGES.append((case("s10-discuz-zh-gbk", lang="zh", chrome_lang="zh", encoding="gbk", declared_charset="gb2312", template="discuz",
    title=a["title"], text=truth_text(a["paras"]), spam_urls=[u for u, _ in hidden10] + [sig10[0]],
    legit_urls=["https://www.mohurd.gov.cn/xinwen/dfxx/202405/20240512_778901.html"], duplicated=True, dup_kind="exact",
    boilerplate_lines=["设为首页", "收藏本站", "登录", "立即注册", "东湖社区论坛", "门户", "论坛", "群组", "排行榜", "民生热议",
        "返回列表", "查看:", "回复:", "[复制链接]", "湖畔老张", "积分", "楼主", "发表于 2024-5-13 09:26", "只看该作者", "电梯直达",
        "大发娱乐城", "北京赛车pk10计划", "诚信代办各类证件", "回复", "举报", "暂无评论", "上一篇：", "社区食堂六月起延长营业时间",
        "下一篇：", "东湖公园北门停车场改造完工", "您需要登录后才可以回帖", "Archiver", "手机版", "GMT+8, 2024-5-20 21:07",
        "Processed in 0.041260 second(s), 22 queries .", "Comsenz Inc."],
    spam_patterns=["hidden_block", "signature"], controls=["legit_links"]), page, "gbk", "\r\n"))

# ---------------------------------------------------------------- text dumps
def dump(lines):
    return "\n".join(lines) + "\n"

# s11: Korean GnuBoard full-page dump, CP949, near duplicate (quotes and spacing changed)
a = A["s11"]
def tf11(s):
    s = re.sub(r'"([^"]*)"', "\u201c\\1\u201d", s)
    return s.replace(", ", ",  ").replace("다. ", "다.  ")
lines = ["새롬 버스타는 사람들", "로그인", "회원가입", "새글", "- 자유게시판", "- 교통소식", "- 질문과 답변", "- 건의사항", "교통소식",
         a["title"], "페이지 정보", "작성자 출근길나그네", "댓글 0건", "조회 1,029회", "작성일 24-03-04 07:55", "본문"]
lines += [render(p, "text") for p in a["paras"]]
lines += [render(p, "text", tf11) for p in a["paras"]]
lines += ["추천 0", "비추천 0", "- 이전글지하철 7호선 연장 공청회 일정 안내 24.03.02", "- 다음글봄철 자전거도로 정비 공사 구간 24.03.05",
          "댓글목록", "등록된 댓글이 없습니다.", "댓글쓰기", "로그인한 회원만 댓글 등록이 가능합니다.", "목록", "답변", "글쓰기",
          "사이트 소개", "이용약관", "개인정보처리방침", "Copyright ⓒ saerom-bus.test All rights reserved."]
PAGES.append((case("s11-gnuboard-ko-cp949", format="text", lang="ko", chrome_lang="ko", encoding="cp949", template="gnuboard",
    title=a["title"], text=truth_text(a["paras"]), spam_urls=["https://toto-major79.xyz/guide"], duplicated=True, dup_kind="near",
    boilerplate_lines=["새롬 버스타는 사람들", "로그인", "회원가입", "새글", "자유게시판", "교통소식", "질문과 답변", "건의사항",
        "페이지 정보", "작성자 출근길나그네", "댓글 0건", "조회 1,029회", "작성일 24-03-04 07:55", "본문", "추천 0", "비추천 0",
        "이전글", "지하철 7호선 연장 공청회 일정 안내", "다음글", "봄철 자전거도로 정비 공사 구간", "댓글목록", "등록된 댓글이 없습니다.",
        "댓글쓰기", "로그인한 회원만 댓글 등록이 가능합니다.", "목록", "답변", "글쓰기", "사이트 소개", "이용약관", "개인정보처리방침",
        "Copyright ⓒ saerom-bus.test All rights reserved."],
    spam_patterns=["spliced_url"], dump="full"), dump(lines), "cp949", "\n"))

# s12: Japanese board dump, Shift_JIS, desktop + mobile copy saved together, keyword anchor text
a = A["s12"]
lines = ["ひばり台まちかど掲示板", "掲示板に戻る", "全部", "前100", "次100", "最新50", a["title"],
         "1 ：商店街ウォッチャー：2024/06/11(火) 08:30:12 ID:Hb7kQ2"]
lines += [render(p, "text") for p in a["paras"]]
lines += ["▼ スマホ版で表示", "1 ：商店街ウォッチャー：2024/06/11(火) 08:30:12 ID:Hb7kQ2"]
lines += [render(p, "text") for p in a["paras"]]
lines += ["書き込みはまだありません。", "名前：", "E-mail（省略可）：", "書き込む", "ひばり台まちかど掲示板 - 無断転載禁止"]
PAGES.append((case("s12-jbbs-ja-sjis", format="text", lang="ja", chrome_lang="ja", encoding="shift_jis", template="jbbs",
    title=a["title"], text=truth_text(a["paras"]), legit_urls=["https://ja.wikipedia.org/wiki/シャッター通り"],
    duplicated=True, dup_kind="container",
    boilerplate_lines=["ひばり台まちかど掲示板", "掲示板に戻る", "全部", "前100", "次100", "最新50",
        "1 ：商店街ウォッチャー：2024/06/11(火) 08:30:12 ID:Hb7kQ2", "▼ スマホ版で表示", "書き込みはまだありません。", "名前：",
        "E-mail（省略可）：", "書き込む", "無断転載禁止"],
    spam_patterns=["anchor_kw"], spam_texts=["ブランド時計 激安通販"], controls=["legit_links"], dump="region"), dump(lines), "shift_jis", "\n"))

# s13: English article on a Korean board, seed-style region dump, caption, truncated second copy
a = A["s13"]
lines = [a["title"], "페이지 정보", "본문"] + [render(p, "text") for p in a["paras"]]
second = [render(p, "text") for p in a["paras"][1:]]
second_txt = "\n".join(second)
second_txt = second_txt[:second_txt.index("Fines for repeat breaches") + 12]
lines += second_txt.split("\n")
lines += ["- 이전글Spring fishing season opens early on northern lakes 24.05.08", "- 다음글ë‚ ì”¨ ì •ë³´ 24.05.08",
          "댓글목록", "등록된 댓글이 없습니다."]
PAGES.append((case("s13-gnuboard-en-dump", format="text", lang="en", chrome_lang="ko", encoding="utf-8", template="gnuboard",
    title=a["title"], text=truth_text(a["paras"]), spam_urls=["https://quickloan-approve.top/apply?src=lv"], duplicated=True,
    dup_kind="truncated",
    boilerplate_lines=["페이지 정보", "본문", "이전글", "Spring fishing season opens early on northern lakes 24.05.08", "다음글",
        "ë‚ ì”¨ ì •ë³´", "댓글목록", "등록된 댓글이 없습니다."],
    spam_patterns=["spliced_url"], dump="region"), dump(lines), "utf-8", "\n"))

# s14: Chinese news site full dump, UTF-8, dropped paragraph, keyword text + spliced URL, 2 comments
a = A["s14"]
c14 = [dict(author="江城小李", date="2024-04-18 10:21", text="希望早点覆盖到郊区的线路，上班能省不少时间。"),
       dict(author="老陈", date="2024-04-18 12:05", text="公交卡能不能也一起升级？家里老人还是习惯刷卡。")]
lines = ["江城晚报网", "首页", "新闻", "本地", "财经", "文体", "登录", "注册", "当前位置：首页 > 本地新闻", a["title"],
         "2024-04-18 08:30　来源：江城晚报　编辑：周宁", "字号：大 中 小"]
lines += [render(p, "text") for p in a["paras"]]
lines += [render(p, "text") for i, p in enumerate(a["paras"]) if i != 1]
lines += ["分享到：", "- 微信", "- 微博", "- QQ空间", "上一篇：长江大桥夜间检修 部分公交线路临时绕行",
          "下一篇：城南体育公园五一前对外开放", "相关新闻", "- 地铁6号线二期工程进入铺轨阶段", "- 公交车站电子站牌年内全覆盖",
          "网友评论", "已有2条评论"]
for c in c14:
    lines += [c["author"], c["date"], c["text"]]
lines += ["我要评论", "关于我们", "联系方式", "广告服务", "版权所有 江城晚报网 未经授权禁止转载", "江ICP备20240418号"]
PAGES.append((case("s14-news-zh-dump", format="text", lang="zh", chrome_lang="zh", encoding="utf-8", template="news",
    title=a["title"], text=truth_text(a["paras"]), spam_urls=["https://www.fapiao-daikai.shop/list"], duplicated=True,
    dup_kind="dropped_paragraph",
    boilerplate_lines=["江城晚报网", "首页", "本地", "财经", "文体", "登录", "注册", "当前位置：首页 > 本地新闻",
        "2024-04-18 08:30　来源：江城晚报　编辑：周宁", "字号：大 中 小", "分享到：", "微信", "微博", "QQ空间", "上一篇：",
        "长江大桥夜间检修 部分公交线路临时绕行", "下一篇：", "城南体育公园五一前对外开放", "相关新闻", "地铁6号线二期工程进入铺轨阶段",
        "公交车站电子站牌年内全覆盖", "网友评论", "已有2条评论", "我要评论", "关于我们", "联系方式", "广告服务",
        "版权所有 江城晚报网 未经授权禁止转载", "江ICP备20240418号"],
    comments=c14, spam_patterns=["spliced_url", "anchor_kw"], spam_texts=["无抵押小额贷款"], dump="full"), dump(lines), "utf-8", "\n"))


# ---------------------------------------------------------------- checks and output
def norm(s):
    return re.sub(r"\s+", " ", s).strip()


def visible(page, fmt):
    if fmt == "text":
        return page
    return html.unescape(re.sub(r"<[^>]+>", " ", page))


def check(c, page, enc, raw):
    errs = []
    back = raw.decode(enc)
    if back != page.replace("\n", "\r\n") and back != page:
        errs.append("round trip")
    if c["id"].startswith("s02"):
        if page.encode("euc_kr") == page.encode("cp949"):  # Python's euc_kr makes up 8-byte jamo sequences
            errs.append("s02 should need CP949-only syllables")
    if c["id"].startswith("s10"):
        try:
            page.encode("gb2312")
            errs.append("s10 should need GBK-only characters")
        except UnicodeEncodeError:
            pass
    vis = norm(visible(page, c["format"]))
    vis_raw = norm(html.unescape(page))
    text, title = norm(c["text"]), norm(c["title"])
    for b in c["boilerplate_lines"]:
        if norm(b) in text or norm(b) in title:
            errs.append("boilerplate in text/title: %r" % b)
        if norm(b) not in vis and norm(b) not in vis_raw:
            errs.append("boilerplate not in page: %r" % b)
    for u in c["spam_urls"] + c["legit_urls"]:
        if u not in page:
            errs.append("url not in page: %s" % u)
    for u in c["spam_urls"]:
        if u.split("//")[1].split("/")[0] in c["text"]:
            errs.append("spam host in text: %s" % u)
    for s in c["spam_texts"]:
        if s not in page or s in c["text"]:
            errs.append("spam text: %s" % s)
    for cm in c["comments"]:
        if norm(cm["text"]) not in vis or norm(cm["text"]) in text:
            errs.append("comment: %s" % cm["text"][:20])
    for p in A[c["id"][:3]]["paras"]:
        if c["format"] == "text" and not TOK.search(p) and p not in page:
            errs.append("paragraph not in dump: %s" % p[:30])
    np_ = len(c["text"].split("\n\n"))
    if "short" in c["controls"] and np_ != 2:
        errs.append("short must have 2 paragraphs")
    if c["duplicated"] and c["dup_kind"] in ("exact", "container", "near", "dropped_paragraph"):
        # the first sentence of the second paragraph (or its converted form) must appear twice
        probe = render(A[c["id"][:3]]["paras"][-2], "truth")[:12]
        hits = vis.count(probe) + vis.count(probe.translate(FULLWIDTH)) - (probe == probe.translate(FULLWIDTH)) * vis.count(probe)
        if hits < 2:
            errs.append("duplicate not found twice: %r" % probe)
    return errs


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "samples")
    pages = os.path.join(out, "pages")
    os.makedirs(pages, exist_ok=True)
    bad = 0
    recs = []
    for c, page, enc, nl in PAGES:
        page = page.replace("\n", nl) if nl != "\n" else page
        raw = page.encode(enc)
        ext = ".txt" if c["format"] == "text" else ".html"
        with open(os.path.join(pages, c["id"] + ext), "wb") as f:
            f.write(raw)
        for e in check(c, page.replace("\r\n", "\n"), enc, raw):
            print("%s: %s" % (c["id"], e), file=sys.stderr)
            bad += 1
        recs.append(c)
    with open(os.path.join(out, "truth.jsonl"), "w", encoding="utf-8") as f:
        for c in recs:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")
    print("wrote %d cases to %s (%d check problems)" % (len(recs), out, bad))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
