#!/usr/bin/env python3
"""Write newsclean's bundled sample pages and their labels (Python 3 stdlib only).

Usage: python3 scripts/make_samples.py [OUTDIR]   (default: samples/ next to this script's parent)

Every page, article, board name, domain, author and comment here was written for this project.
Article paragraphs use a small inline markup so that the page and its label come from one source:
  [[url:U]]        a spam URL spliced into a sentence (page: "U ", label text: removed)
  [[kw:U|TEXT]]    an injected keyword anchor (page: <a href=U>TEXT</a>, label text: removed)
  [[word:U|TEXT]]  a spam link hijacking an article word (label text keeps TEXT)
  [[link:U|TEXT]]  a legitimate editorial link (label text keeps TEXT)
U may be written obfuscated (hxxp://host[.]tld/...); the label lists it exactly as written.
Pages are encoded with Python codecs (cp949, euc_kr, shift_jis, gbk, cp1251, cp1252), so the bytes are reproducible.
"""
import html
import json
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TOK = re.compile(r"\[\[(url|kw|word|link):((?:[^|\[\]]|\[\.\])+)(?:\|([^\]]+))?\]\]")


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

# ================================================================ unseen templates (s15-s24)
# Board/CMS families the first fourteen cases do not use, to check that the cleaner generalises.

# s15: vBulletin 4 thread, windows-1252 bytes declared ISO-8859-1 (curly quotes are 0x93/0x94),
# opening post pasted twice (exact), spliced bare URL, signature spam link, 2 replies
A["s15"] = dict(
    title="Pellham Street fish market to reopen Saturday after two-year rebuild",
    paras=[
        "The Pellham Street fish market, closed since a fire gutted its main hall in the spring of 2022, will reopen to the public on Saturday, the harbor commission confirmed on Monday.",
        "The rebuilt hall has room for 31 stalls, up from 24 before the fire, and a covered loading bay that lets boats unload directly onto refrigerated carts. Commission chair Delia Ortmann called it \u201cthe market the fleet should have had twenty years ago.\u201d",
        "Construction cost 9.2 million dollars, of which about a third came from a federal port infrastructure grant [[url:http://www.cheap-meds-247.example/order.php?id=77]]administered by the [[link:https://www.maritime.dot.gov/ports/port-infrastructure-development-grants|Maritime Administration]]. The rest was covered by the city\u2019s insurance payout and a bond approved by voters in 2023.",
        "Vendors said the long closure had pushed many regular customers to supermarkets and online sellers. \u201cWe lost two winters of trade,\u201d said Ray Kwiatkowski, whose family has sold shellfish at the market since 1961. \u201cNow we have to win people back one Saturday at a time.\u201d",
        "The market will open from 6 a.m. to 2 p.m. on Fridays and Saturdays through the summer \u2014 weekday hours will be added in September if demand holds. Parking on the east pier will be free for the first month.",
        "A ribbon-cutting ceremony is planned for 9 a.m. on opening day, followed by a chowder cook-off between four of the returning vendors.",
    ])
a = A["s15"]
sig15 = ("http://rx-refill-now.example/?ref=vb", "Refill your meds online \u2013 70% off, no prescription")
r15 = [dict(author="saltwater_sam", date="05-13-2024, 10:42 AM", pid=88240, n=2, ut="Member", jd="Mar 2016", posts="412",
            text="Good news. The old hall always smelled of diesel from the loading dock, hopefully the new bay fixes that."),
       dict(author="dockside_dee", date="05-13-2024, 01:15 PM", pid=88257, n=3, ut="Junior Member", jd="Jan 2023", posts="57",
            text="Does anyone know if the oyster stall is coming back? The list posted at the gate only had 27 names on it.")]
def vb_post(pid, n, author, utitle, joined, posts, date, subject, content, sig=""):
    d, t = date.split(", ")
    return f"""<li class="postbitlegacy postbitim postcontainer old" id="post_{pid}">
<div class="posthead"><span class="postdate old"><span class="date">{d},&nbsp;<span class="time">{t}</span></span></span>
<span class="nodecontrols"><a name="post{pid}" href="showthread.php?4410-Pellham-Street-fish-market&amp;p={pid}#post{pid}" class="postcounter">#{n}</a><a id="postcount{pid}" name="{n}"></a></span></div>
<div class="postdetails"><div class="userinfo"><div class="username_container"><div class="popupmenu memberaction">
<a class="username offline popupctrl" href="member.php?{pid % 5000}-{author}" title="{author} is offline"><strong>{author}</strong></a></div>
<img class="inlineimg onlinestatus" src="images/statusicon/user-offline.png" alt="{author} is offline" border="0" /></div>
<span class="usertitle">{utitle}</span><hr />
<dl class="userinfo_extra"><dt>Join Date</dt> <dd>{joined}</dd><dt>Posts</dt> <dd>{posts}</dd></dl></div>
<div class="postbody"><div class="postrow{' has_after_content' if sig else ''}">{'<h2 class="title icon">' + subject + '</h2>' if subject else ''}
<div class="content"><div id="post_message_{pid}"><blockquote class="postcontent restore ">{content}</blockquote></div></div></div>
{sig}<div class="cleardiv"></div></div></div>
<div class="postfoot"><div class="textcontrols floatcontainer"><span class="postcontrols">
<a class="newreply" href="newreply.php?do=newreply&amp;p={pid}" rel="nofollow" title="Reply With Quote"><img src="images/buttons/quote_40b.png" alt="Reply With Quote" /> Reply With Quote</a></span>
<span class="postlinking"><a class="report" href="report.php?p={pid}" rel="nofollow" title="Report Post"><img src="images/buttons/report-40b.png" alt="Report Post" /></a></span></div></div>
<hr /></li>"""
body15 = "<br />\n<br />\n".join(render(p, "html") for p in a["paras"])
op15 = vb_post(88231, 1, "pier_watcher", "Senior Member", "Aug 2011", "3,118", "05-13-2024, 08:57 AM", E(a["title"]),
               body15 + "<br />\n<br />\n<br />\n" + body15,
               sig='<div class="after_content"><blockquote class="signature restore"><div class="signaturecontainer">'
                   + E(sig15[1]) + ': <a href="' + E(sig15[0]) + '" target="_blank">rx-refill-now.example</a></div></blockquote></div>\n')
page = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" dir="ltr" lang="en" id="vbulletin_html">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1" />
<meta id="e_vb_meta_bburl" name="vb_meta_bburl" content="http://harborside-talk.example/forum" />
<meta name="generator" content="vBulletin 4.2.5" />
<title> {E(a['title'])}</title>
<link rel="stylesheet" type="text/css" href="clientscript/vbulletin_css/style00004l/main-rollup.css?d=1699290310" />
<script type="text/javascript">var SESSIONURL = ""; var SECURITYTOKEN = "guest"; var IMGDIR_MISC = "images/misc";</script>
</head>
<body>
<div class="above_body">
<div id="header" class="floatcontainer doc_header">
<div><a name="top" href="forum.php" class="logo-image"><img src="images/misc/harborside_logo.png" alt="Harborside Talk - Powered by vBulletin" /></a></div>
<div id="toplinks" class="toplinks"><ul class="nouser"><li><a href="register.php" rel="nofollow">Register</a></li><li><a rel="help" href="faq.php">Help</a></li>
<li><form id="navbar_loginform" action="login.php?do=login" method="post"><fieldset id="logindetails" class="logindetails"><div><div>
<input type="text" class="textbox default-value" name="vb_login_username" id="navbar_username" size="10" value="User Name" />
<input type="password" class="textbox" tabindex="102" name="vb_login_password" id="navbar_password" size="10" />
<input type="submit" class="loginbutton" value="Log in" title="Enter your username and password in the boxes provided to login, or click the 'register' button to create a profile for yourself." /></div></div></fieldset>
<div id="remember" class="remember"><label for="cb_cookieuser_navbar"><input type="checkbox" name="cookieuser" value="1" id="cb_cookieuser_navbar" /> Remember Me?</label></div></form></li></ul></div>
</div>
<div id="navbar" class="navbar"><ul id="navtabs" class="navtabs floatcontainer"><li class="selected" id="vbtab_forum"><a class="navtab" href="forum.php">Forum</a>
<ul class="floatcontainer"><li><a href="search.php?do=getdaily">Today's Posts</a></li><li><a href="faq.php">FAQ</a></li><li><a href="calendar.php">Calendar</a></li>
<li class="popupmenu"><a href="javascript://" class="popupctrl">Community</a></li><li class="popupmenu"><a href="javascript://" class="popupctrl">Forum Actions</a></li><li class="popupmenu"><a href="javascript://" class="popupctrl">Quick Links</a></li></ul></li>
<li><a class="navtab" href="activity.php">What's New?</a></li></ul>
<div id="globalsearch" class="globalsearch"><form action="search.php?do=process" method="post" id="navbar_search" class="navbar_search"><span class="textboxcontainer"><span><input type="text" value="" name="query" class="textbox" /></span></span></form>
<ul class="navbar_advanced_search"><li><a href="search.php" accesskey="4">Advanced Search</a></li></ul></div></div>
</div>
<div class="body_wrapper">
<div id="breadcrumb" class="breadcrumb"><ul class="floatcontainer"><li class="navbithome"><a href="index.php" accesskey="1"><img src="images/misc/navbit-home.png" alt="Home" /></a></li>
<li class="navbit"><a href="forum.php">Forum</a></li><li class="navbit"><a href="forumdisplay.php?3-Harbor-amp-Waterfront">Harbor &amp; Waterfront</a></li><li class="navbit"><a href="forumdisplay.php?12-Local-News">Local News</a></li>
<li class="navbit lastnavbit"><span> {E(a['title'])}</span></li></ul><hr /></div>
<div id="pagetitle"><h1>Thread: <span class="threadtitle"><a href="showthread.php?4410-Pellham-Street-fish-market" title="Reload this Page">{E(a['title'])}</a></span></h1></div>
<div id="thread_controls" class="thread_controls toolsmenu"><div><ul id="postlist_popups" class="postlist_popups popupgroup">
<li class="popupmenu" id="threadtools"><h6><a class="popupctrl" href="javascript://">Thread Tools</a></h6></li>
<li class="popupmenu searchthread menusearch" id="searchthread"><h6><a class="popupctrl" href="search.php?do=searchthread&amp;t=4410">Search Thread</a></h6></li>
<li class="popupmenu" id="displaymodes"><h6><a class="popupctrl" href="javascript://">Display</a></h6></li></ul></div></div>
<div id="postpagestats_above" class="postpagestats">Results 1 to 3 of 3</div>
<div id="postlist" class="postlist restrain"><ol id="posts" class="posts" start="1">
{op15}
{''.join(vb_post(r['pid'], r['n'], r['author'], r['ut'], r['jd'], r['posts'], r['date'], '', E(r['text'])) for r in r15)}
</ol></div>
<div id="postpagestats" class="postpagestats">Results 1 to 3 of 3</div>
<div class="navlinks"><strong>&laquo;</strong> <a href="showthread.php?4409&amp;goto=nextoldest" rel="nofollow">Previous Thread</a> | <a href="showthread.php?4411&amp;goto=nextnewest" rel="nofollow">Next Thread</a> <strong>&raquo;</strong></div>
<div id="pagination_bottom" class="pagination_bottom"><form action="forumdisplay.php" method="get" class="navpopupmenu popupmenu nohovermenu"><span class="shade">Quick Navigation</span> <a class="popupctrl" href="forumdisplay.php?12-Local-News">Local News</a> <a href="#top" class="textcontrol">Top</a></form></div>
<div class="options_block_container"><div class="options_block2"><div class="collapse options_correct"><h4 class="blockhead">Posting Permissions</h4>
<div class="blockbody floatcontainer"><ul class="youcandoblock"><li>You <strong>may not</strong> post new threads</li><li>You <strong>may not</strong> post replies</li><li>You <strong>may not</strong> post attachments</li><li>You <strong>may not</strong> edit your posts</li></ul>
<div class="bbcodeblock"><ul><li><a href="misc.php?do=bbcode" target="_blank">BB code</a> is <strong>On</strong></li><li><a href="misc.php?do=showsmilies" target="_blank">Smilies</a> are <strong>On</strong></li><li>[IMG] code is <strong>On</strong></li><li>HTML code is <strong>Off</strong></li></ul></div></div></div></div></div>
</div>
<div id="footer" class="floatcontainer footer"><ul id="footer_links" class="footer_links"><li><a href="sendmessage.php" rel="nofollow" accesskey="9">Contact Us</a></li><li><a href="http://harborside-talk.example">Harborside Talk</a></li><li><a href="archive/index.php">Archive</a></li><li><a href="#top" onclick="document.location.hash='top'; return false;">Top</a></li></ul></div>
<div class="below_body"><div id="footer_time" class="shade footer_time">All times are GMT -5. The time now is <span class="time">04:12 PM</span>.</div>
<div id="footer_copyright" class="shade footer_copyright">Powered by <a href="https://www.vbulletin.com" id="vbulletinlink">vBulletin&reg;</a> Version 4.2.5 <br />Copyright &copy; 2024 vBulletin Solutions Inc. All rights reserved. </div></div>
</body>
</html>
"""
PAGES.append((case("s15-vbulletin-en-cp1252", lang="en", chrome_lang="en", encoding="windows-1252", declared_charset="iso-8859-1",
    template="vbulletin", title=a["title"], text=truth_text(a["paras"]),
    spam_urls=["http://www.cheap-meds-247.example/order.php?id=77", sig15[0]],
    legit_urls=["https://www.maritime.dot.gov/ports/port-infrastructure-development-grants"], duplicated=True, dup_kind="exact",
    boilerplate_lines=["Harborside Talk", "Register", "Remember Me?", "Today's Posts", "Calendar", "Forum Actions", "Quick Links",
        "What's New?", "Advanced Search", "Harbor & Waterfront", "Local News", "Thread:", "Thread Tools", "Search Thread",
        "Results 1 to 3 of 3", "#1", "pier_watcher", "Senior Member", "Join Date", "Aug 2011", "3,118",
        "05-13-2024, 08:57 AM", "Reply With Quote", "Refill your meds online", "Previous Thread", "Next Thread",
        "Quick Navigation", "Posting Permissions", "post new threads", "BB code is On", "HTML code is Off",
        "All times are GMT -5. The time now is", "Contact Us", "Archive", "Powered by vBulletin® Version 4.2.5",
        "Copyright © 2024 vBulletin Solutions Inc. All rights reserved."],
    comments=[dict(author=r["author"], date=r["date"], text=r["text"]) for r in r15],
    spam_patterns=["spliced_url", "signature"], controls=["legit_links"]), page, "cp1252", "\r\n"))

# s16: Invision Community (IPS 4) topic, UTF-8, no duplicate; replies quote parts of the opening post in
# ipsQuote blocks (a quote in a reply is not a second copy); keyword anchor, hidden block, repeated sentence
A["s16"] = dict(
    title="Council backs plan to turn Harcourt Road tram depot into food hall",
    paras=[
        "Councillors in Marrowby voted 9 to 2 on Thursday to lease the former Harcourt Road tram depot to a local co-operative that plans to turn the building into a food hall with 20 kitchens, a small brewery and a rooftop garden. The depot has been empty for eleven years.",
        "The co-operative, Depot Kitchens, will pay a token rent for the first five years in return for carrying out an estimated 6.8 million pounds of repairs to the roof, the glazing and the cast-iron columns that hold up the main shed.",
        "Its founder, Hannah Oyelaran, said 14 of the 20 kitchen units had already been provisionally let, most of them to traders who now run market stalls or delivery-only businesses. \"People have been asking for somewhere to sit down and eat together on this side of town for years,\" she said.",
        "The two councillors who voted against raised concerns about traffic on Harcourt Road, which is already [[kw:https://cheap-essay-writer.example/order|buy essays online cheap]]congested at weekends. A transport assessment submitted with the plans estimates around 1,400 extra visits on a typical Saturday.",
        "The depot, opened in 1903 and used as a bus garage until 2013, is a [[link:https://en.wikipedia.org/wiki/Listed_building|listed building]], so any changes to its exterior will need separate consent.",
        "Work is due to start in the spring, with the food hall opening in phases from late next year. Council leader Peter Voss said the vote ended a long search for a tenant. \"The depot has been empty for eleven years. Tonight we finally have a plan that keeps it in public use,\" he said.",
    ])
a = A["s16"]
hidden16 = [("https://replica-watches-uk.example/", "replica watches uk"), ("https://vape-wholesale-deals.example/", "vape wholesale")]
q16a = "Its founder, Hannah Oyelaran, said 14 of the 20 kitchen units had already been provisionally let"
q16b = render(a["paras"][1], "truth")
r16 = [dict(cid=551219, n=2, author="harcourt_resident", rank="Members", posts="88", iso="2024-05-31T15:02:10Z",
            date="May 31, 2024", quote_of="depot_watcher", quote=q16a,
            text="Fourteen out of twenty already let is better than I expected. My worry is parking, the side streets round there are already full on match days."),
       dict(cid=551247, n=3, author="marrowby_mike", rank="Members", posts="1,530", iso="2024-05-31T18:40:55Z",
            date="May 31, 2024", quote_of="depot_watcher", quote=q16b,
            text="Six point eight million in repairs for five years of cheap rent sounds like a good deal for the council, frankly. The roof alone would have cost them a fortune.")]
def ips_post(cid, n, author, rank, posts, iso, date, content):
    return f"""<article id="elComment_{cid}" class="cPost ipsBox ipsResponsive_pull ipsComment ipsComment_parent ipsClearfix ipsClear ipsColumns ipsColumns_noSpacing ipsColumns_collapsePhone">
<aside class="ipsComment_author cAuthorPane ipsColumn ipsColumn_medium ipsResponsive_hidePhone">
<h3 class="ipsType_sectionHead cAuthorPane_author ipsType_blendLinks ipsType_break"><strong><a href="https://marrowby-talk.example/profile/{cid % 4000}-{author}/" class="ipsType_break">{author}</a></strong></h3>
<ul class="cAuthorPane_info ipsList_reset"><li data-role="group">{rank}</li>
<li data-role="stats" class="ipsMargin_top"><ul class="ipsList_reset ipsType_light cAuthorPane_stats"><li><a href="https://marrowby-talk.example/profile/{cid % 4000}-{author}/content/" title="{posts} posts" class="ipsType_blendLinks"><i class="fa fa-comment"></i> {posts}</a></li></ul></li></ul></aside>
<div class="ipsColumn ipsColumn_fluid ipsMargin:none"><div id="comment-{cid}_wrap" data-controller="core.front.core.comment" data-commentid="{cid}" class="ipsComment_content ipsType_medium">
<div class="ipsComment_meta ipsType_light"><div class="ipsType_light ipsType_reset ipsType_blendLinks ipsComment_toolWrap"><ul class="ipsList_reset ipsComment_tools"><li><a href="https://marrowby-talk.example/topic/30877-depot/?do=findComment&amp;comment={cid}" data-role="shareComment" class="ipsType_blendLinks">#{n}</a></li></ul></div>
<div class="ipsType_reset ipsResponsive_hidePhone">Posted <time datetime="{iso}" title="{iso[:10]}" data-short="1 yr">{date}</time></div></div>
<div class="cPost_contentWrap"><div data-role="commentContent" class="ipsType_normal ipsType_richText ipsPadding_bottom ipsContained" data-controller="core.front.core.lightboxedImages">
{content}
</div>
<div class="ipsItemControls"><ul class="ipsComment_controls ipsClearfix ipsItemControls_left" data-role="commentControls">
<li class="ipsJS_show"><button class="ipsButton ipsButton_light ipsButton_verySmall ipsButton_narrow cMultiQuote ipsHide" data-action="multiQuoteComment" title="MultiQuote"><i class="fa fa-plus"></i></button></li>
<li class="ipsJS_show"><a href="#" data-action="quoteComment" data-ipsquote-singlequote=""><span>Quote</span></a></li></ul></div></div>
<div class="ipsComment_controls"><a href="https://marrowby-talk.example/topic/30877-depot/?do=findComment&amp;comment={cid}" class="ipsType_blendLinks">Link to comment</a><br>
<a href="https://marrowby-talk.example/topic/30877-depot/?do=findComment&amp;comment={cid}" class="ipsType_blendLinks" data-ipsmenu="">Share on other sites</a></div>
</div></div></article>"""
def ips_quote(user, text):
    return (f'<blockquote class="ipsQuote" data-ipsquote="" data-ipsquote-contentapp="forums" data-ipsquote-contentclass="forums_Topic" '
            f'data-ipsquote-contentcommentid="551204" data-ipsquote-contentid="30877" data-ipsquote-contenttype="forums" '
            f'data-ipsquote-timestamp="1717164864" data-ipsquote-userid="1188" data-ipsquote-username="{user}">'
            f'<div class="ipsQuote_citation">On 5/31/2024 at 2:14 PM, {user} said:</div><div class="ipsQuote_contents ipsClearfix"><p>{E(text)}</p></div></blockquote>')
op16 = (paras_html(a["paras"]) + '\n<p style="display:none">'
        + " ".join('<a href="%s">%s</a>' % x for x in hidden16) + "</p>")
page = f"""<!DOCTYPE html>
<html lang="en-US" dir="ltr">
<head>
<meta charset="utf-8">
<title>{E(a['title'])} - Marrowby Town &amp; Council - Marrowby Talk</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta property="og:title" content="{E(a['title'])}">
<meta property="og:site_name" content="Marrowby Talk">
<meta name="description" content="Councillors in Marrowby voted 9 to 2 on Thursday to lease the former Harcourt Road tram depot...">
<link rel="stylesheet" href="https://marrowby-talk.example/uploads/css_built_1/framework.css?v=8c1b9e5f">
</head>
<body class="ipsApp ipsApp_front ipsJS_none ipsClearfix" data-controller="core.front.core.app" data-pageapp="forums" data-pagelocation="front" data-pagemodule="forums" data-pagecontroller="topic" data-pageid="30877">
<a href="#ipsLayout_mainArea" class="ipsHide" title="Go to main content on this page" accesskey="m">Jump to content</a>
<div id="ipsLayout_header" class="ipsClearfix"><header><div class="ipsLayout_container ipsFlex ipsFlex-jc:between ipsFlex-ai:center">
<div class="ipsFlex ipsFlex-ai:center"><a href="https://marrowby-talk.example/" id="elSiteTitle" accesskey="1">Marrowby Talk</a></div>
<ul id="elUserNav" class="ipsList_inline cSignedOut ipsResponsive_showDesktop"><li id="elSignInLink"><a href="https://marrowby-talk.example/login/" id="elUserSignIn">Existing user? Sign In</a></li><li><a href="https://marrowby-talk.example/register/" class="ipsButton ipsButton_normal ipsButton_primary" id="elRegisterButton">Sign Up</a></li></ul>
</div></header>
<nav data-controller="core.front.core.navBar" class="ipsNavBar_noSubBars ipsResponsive_showDesktop"><div class="ipsNavBar_primary ipsLayout_container ipsNavBar_noSubBars"><ul data-role="primaryNavBar" class="ipsClearfix">
<li id="elNavSecondary_1" data-role="navBarItem" data-navapp="core" data-navext="CustomItem"><a href="https://marrowby-talk.example/" data-navitem-id="1">Browse</a>
<ul class="ipsNavBar_secondary ipsHide" data-role="secondaryNavBar"><li><a href="https://marrowby-talk.example/forums/">Forums</a></li><li><a href="https://marrowby-talk.example/guidelines/">Guidelines</a></li><li><a href="https://marrowby-talk.example/staff/">Staff</a></li><li><a href="https://marrowby-talk.example/online/">Online Users</a></li></ul></li>
<li id="elNavSecondary_2" data-role="navBarItem"><a href="https://marrowby-talk.example/discover/">Activity</a></li>
<li id="elNavSecondary_3" data-role="navBarItem"><a href="https://marrowby-talk.example/leaderboard/">Leaderboard</a></li></ul>
<div id="elSearchWrapper"><div id="elSearch"><form accept-charset="utf-8" action="https://marrowby-talk.example/search/?do=quicksearch" method="post"><input type="search" id="elSearchField" placeholder="Search..." name="q" autocomplete="off" aria-label="Search"></form></div></div></div></nav>
</div>
<main id="ipsLayout_body" class="ipsLayout_container"><div id="ipsLayout_contentArea"><div id="ipsLayout_contentWrapper">
<nav class="ipsBreadcrumb ipsBreadcrumb_top ipsFaded_withHover"><ul data-role="breadcrumbList">
<li itemprop="itemListElement"><a href="https://marrowby-talk.example/" itemprop="item"><span itemprop="name"><i class="fa fa-home"></i> Home <i class="fa fa-angle-right"></i></span></a></li>
<li itemprop="itemListElement"><a href="https://marrowby-talk.example/forum/4-local-affairs/" itemprop="item"><span itemprop="name">Local Affairs <i class="fa fa-angle-right"></i></span></a></li>
<li itemprop="itemListElement"><a href="https://marrowby-talk.example/forum/11-marrowby-town-council/" itemprop="item"><span itemprop="name">Marrowby Town &amp; Council <i class="fa fa-angle-right"></i></span></a></li>
<li aria-current="page">{E(a['title'])}</li></ul></nav>
<div id="ipsLayout_mainArea">
<div class="ipsPageHeader ipsResponsive_pull ipsBox ipsPadding sm:ipsPadding:half ipsMargin_bottom">
<div class="ipsFlex ipsFlex-ai:center ipsFlex-fw:wrap ipsGap:4"><div class="ipsFlex-flex:11"><h1 class="ipsType_pageTitle ipsContained_container"><span class="ipsType_break ipsContained"><span>{E(a['title'])}</span></span></h1></div>
<div class="ipsFlex-flex:01 ipsResponsive_hidePhone"><div class="ipsFlex ipsFlex-ai:center ipsFlex-jc:center ipsGap:3 ipsGap_row:0"><a href="#elShareItem_menu" id="elShareItem" data-ipsmenu="" class="ipsShareButton ipsButton ipsButton_verySmall ipsButton_light ipsButton_rarr"><span><i class="fa fa-share-alt"></i></span> &nbsp;Share</a>
<div data-followapp="forums" data-followarea="topic" data-followid="30877" data-controller="core.front.core.followButton"><a href="https://marrowby-talk.example/login/" rel="nofollow" class="ipsFollow ipsPos_middle ipsButton ipsButton_light ipsButton_verySmall">Followers <span class="ipsCommentCount">2</span></a></div></div></div></div>
<div class="ipsPageHeader__meta ipsFlex ipsFlex-jc:between ipsFlex-ai:center ipsFlex-fw:wrap ipsGap:3"><div class="ipsType_blendLinks">By <a href="https://marrowby-talk.example/profile/1188-depot_watcher/" class="ipsType_break">depot_watcher</a>, <time datetime="2024-05-31T14:14:24Z" title="2024-05-31" data-short="1 yr">May 31, 2024</time> in <a href="https://marrowby-talk.example/forum/11-marrowby-town-council/">Marrowby Town &amp; Council</a></div></div>
</div>
<div class="ipsClearfix"><ul class="ipsToolList ipsToolList_horizontal ipsClearfix ipsSpacer_both"><li class="ipsToolList_primaryAction"><a href="#replyForm" rel="nofollow" class="ipsButton ipsButton_important ipsButton_medium ipsButton_fullWidth">Reply to this topic</a></li><li class="sm:ipsToolList_primaryAction"><a href="https://marrowby-talk.example/forum/11-marrowby-town-council/?do=add" rel="nofollow" class="ipsButton ipsButton_link ipsButton_medium ipsButton_fullWidth">Start new topic</a></li></ul></div>
<div id="comments" data-controller="core.front.core.commentFeed,forums.front.topic.view, core.front.core.ignoredComments" data-autopoll data-baseurl="https://marrowby-talk.example/topic/30877-depot/" data-lastpage data-feedid="topic-30877" class="cTopic ipsClear ipsSpacer_top">
<h2 class="ipsType_sectionTitle ipsType_reset ipsType_medium ipsHide">Recommended Posts</h2>
{ips_post(551204, 1, "depot_watcher", "Members", "1,204", "2024-05-31T14:14:24Z", "May 31, 2024", op16)}
{''.join(ips_post(r['cid'], r['n'], r['author'], r['rank'], r['posts'], r['iso'], r['date'], ips_quote(r['quote_of'], r['quote']) + chr(10) + '<p>' + E(r['text']) + '</p>') for r in r16)}
</div>
<div class="ipsBox ipsPadding ipsResponsive_pull ipsResponsive_showPhone ipsMargin_top"><div class="ipsShareLinks"><a href="#" class="ipsShareLink ipsShareLink_twitter">X</a> <a href="#" class="ipsShareLink ipsShareLink_facebook">Facebook</a></div></div>
<a id="replyForm"></a><div data-role="replyArea" class="cTopicPostArea ipsBox ipsResponsive_pull ipsPadding ipsSpacer_top">
<h2 class="ipsType_pageTitle">Create an account or sign in to comment</h2><p class="ipsType_normal ipsType_reset ipsType_light">You need to be a member in order to leave a comment</p>
<div class="ipsGrid ipsGrid_collapsePhone ipsSpacer_top"><div class="ipsGrid_span6 ipsAreaBackground_light ipsPadding"><h2 class="ipsType_sectionHead">Create an account</h2><p class="ipsType_normal ipsType_reset ipsType_light ipsType_richText ipsPadding_vertical">Sign up for a new account in our community. It's easy!</p><a href="https://marrowby-talk.example/register/" class="ipsButton ipsButton_primary ipsButton_small">Register a new account</a></div>
<div class="ipsGrid_span6 ipsAreaBackground_light ipsPadding"><h2 class="ipsType_sectionHead">Sign in</h2><p class="ipsType_normal ipsType_reset ipsType_light ipsType_richText ipsPadding_vertical">Already have an account? Sign in here.</p><a href="https://marrowby-talk.example/login/" class="ipsButton ipsButton_primary ipsButton_small">Sign In Now</a></div></div></div>
<div class="ipsGrid ipsGrid_collapsePhone ipsPager ipsClearfix ipsSpacer_top ipsContained"><div class="ipsGrid_span6 ipsType_left ipsPager_prev ipsPager_center"><a href="https://marrowby-talk.example/forum/11-marrowby-town-council/" title="Go to Marrowby Town &amp; Council" rel="parent"><span class="ipsPager_type">Go to topic listing</span></a></div></div>
<div id="elRecentBrowsing" class="ipsBox ipsPadding ipsSpacer_top"><h2 class="ipsType_reset ipsType_minorHeading ipsSpacer_bottom">Recently Browsing <span class="ipsType_light">0 members</span></h2><p class="ipsType_reset ipsType_medium ipsType_light">No registered users viewing this page.</p></div>
</div></div></div></main>
<footer id="ipsLayout_footer" class="ipsClearfix"><div class="ipsLayout_container"><ul class="ipsList_inline ipsType_center ipsSpacer_top" id="elFooterLinks">
<li><a href="#elNavTheme_menu" id="elNavTheme" data-ipsmenu="">Theme</a></li><li><a href="https://marrowby-talk.example/privacy/">Privacy Policy</a></li><li><a rel="nofollow" href="https://marrowby-talk.example/contact/" data-ipsdialog="">Contact Us</a></li></ul>
<p id="elCopyright"><span id="elCopyright_userLine">Marrowby Talk is run by volunteers from the Harcourt Road Residents' Association</span> <a rel="nofollow" title="Invision Community" href="https://www.invisioncommunity.com/">Powered by Invision Community</a></p></div></footer>
</body>
</html>
"""
PAGES.append((case("s16-ips-en", lang="en", chrome_lang="en", template="ips", title=a["title"], text=truth_text(a["paras"]),
    spam_urls=["https://cheap-essay-writer.example/order"] + [u for u, _ in hidden16],
    legit_urls=["https://en.wikipedia.org/wiki/Listed_building"],
    boilerplate_lines=["Jump to content", "Marrowby Talk", "Existing user? Sign In", "Sign Up", "Browse", "Guidelines",
        "Online Users", "Activity", "Leaderboard", "Local Affairs", "Marrowby Town & Council", "Share", "Followers 2",
        "By depot_watcher", "Reply to this topic", "Start new topic",
        "Recommended Posts", "Members", "1,204", "Posted May 31, 2024", "Quote", "Link to comment", "Share on other sites",
        "On 5/31/2024 at 2:14 PM, depot_watcher said:", "Create an account or sign in to comment",
        "You need to be a member in order to leave a comment", "Sign up for a new account in our community. It's easy!",
        "Register a new account", "Already have an account? Sign in here.", "Sign In Now", "Go to topic listing",
        "Recently Browsing 0 members", "No registered users viewing this page.", "Theme", "Privacy Policy", "Contact Us",
        "Marrowby Talk is run by volunteers from the Harcourt Road Residents' Association", "Powered by Invision Community",
        "replica watches uk", "vape wholesale"],
    comments=[dict(author=r["author"], date=r["date"], text=r["text"]) for r in r16],
    spam_patterns=["anchor_kw", "hidden_block"], spam_texts=["buy essays online cheap"],
    controls=["legit_links", "repeated_sentence"]), page, "utf-8", "\n"))

# s17: SMF 2.0 topic, UTF-8, truncated second copy, obfuscated spam URL (hxxp://host[.]tld) spliced mid-sentence,
# "« previous next »" navigation, 1 reply
A["s17"] = dict(
    title="Late bus for after-school clubs starts next month in Tarn Valley",
    paras=[
        "Students at Bellgrove and Upper Tarn high schools who stay late for clubs and sports practice will get a free bus home from next month, the Tarn Valley school district announced on Tuesday.",
        "The late bus will leave both schools at 5:15 p.m. on weekdays and follow a shortened version of the regular afternoon routes, stopping at 22 points across the valley. Students will need to show their school ID when boarding.",
        "District officials said a survey in the autumn found that nearly 300 students had dropped an after-school activity because they had no way home. Many families in the outlying villages live more than [[url:hxxp://quick-payday-cash[.]test/apply?id=88]]40 minutes' walk from the nearest public bus stop.",
        "The service will cost about 96,000 dollars for the rest of the school year and is being paid for from savings on the district's fuel contract, superintendent Laura Peake said. \"No child should have to choose between the robotics club and getting home before dark,\" she said.",
        "The district will review ridership in June before deciding whether to keep the late bus next year.",
    ])
a = A["s17"]
r17 = dict(author="upper_tarn_dad", date="May 07, 2024, 09:02:37 PM", mid=1831, n=1, group="Full Member", posts=219,
           text="About time. My daughter has been getting lifts from other parents all year just so she can stay for orchestra.")
full17 = "<br /><br />".join(render(p, "html") for p in a["paras"])
cut17 = full17[:full17.index("superintendent Laura") + len("superintendent Laura")]
def smf_post(mid, author, group, posts, subject, when, content, reply_n=0):
    head = f"&#171; <strong>Reply #{reply_n} on:</strong> {when} &#187;" if reply_n else f"&#171; <strong> on:</strong> {when} &#187;"
    return f"""<div class="windowbg{'2' if reply_n else ''}"><span class="topslice"><span></span></span>
<div class="post_wrapper"><div class="poster"><h4><a href="https://tarnparents.example/index.php?action=profile;u={mid % 700}" title="View the profile of {author}">{author}</a></h4>
<ul class="reset smalltext" id="msg_{mid}_extra_info"><li class="postgroup">{group}</li><li class="stars"><img src="https://tarnparents.example/Themes/default/images/star.gif" alt="*" /><img src="https://tarnparents.example/Themes/default/images/star.gif" alt="*" /></li>
<li class="postcount">Posts: {posts}</li><li class="profile"><ul><li><a href="https://tarnparents.example/index.php?action=profile;u={mid % 700}"><img src="https://tarnparents.example/Themes/default/images/icons/profile_sm.gif" alt="View Profile" title="View Profile" /></a></li></ul></li></ul></div>
<div class="postarea"><div class="flow_hidden"><div class="keyinfo"><div class="messageicon"><img src="https://tarnparents.example/Themes/default/images/post/xx.gif" alt="" /></div>
<h5 id="subject_{mid}"><a href="https://tarnparents.example/index.php?topic=412.msg{mid}#msg{mid}" rel="nofollow">{subject}</a></h5>
<div class="smalltext">{head}</div><div id="msg_{mid}_quick_mod"></div></div>
<ul class="reset smalltext quickbuttons"><li class="quote_button"><a href="https://tarnparents.example/index.php?action=post;quote={mid};topic=412.0" onclick="return oQuickReply.quote({mid});">Quote</a></li></ul></div>
<div class="post"><div class="inner" id="msg_{mid}">{content}</div></div></div>
<div class="moderatorbar"><div class="smalltext modified" id="modified_{mid}"></div>
<div class="smalltext reportlinks"><a href="https://tarnparents.example/index.php?action=reporttm;topic=412.0;msg={mid}">Report to moderator</a> &nbsp;<img src="https://tarnparents.example/Themes/default/images/ip.gif" alt="" /> Logged</div></div></div>
<span class="botslice"><span></span></span></div>
<hr class="post_separator" />"""
nav17 = f"""<div class="pagesection"><div class="nextlinks"><a href="https://tarnparents.example/index.php?topic=412.0;prev_next=prev#new">&laquo; previous</a> <a href="https://tarnparents.example/index.php?topic=412.0;prev_next=next#new">next &raquo;</a></div>
<div class="buttonlist floatright"><ul><li><a class="button_strip_reply active" href="https://tarnparents.example/index.php?action=post;topic=412.0"><span>Reply</span></a></li><li><a class="button_strip_notify" href="https://tarnparents.example/index.php?action=notify;sa=on;topic=412.0"><span>Notify</span></a></li><li><a class="button_strip_mark_unread" href="https://tarnparents.example/index.php?action=markasread;sa=topic;t=0;topic=412.0"><span>Mark unread</span></a></li><li><a class="button_strip_print" href="https://tarnparents.example/index.php?action=printpage;topic=412.0" rel="new_win nofollow"><span class="last">Print</span></a></li></ul></div>
<div class="pagelinks floatleft">Pages: [<strong>1</strong>] </div></div>"""
page = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<link rel="stylesheet" type="text/css" href="https://tarnparents.example/Themes/default/css/index.css?fin20" />
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
<meta name="description" content="{E(a['title'])}" />
<title>{E(a['title'])}</title>
<link rel="canonical" href="https://tarnparents.example/index.php?topic=412.0" />
<script type="text/javascript">var smf_theme_url = "https://tarnparents.example/Themes/default"; var smf_scripturl = "https://tarnparents.example/index.php?PHPSESSID=8f1c2d3e4a5b6c7d8e9f0a1b2c3d4e5f&amp;";</script>
</head>
<body>
<div id="wrapper" style="width: 90%">
<div id="header"><div class="frame">
<div id="top_section"><h1 class="forumtitle"><a href="https://tarnparents.example/index.php">Tarn Valley Parents Forum</a></h1><img id="upshrink" src="https://tarnparents.example/Themes/default/images/upshrink.png" alt="*" title="Shrink or expand the header." style="display: none;" />
<div id="siteslogan" class="floatright">Schools, clubs and everything in between</div></div>
<div id="upper_section" class="middletext"><div class="user"><form id="guest_form" action="https://tarnparents.example/index.php?action=login2" method="post" accept-charset="UTF-8">
<div class="info">Welcome, <strong>Guest</strong>. Please <a href="https://tarnparents.example/index.php?action=login">login</a> or <a href="https://tarnparents.example/index.php?action=register">register</a>.<br />Did you miss your <a href="https://tarnparents.example/index.php?action=activate">activation email</a>?</div>
<input type="text" name="user" size="10" class="input_text" /> <input type="password" name="passwrd" size="10" class="input_password" />
<select name="cookielength"><option value="60">1 Hour</option><option value="1440">1 Day</option><option value="10080">1 Week</option><option value="43200">1 Month</option><option value="-1" selected="selected">Forever</option></select>
<input type="submit" value="Login" class="button_submit" /><br /><div class="info">Login with username, password and session length</div></form></div>
<div class="news normaltext"><h2>News: </h2><p>Please read the forum rules before posting in the School News board.</p></div></div>
<div id="main_menu"><ul class="dropmenu" id="menu_nav"><li id="button_home"><a class="active firstlevel" href="https://tarnparents.example/index.php"><span class="last firstlevel">Home</span></a></li><li id="button_help"><a class="firstlevel" href="https://tarnparents.example/index.php?action=help"><span class="firstlevel">Help</span></a></li><li id="button_search"><a class="firstlevel" href="https://tarnparents.example/index.php?action=search"><span class="firstlevel">Search</span></a></li><li id="button_login"><a class="firstlevel" href="https://tarnparents.example/index.php?action=login"><span class="firstlevel">Login</span></a></li><li id="button_register"><a class="firstlevel" href="https://tarnparents.example/index.php?action=register"><span class="last firstlevel">Register</span></a></li></ul></div>
<div class="navigate_section"><ul><li><a href="https://tarnparents.example/index.php"><span>Tarn Valley Parents Forum</span></a> &#187;</li><li><a href="https://tarnparents.example/index.php#c2"><span>Our Schools</span></a> &#187;</li><li><a href="https://tarnparents.example/index.php?board=5.0"><span>School News</span></a> &#187;</li><li class="last"><a href="https://tarnparents.example/index.php?topic=412.0"><span>{E(a['title'])}</span></a></li></ul></div>
</div></div>
<div id="content_section"><div class="frame"><div id="main_content_section">
<a id="top"></a><a id="msg1827"></a>
{nav17}
<div id="forumposts"><div class="cat_bar"><h3 class="catbg"><img src="https://tarnparents.example/Themes/default/images/topic/normal_post.gif" align="bottom" alt="" /><span id="author">Author</span>Topic: {E(a['title'])} &nbsp;(Read 612 times)</h3></div>
<form action="https://tarnparents.example/index.php?action=quickmod2;topic=412.0" method="post" accept-charset="UTF-8" name="quickModForm" id="quickModForm" style="margin: 0;" onsubmit="return oQuickModify.bInEditMode ? oQuickModify.modifySave('8f1c2d3e', 'a1b2c3') : false">
{smf_post(1827, "bellgrove_mum", "Global Moderator", 1488, E(a['title']), "May 07, 2024, 07:48:12 PM", full17 + "<br /><br /><br />" + cut17)}
{smf_post(r17['mid'], r17['author'], r17['group'], r17['posts'], "Re: " + E(a['title']), r17['date'], E(r17['text']), reply_n=r17['n'])}
</form></div>
<a id="lastPost"></a>
{nav17}
<div class="plainbox" id="display_jump_to">&nbsp;</div>
<div id="moderationbuttons"></div>
<form action="https://tarnparents.example/index.php" method="get" accept-charset="UTF-8" style="padding:0; margin: 0;"><label for="jumpto">Jump to:</label> <select name="jumpto" id="jumpto"><option value="5">=&gt; School News</option><option value="6">=&gt; Clubs and Sport</option><option value="7">=&gt; Buy, Sell, Swap</option></select></form>
</div></div></div>
<div id="footer_section"><div class="frame"><ul class="reset">
<li class="copyright"><span class="smalltext" style="display: inline; visibility: visible; font-family: Verdana, Arial, sans-serif;"><a href="https://tarnparents.example/index.php?action=credits" title="Simple Machines Forum" target="_blank" class="new_win">SMF 2.0.19</a> |
 <a href="https://www.simplemachines.org/about/smf/license.php" title="License" target="_blank" class="new_win">SMF &copy; 2021</a>, <a href="https://www.simplemachines.org" title="Simple Machines" target="_blank" class="new_win">Simple Machines</a></span></li>
<li><a id="button_xhtml" href="http://validator.w3.org/check?uri=referer" target="_blank" class="new_win" title="Valid XHTML 1.0!"><span>XHTML</span></a></li>
<li class="last"><a id="button_wap2" href="https://tarnparents.example/index.php?wap2" class="new_win"><span>Mobile</span></a></li></ul>
<p>Page created in 0.113 seconds with 21 queries.</p></div></div>
</div>
</body></html>
"""
PAGES.append((case("s17-smf-en", lang="en", chrome_lang="en", template="smf", title=a["title"], text=truth_text(a["paras"]),
    spam_urls=["hxxp://quick-payday-cash[.]test/apply?id=88"], duplicated=True, dup_kind="truncated",
    boilerplate_lines=["Tarn Valley Parents Forum", "Schools, clubs and everything in between", "Welcome, Guest",
        "Did you miss your activation email", "1 Hour", "Forever", "Login with username, password and session length", "News:",
        "Please read the forum rules before posting in the School News board.", "Help", "Search", "Register", "Our Schools",
        "School News", "« previous next »", "Reply", "Notify", "Mark unread", "Print", "Pages:", "Author",
        "(Read 612 times)", "bellgrove_mum", "Global Moderator", "Posts: 1488", "« on: May 07, 2024, 07:48:12 PM »", "Quote",
        "Report to moderator", "Logged", "Jump to:", "=> Clubs and Sport", "=> Buy, Sell, Swap", "SMF 2.0.19", "SMF © 2021",
        "Simple Machines", "XHTML", "Mobile", "Page created in 0.113 seconds with 21 queries."],
    comments=[dict(author=r17["author"], date=r17["date"], text=r17["text"])],
    spam_patterns=["spliced_url", "obfuscated_url"]), page, "utf-8", "\n"))

# s18: Discourse topic as served to a client without JavaScript: the readable topic sits inside <noscript>,
# the app's preloaded JSON copy sits in a data attribute (not visible). Short 2-paragraph article,
# hijacked word, legitimate link, 2 replies
A["s18"] = dict(
    title="Fernhill pool to close for two weeks for tile repairs",
    paras=[
        "Fernhill Community Pool will close from Monday, June 10, for about two weeks while contractors replace cracked tiles along the floor of the [[word:https://bet-bonus-365.example/ref/fernhill|deep end]], the parks department said. Swim lessons booked during the closure will move to the Lindqvist school pool, and season pass holders will have their passes extended by 14 days.",
        "Inspectors found the damage during the routine spring check required under the state's [[link:https://www.cdc.gov/healthy-swimming/inspections/pool-codes.html|pool safety code]]. Parks director Owen Sato said the work was being done now \"so that we are not closing the pool in the middle of a heat wave.\"",
    ])
a = A["s18"]
r18 = [dict(pid=2, author="lane_swimmer_k", date="June 3, 2024, 4:05pm", iso="2024-06-03T16:05:41Z",
            text="Thanks for the heads up. Is the splash pad staying open during the repairs?"),
       dict(pid=3, author="parks_desk", date="June 3, 2024, 4:31pm", iso="2024-06-03T16:31:09Z",
            text="Yes, the splash pad and the changing rooms on the north side stay open as usual.")]
cooked18 = "".join("<p>%s</p>" % render(p, "html") for p in a["paras"])
pre18 = json.dumps({"topic_412": {"post_stream": {"posts": [{"id": 1630, "username": "parks_desk", "post_number": 1,
    "cooked": cooked18, "created_at": "2024-06-03T15:12:00.000Z"}]}, "title": a["title"], "fancy_title": a["title"]}},
    ensure_ascii=False)
def disc_post(pid, author, iso, date, content, likes=0):
    kind = "itemprop='articleBody'" if pid == 1 else "itemprop='comment' itemscope itemtype='http://schema.org/Comment'"
    return f"""<div id='post_{pid}' {kind} class='topic-body crawler-post'>
<div class='crawler-post-meta'><span class="creator" itemprop="author" itemscope itemtype="http://schema.org/Person"><a itemprop="url" href='https://commons.fernhill.example/u/{author}'><span itemprop='name'>{author}</span></a></span>
<span class="crawler-post-infos"><time itemprop='datePublished' datetime='{iso}' class='post-time'>{date}</time><span itemprop='position'>{pid}</span></span></div>
<div class='post' itemprop='text'>
{content}
</div>
<div itemprop="interactionStatistic" itemscope itemtype="http://schema.org/InteractionCounter"><meta itemprop="interactionType" content="http://schema.org/LikeAction"/><meta itemprop="userInteractionCount" content="{likes}" /><span class='post-likes'>{str(likes) + ' Likes' if likes else ''}</span></div>
</div>"""
page = f"""<!DOCTYPE html>
<html lang="en" class="desktop-view not-mobile-device text-size-normal anon">
<head>
<meta charset="utf-8">
<title>{E(a['title'])} - Announcements - Fernhill Commons</title>
<meta name="description" content="{E(render(a['paras'][0], 'truth')[:150])}">
<meta name="generator" content="Discourse 3.2.1 - https://github.com/discourse/discourse version 3.2.1">
<link rel="icon" type="image/png" href="https://commons.fernhill.example/uploads/default/optimized/1X/favicon_32x32.png">
<meta name="theme-color" media="all" content="#ffffff">
<meta name="discourse_theme_id" content="2">
<meta name="discourse_current_homepage" content="latest">
<link rel="canonical" href="https://commons.fernhill.example/t/fernhill-pool-to-close-for-two-weeks-for-tile-repairs/412">
<meta property="og:site_name" content="Fernhill Commons">
<meta property="og:type" content="website">
<meta name="twitter:card" content="summary">
<meta property="og:title" content="{E(a['title'])}">
<meta property="og:description" content="{E(render(a['paras'][0], 'truth')[:150])}">
<meta property="article:published_time" content="2024-06-03T15:12:00+00:00">
<link rel="stylesheet" href="/stylesheets/desktop_9f2a.css?__ws=commons.fernhill.example" media="all" data-target="desktop">
<script defer src="/assets/locales/en.js"></script>
<script defer src="/assets/start-discourse.js"></script>
</head>
<body class="crawler">
<discourse-assets></discourse-assets>
<div id="data-discourse-setup" data-cdn="" data-base-url="https://commons.fernhill.example" data-base-uri="" data-environment="production" data-disable-custom-css="false" data-highlight-js-path="/highlight-js/commons.fernhill.example/2a7f.js"></div>
<div class="hidden" id="data-preloaded" data-preloaded="{html.escape(pre18, quote=True)}"></div>
<noscript data-path="/t/fernhill-pool-to-close-for-two-weeks-for-tile-repairs/412">
<header class="d-header"><div class="wrap"><div class="contents"><div class="row"><div class="title span13"><a href="/"><img src="https://commons.fernhill.example/uploads/default/original/1X/logo.png" alt="Fernhill Commons" id="site-logo" style="max-width: 150px;"></a></div>
<div class="panel clearfix" role="navigation"><a href="/login" class="btn btn-primary btn-small login-button">Log In</a></div></div></div></div></header>
<div id="main-outlet" class="wrap" role="main">
<div id="topic-title"><h1><a href="/t/fernhill-pool-to-close-for-two-weeks-for-tile-repairs/412">{E(a['title'])}</a></h1>
<div class="topic-category" itemscope itemtype="http://schema.org/BreadcrumbList"><span itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem"><a href="/c/announcements/5" class="badge-wrapper bullet" itemprop="item"><span class="badge-category-bg" style="background-color: #0088CC"></span><span class="badge-category clear-badge"><span class="category-name" itemprop="name">Announcements</span></span></a><meta itemprop="position" content="1"></span></div></div>
<div itemscope itemtype="http://schema.org/DiscussionForumPosting"><meta itemprop="headline" content="{E(a['title'])}"><link itemprop="url" href="https://commons.fernhill.example/t/fernhill-pool-to-close-for-two-weeks-for-tile-repairs/412"><meta itemprop="datePublished" content="2024-06-03T15:12:00Z"><meta itemprop="articleSection" content="Announcements"><meta itemprop="keywords" content="pools, parks">
{disc_post(1, "parks_desk", "2024-06-03T15:12:00Z", "June 3, 2024, 3:12pm", cooked18, likes=6)}
{''.join(disc_post(r['pid'], r['author'], r['iso'], r['date'], '<p>' + E(r['text']) + '</p>') for r in r18)}
</div>
<div id="related-topics" class="more-topics__list " role="complementary" aria-labelledby="related-topics-title"><h3 id="related-topics-title" class="more-topics__list-title">Related topics</h3>
<div class="topic-list-container" itemscope itemtype="http://schema.org/ItemList"><meta itemprop="itemListOrder" content="http://schema.org/ItemListOrderDescending">
<table class="topic-list"><thead><tr><th>Topic</th><th></th><th class="replies">Replies</th><th class="views">Views</th><th>Activity</th></tr></thead>
<tbody><tr class="topic-list-item" id="topic-list-item-398"><td class="main-link" itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem"><meta itemprop="position" content="1"><span class="link-top-line"><a itemprop="url" href="https://commons.fernhill.example/t/summer-swim-lesson-registration-opens-may-20/398" class="title raw-link raw-topic-link">Summer swim lesson registration opens May 20</a></span><div class="link-bottom-line"><a href="/c/announcements/5" class="badge-wrapper bullet"><span class="badge-category-bg" style="background-color: #0088CC"></span><span class="badge-category clear-badge"><span class="category-name">Announcements</span></span></a></div></td><td class="replies"><span class="posts" title="posts">4</span></td><td class="views"><span class="views" title="views">311</span></td><td>May 2024</td></tr>
<tr class="topic-list-item" id="topic-list-item-405"><td class="main-link" itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem"><meta itemprop="position" content="2"><span class="link-top-line"><a itemprop="url" href="https://commons.fernhill.example/t/lindqvist-gym-floor-refinishing-schedule/405" class="title raw-link raw-topic-link">Lindqvist gym floor refinishing schedule</a></span><div class="link-bottom-line"><a href="/c/facilities/7" class="badge-wrapper bullet"><span class="badge-category-bg" style="background-color: #25AAE2"></span><span class="badge-category clear-badge"><span class="category-name">Facilities</span></span></a></div></td><td class="replies"><span class="posts" title="posts">1</span></td><td class="views"><span class="views" title="views">97</span></td><td>May 2024</td></tr></tbody></table></div></div>
</div>
<footer class="container wrap"><nav class="crawler-nav"><ul>
<li itemscope itemtype="http://schema.org/SiteNavigationElement"><span itemprop="name"><a href="/" itemprop="url">Home </a></span></li>
<li itemscope itemtype="http://schema.org/SiteNavigationElement"><span itemprop="name"><a href="/categories" itemprop="url">Categories </a></span></li>
<li itemscope itemtype="http://schema.org/SiteNavigationElement"><span itemprop="name"><a href="/guidelines" itemprop="url">Guidelines </a></span></li>
<li itemscope itemtype="http://schema.org/SiteNavigationElement"><span itemprop="name"><a href="/tos" itemprop="url">Terms of Service </a></span></li>
<li itemscope itemtype="http://schema.org/SiteNavigationElement"><span itemprop="name"><a href="/privacy" itemprop="url">Privacy Policy </a></span></li></ul></nav>
<p class="powered-by-link">Powered by <a href="https://www.discourse.org">Discourse</a>, best viewed with JavaScript enabled</p></footer>
</noscript>
<section id="main"></section>
<div id="offscreen-content"></div>
</body>
</html>
"""
PAGES.append((case("s18-discourse-en", lang="en", chrome_lang="en", template="discourse", title=a["title"], text=truth_text(a["paras"]),
    spam_urls=["https://bet-bonus-365.example/ref/fernhill"],
    legit_urls=["https://www.cdc.gov/healthy-swimming/inspections/pool-codes.html"],
    boilerplate_lines=["Log In", "Announcements", "parks_desk", "June 3, 2024, 3:12pm", "6 Likes", "Related topics", "Topic",
        "Replies", "Views", "Activity", "Summer swim lesson registration opens May 20", "Lindqvist gym floor refinishing schedule",
        "Facilities", "May 2024", "Categories", "Guidelines", "Terms of Service", "Privacy Policy",
        "best viewed with JavaScript enabled"],
    comments=[dict(author=r["author"], date=r["date"], text=r["text"]) for r in r18],
    spam_patterns=["anchor_word"], controls=["short", "legit_links"]), page, "utf-8", "\n"))

# s19: Daum/Naver-cafe-style Korean page, table layout, EUC-KR bytes (KS X 1001 only) declared euc-kr,
# near duplicate (entities), keyword anchor, zero-size hidden block, 3 comments
A["s19"] = dict(
    title="산골 마을 '행복버스' 운행 1년…어르신 병원 가는 길 두 시간 줄었다",
    paras=[
        "운곡군이 교통이 불편한 산간 마을 주민을 위해 지난해 도입한 수요응답형 '행복버스'가 운행 1년 만에 이용객 2만 명을 넘어섰다.",
        "행복버스는 정해진 노선 없이 주민이 하루 전 전화로 예약하면 집 앞에서 태워 읍내 병원과 시장, 면사무소까지 데려다주는 방식이다. 요금은 1회 1천 원으로 일반 시내버스와 같고, 만 75세 이상 주민은 무료로 탈 수 있다.",
        "군에 따르면 버스 도입 전 외딴 마을 어르신들이 읍내 병원에 다녀오려면 하루 세 차례뿐인 버스를 기다리느라 왕복 다섯 시간 가까이 걸렸다. 행복버스 도입 뒤에는 평균 세 시간 안팎으로 줄었다.",
        "이용객 만족도 조사에서는 응답자의 92%가 [[kw:https://sports-toto-vip.example/join|토토사이트 가입머니 지급]]'만족한다'고 답했다. 다만 예약이 몰리는 장날에는 차량이 부족하다는 의견이 많아 군은 올해 차량을 4대에서 6대로 늘리기로 했다.",
        "김정숙 운곡군 교통행정팀장은 \"행복버스가 어르신들의 발이 되고 있다\"며 \"운전기사가 안부를 살피는 돌봄 역할까지 하고 있어 복지 서비스로서 의미도 크다\"고 말했다.",
    ])
a = A["s19"]
def tf19(s):
    return (s.replace('"', "&quot;").replace("'", "&#39;").replace("버스", "&#48260;&#49828;")
             .replace(", ", ",&nbsp;").replace("다. ", "다.&nbsp;&nbsp;"))
hidden19 = [("https://mukti-casino.example/", "바카라 사이트 추천 먹튀 검증"), ("https://daechul-now.example/loan", "무직자 소액 대출 당일 입금")]
c19 = [dict(author="들꽃향기", date="24.06.12 14:21", text="저희 어머니도 매주 이용하세요. 기사님이 짐까지 들어주신다고 고마워하십니다."),
       dict(author="운곡사람", date="24.06.12 16:05", text="장날 아침에는 예약이 금방 차더라고요. 차량을 늘린다니 다행입니다."),
       dict(author="바람개비", date="24.06.13 09:40", text="다른 면에도 빨리 확대됐으면 좋겠네요.")]
b19a = "<br>\n".join(render(p, "html") for p in a["paras"])
b19b = "<br>\n".join(render(p, "html", tf19) for p in a["paras"])
cm19 = "\n".join(f"""<tr><td class="cmt_nick" width="120"><b>{c['author']}</b></td><td class="cmt_txt">{E(c['text'])}</td><td class="cmt_date" width="110">{c['date']}</td><td width="60"><a href="#">답글</a></td></tr>""" for c in c19)
page = f"""<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=euc-kr">
<title>{E(a['title'])} - 우리동네 소식 - 운곡골 이야기</title>
<style type="text/css">td {{ font-size:12px; font-family:굴림; }}</style>
</head>
<body leftmargin="0" topmargin="0" marginwidth="0" marginheight="0">
<table width="960" border="0" cellspacing="0" cellpadding="0" align="center">
<tr><td colspan="2" height="30" align="right" class="gnb"><a href="/top">카페홈</a> | <a href="/login">로그인</a> | <a href="/app">카페앱 설치</a></td></tr>
<tr><td colspan="2" height="90" class="cafe_title"><a href="/ungokgol"><b>운곡골 이야기</b></a> <span class="cafe_url">cafe.example/ungokgol</span></td></tr>
<tr><td width="180" valign="top" class="left_menu">
<table width="170" border="0" cellspacing="0" cellpadding="0">
<tr><td class="cafe_info"><b>카페 정보</b><br>매니저 <a href="#">풍경소리</a><br>since 2009.03.11<br>회원수 3,182</td></tr>
<tr><td><a href="/ungokgol/join"><b>카페 가입하기</b></a></td></tr>
<tr><td><a href="/ungokgol/chat">카페 채팅</a></td></tr>
<tr><td height="8"></td></tr>
<tr><td class="menu"><a href="/ungokgol/_all">전체글보기</a></td></tr>
<tr><td class="menu"><a href="/ungokgol/notice">공지사항</a></td></tr>
<tr><td class="menu"><a href="/ungokgol/free">자유게시판</a></td></tr>
<tr><td class="menu on"><a href="/ungokgol/news">우리동네 소식</a></td></tr>
<tr><td class="menu"><a href="/ungokgol/photo">사진 올리기</a></td></tr>
<tr><td class="menu"><a href="/ungokgol/market">사고팔고</a></td></tr>
</table></td>
<td width="780" valign="top">
<table width="100%" border="0" cellspacing="0" cellpadding="0">
<tr><td class="board_name" height="30"><a href="/ungokgol/news">우리동네 소식</a></td></tr>
<tr><td class="subject" height="36"><b>{E(a['title'])}</b></td></tr>
<tr><td class="info" height="24"><span class="nick">마을기자 풍경소리</span> <span class="bar">|</span> 2024.06.12. 11:02 <span class="bar">|</span> 조회 412 <span class="bar">|</span> 댓글 3 <span class="bar">|</span> <a href="#">URL 복사</a></td></tr>
<tr><td style="padding:20px 10px; line-height:180%;" class="article">
<div id="user_contents">{b19a}<br>
<br>
{b19b}</div>
<div style="width:0;height:0;overflow:hidden">{''.join('<a href="%s">%s</a>' % x for x in hidden19)}</div>
</td></tr>
<tr><td align="right" height="30"><a href="#">스크랩</a> | <a href="#">인쇄</a> | <a href="#">신고</a></td></tr>
</table>
<table width="100%" border="0" cellspacing="0" cellpadding="4" class="comment">
<tr><td colspan="4" class="cmt_head"><b>댓글 3</b> <span class="bar">|</span> 등록순 최신순</td></tr>
{cm19}
<tr><td colspan="4"><textarea rows="3" cols="80">댓글 입력은 카페 회원만 가능합니다.</textarea> <input type="button" value="등록"></td></tr>
</table>
<table width="100%" border="0" cellspacing="0" cellpadding="0">
<tr><td align="left" height="30"><a href="/ungokgol/news/1487">답글</a> <a href="/ungokgol/news/1487/edit">수정</a> <a href="/ungokgol/news/1487/delete">삭제</a></td><td align="right"><a href="/ungokgol/news">목록</a></td></tr>
</table>
<table width="100%" border="0" cellspacing="0" cellpadding="3" class="nav">
<tr><td width="70">▲ 이전글</td><td><a href="/ungokgol/news/1488">면사무소 민원실 7월부터 점심시간에도 문 연다</a></td><td width="80">2024.06.13</td></tr>
<tr><td width="70">▼ 다음글</td><td><a href="/ungokgol/news/1486">여름철 계곡 물놀이 안전 수칙 안내</a></td><td width="80">2024.06.10</td></tr>
</table>
</td></tr>
<tr><td colspan="2" height="60" align="center" class="footer">운곡골 이야기는 운곡군 주민들이 만드는 온라인 사랑방입니다.<br>ⓒ ungokgol.cafe.example All rights reserved.</td></tr>
</table>
</body>
</html>
"""
PAGES.append((case("s19-cafe-ko-euckr", lang="ko", chrome_lang="ko", encoding="euc-kr", declared_charset="euc-kr", template="cafe",
    title=a["title"], text=truth_text(a["paras"]), spam_urls=["https://sports-toto-vip.example/join"] + [u for u, _ in hidden19],
    duplicated=True, dup_kind="near",
    boilerplate_lines=["카페홈", "로그인", "카페앱 설치", "운곡골 이야기", "cafe.example/ungokgol", "카페 정보", "매니저", "풍경소리",
        "since 2009.03.11", "회원수 3,182", "카페 가입하기", "카페 채팅", "전체글보기", "공지사항", "자유게시판", "우리동네 소식",
        "사진 올리기", "사고팔고", "마을기자 풍경소리", "2024.06.12. 11:02", "조회 412", "댓글 3", "URL 복사", "스크랩", "인쇄",
        "신고", "등록순 최신순", "댓글 입력은 카페 회원만 가능합니다.", "답글", "수정", "삭제", "목록", "이전글",
        "면사무소 민원실 7월부터 점심시간에도 문 연다", "다음글", "여름철 계곡 물놀이 안전 수칙 안내",
        "운곡골 이야기는 운곡군 주민들이 만드는 온라인 사랑방입니다.", "ⓒ ungokgol.cafe.example All rights reserved.",
        "바카라 사이트 추천 먹튀 검증", "무직자 소액 대출 당일 입금"],
    comments=c19, spam_patterns=["anchor_kw", "hidden_block"], spam_texts=["토토사이트 가입머니 지급"]), page, "euc_kr", "\r\n"))

# s20: Tistory-style Korean blog post, UTF-8, the skin repeats the post in a second (mobile) container,
# spliced bare URL, legitimate .go.kr link, "공감"/"구독하기", category list, empty comments
A["s20"] = dict(
    title="청림천에 맨발 걷기 길 1.2㎞ 생겼다…세족장·신발장도 갖춰",
    paras=[
        "물빛구가 청림천 산책로 가운데 1.2㎞ 구간에 맨발 걷기 길을 새로 만들어 이달 15일부터 개방한다고 밝혔다.",
        "맨발 걷기 길은 기존 산책로 옆에 폭 2m로 조성됐으며, 고운 황토와 마사토를 섞어 깔아 발바닥 자극을 줄였다. 구간 양 끝에는 발을 씻을 수 있는 세족장과 신발장, 벤치가 설치됐다.",
        "최근 맨발 걷기가 건강 관리 방법으로 인기를 끌면서 주민들의 조성 요청이 잇따랐다. 구가 지난해 주민참여예산 사업으로 의견을 받은 결과 [[url:https://sikboo-pharm.example/viagra?src=blog]]맨발 걷기 길 조성이 가장 많은 표를 얻었다.",
        "구는 흙이 비에 쓸려 내려가지 않도록 배수로를 함께 정비하고, 매주 한 차례 유리 조각이나 돌멩이 같은 이물질을 걸러내는 관리 작업을 할 예정이다. 겨울철에는 흙이 얼어 미끄러울 수 있어 12월부터 이듬해 2월까지는 운영을 쉰다.",
        "전문가들은 맨발로 걷다 상처가 나면 세균에 감염될 수 있는 만큼 당뇨가 있는 사람은 특히 주의해야 한다고 조언한다. 관련 내용은 [[link:https://www.kdca.go.kr/contents.es?mid=a20303030300|질병관리청 건강정보]]에서도 확인할 수 있다.",
        "구 관계자는 \"이용 반응을 보고 다른 하천 산책로에도 맨발 걷기 길을 넓혀 가겠다\"고 말했다.",
    ])
a = A["s20"]
page = f"""<!doctype html>
<html lang="ko">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{E(a['title'])}</title>
<link rel="stylesheet" type="text/css" href="https://tistory1.daumcdn.example/tistory/3491876/skin/style.css?_version_=1716361923">
<meta property="og:type" content="article">
<meta property="og:site_name" content="동네 산책 기록">
<meta property="og:title" content="{E(a['title'])}">
<meta property="og:description" content="물빛구가 청림천 산책로 가운데 1.2㎞ 구간에 맨발 걷기 길을 새로 만들어 이달 15일부터 개방한다고 밝혔다.">
<script type="text/javascript">window.T = {{"blogId":3491876,"entryId":318}};</script>
</head>
<body id="tt-body-page" class="layout-aside-right paging-number">
<div id="wrap" class="wrap-right">
<div id="header"><h1><a href="https://sanchaek-note.example/">동네 산책 기록</a></h1>
<div class="util"><div class="search"><input type="text" name="search" value="" title="검색어 입력" placeholder="검색내용을 입력하세요."></div><a href="https://sanchaek-note.example/manage" class="link_manage">관리</a> <a href="https://sanchaek-note.example/manage/newpost" class="link_write">글쓰기</a> <a href="https://www.tistory.example/auth/login" class="link_login">로그인</a> <a href="https://www.tistory.example/auth/logout" class="link_logout">로그아웃</a></div></div>
<div id="container"><main class="main"><div class="area-main"><div class="area-view">
<div class="article-header"><div class="inner-article-header"><div class="box-meta"><p class="category">동네소식</p><h2 class="title-article">{E(a['title'])}</h2>
<div class="box-info"><p class="writer">by 물빛산책자</p><p class="date">2024. 6. 8. 21:17</p></div></div></div></div>
<hr>
<div class="article-view"><div class="tt_article_useless_p_margin contents_style">
{paras_html(a['paras'])}
</div>
<div class="container_postbtn #post_button_group"><div class="postbtn_like"><div class="wrap_btn"><button class="btn_post uoc-icon"><span class="ico_postbtn ico_like">좋아요</span><span class="txt_like uoc-count">공감</span></button></div>
<div class="wrap_btn wrap_btn_share"><button type="button" class="btn_post sns_btn btn_share"><span class="ico_postbtn ico_share">공유하기</span></button></div>
<div class="wrap_btn wrap_btn_etc"><button type="button" class="btn_post btn_etc1"><span class="ico_postbtn ico_etc">게시글 관리</span></button></div></div>
<div data-tistory-react-app="SupportButton"></div><div class="wrap_btn_subscribe"><a href="#" class="btn_subscription"><span class="txt_state">구독하기</span></a></div></div>
<div class="another_category another_category_color_gray"><h4>'<a href="/category/동네소식">동네소식</a>' 카테고리의 다른 글</h4>
<table><tr><th><a href="/317">구립도서관 여름방학 독서교실 모집</a>&nbsp;&nbsp;<span>(0)</span></th><td>2024.06.05</td></tr>
<tr><th><a href="/315">청림천 징검다리 보수 공사 끝나</a>&nbsp;&nbsp;<span>(2)</span></th><td>2024.05.29</td></tr>
<tr><th><a href="/312">주말 농부 시장 장소 옮긴다</a>&nbsp;&nbsp;<span>(0)</span></th><td>2024.05.21</td></tr></table></div>
</div>
<div class="article-tag"><div class="box-tag"><strong>태그</strong> <a href="/tag/맨발걷기" rel="tag">맨발걷기</a>, <a href="/tag/청림천" rel="tag">청림천</a>, <a href="/tag/물빛구" rel="tag">물빛구</a></div></div>
<div class="article-view-mobile m-only" data-tistory-mobile="entry">
{paras_html(a['paras'], wrap='<div class="m-p">%s</div>')}
</div>
<div class="related-articles"><h2><strong>'동네소식'</strong> 관련 글</h2><ul><li><a href="/317"><span class="title">구립도서관 여름방학 독서교실 모집</span><span class="date">2024.06.05</span></a></li><li><a href="/315"><span class="title">청림천 징검다리 보수 공사 끝나</span><span class="date">2024.05.29</span></a></li></ul></div>
<div class="article-reply" id="comment"><div data-tistory-react-app="Comment"></div>
<div class="tt-area-reply"><div class="tt-box-total"><span class="tt_txt_g">댓글</span><span class="tt_num_g">0</span></div>
<div class="tt-area-write"><div class="tt-box-textarea"><div class="tt-inner-g"><textarea placeholder="여러분의 소중한 댓글을 입력해주세요" name="comment"></textarea></div></div>
<div class="tt-box-write"><label class="tt-xe-label"><input type="checkbox" name="secret"><span class="tt_txt_g">비밀글</span></label><button type="submit" class="tt-btn_register">등록</button></div></div></div></div>
</div></div></main>
<aside class="area-aside"><div class="box-category box-category-2depth"><nav><ul class="tt_category"><li><a href="/category" class="link_tit">분류 전체보기 <span class="c_cnt">(214)</span></a>
<ul class="category_list"><li><a href="/category/동네소식" class="link_item">동네소식 <span class="c_cnt">(58)</span></a></li><li><a href="/category/맛집" class="link_item">맛집 <span class="c_cnt">(41)</span></a></li><li><a href="/category/산책길" class="link_item">산책길 <span class="c_cnt">(37)</span></a></li><li><a href="/category/일상" class="link_item">일상 <span class="c_cnt">(78)</span></a></li></ul></li></ul></nav></div>
<div class="box-profile"><p class="tit-g">블로그 정보</p><p class="text-profile">물빛구 구석구석을 걸으며 기록합니다.</p></div>
<div class="box-visit"><p class="tit-g">방문자수<span class="total">Total</span></p><p class="text-total">184,302</p><ul><li>Today : 96</li><li>Yesterday : 211</li></ul></div></aside></div>
<div id="footer"><p class="text-footer">Designed by 티스토리</p><p class="copyright">© sanchaek-note.example</p></div>
</div>
</body>
</html>
"""
PAGES.append((case("s20-tistory-ko", lang="ko", chrome_lang="ko", template="tistory", title=a["title"], text=truth_text(a["paras"]),
    spam_urls=["https://sikboo-pharm.example/viagra?src=blog"], legit_urls=["https://www.kdca.go.kr/contents.es?mid=a20303030300"],
    duplicated=True, dup_kind="container",
    boilerplate_lines=["동네 산책 기록", "글쓰기", "로그인", "로그아웃", "동네소식", "by 물빛산책자", "2024. 6. 8. 21:17", "좋아요",
        "공감", "공유하기", "게시글 관리", "구독하기", "카테고리의 다른 글", "구립도서관 여름방학 독서교실 모집", "청림천 징검다리 보수 공사 끝나",
        "주말 농부 시장 장소 옮긴다", "태그", "관련 글", "댓글", "비밀글", "등록", "분류 전체보기 (214)",
        "맛집 (41)", "산책길 (37)", "일상 (78)", "블로그 정보", "물빛구 구석구석을 걸으며 기록합니다.", "방문자수", "Today : 96",
        "Yesterday : 211", "Designed by 티스토리", "© sanchaek-note.example"],
    spam_patterns=["spliced_url"], controls=["legit_links"]), page, "utf-8", "\n"))

# s21: Ameba-blog-style Japanese post, Shift_JIS declared, near duplicate (digits turned full-width),
# hijacked word, "いいね！"/"フォロー", 1 comment
A["s21"] = dict(
    title="市立動物園でレッサーパンダの赤ちゃん誕生　7年ぶり、10月に公開へ",
    paras=[
        "しらかわ市立動物園は12日、レッサーパンダの赤ちゃん1頭が生まれたと発表した。園内でのレッサーパンダの誕生は7年ぶりで、母子ともに健康だという。",
        "赤ちゃんは6月28日に生まれた雌で、体重は生後2週間の時点で約400グラム。母親の「モモ」（8歳）が巣箱の中で授乳を続けており、飼育員は巣箱に取り付けたカメラで様子を見守っている。",
        "同園では2017年に生まれた雄がほかの動物園に移って以降、繁殖に取り組んできた。昨年、国内の別の動物園から雄の「ソラ」（5歳）を迎え、今年2月にペアリングに成功した。",
        "一般公開は10月上旬を予定している。公開に合わせて、赤ちゃんの名前を来園者の投票で決める企画も[[word:https://kabu-hisshou.example/lp/?a=ameba|検討]]している。",
        "飼育担当の山下さんは「母親が落ち着いて子育てをしてくれているのが何よりうれしい。元気に育つよう静かに見守りたい」と話している。",
    ])
a = A["s21"]
c21 = [dict(author="ゆず茶", date="2024-07-13 08:41:22", text="うちの子がレッサーパンダ大好きなので、公開されたら絶対見に行きます！名前の投票も楽しみです。")]
page = f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS">
<title>{a['title']}｜しらかわ日和</title>
<meta property="og:site_name" content="しらかわ日和">
<meta property="og:title" content="{a['title']}">
<link rel="stylesheet" href="https://stat.ameblo.example/blog/css/skin_201.css">
</head>
<body>
<div id="ambHeader"><a href="https://www.ameblo.example/">ブログトップ</a> <a href="https://www.ameblo.example/entry/">ブログを書く</a> <a href="https://www.ameblo.example/login">ログイン</a> <a href="https://www.ameblo.example/signup">新規登録</a></div>
<div class="skin-blogHeader"><h1 class="skin-blogTitle"><a href="https://ameblo.example/shirakawa-biyori/">しらかわ日和</a></h1><p class="skin-blogDescription">動物園と公園と、ときどきパン屋さん</p></div>
<nav class="skin-blogNav"><ul><li><a href="https://ameblo.example/shirakawa-biyori/">ブログトップ</a></li><li><a href="https://ameblo.example/shirakawa-biyori/entrylist.html">記事一覧</a></li><li><a href="https://ameblo.example/shirakawa-biyori/imagelist.html">画像一覧</a></li></ul></nav>
<div class="skin-main"><article class="skin-entry" data-unique-entry-id="12857731904">
<div class="skin-entryHead"><h2 class="skin-entryTitle"><a href="https://ameblo.example/shirakawa-biyori/entry-12857731904.html">{a['title']}</a></h2>
<p class="skin-entryPubdate"><time datetime="2024-07-12">2024-07-12 19:05:31</time></p>
<p class="skin-entryThemes">テーマ：<a href="https://ameblo.example/shirakawa-biyori/theme-10098.html">動物園のこと</a></p></div>
<div class="skin-entryBody" id="entryBody">
{'<br><br>'.join(render(p, 'html') for p in a['paras'])}<br><br><br>
{'<br><br>'.join(render(p, 'html', lambda s: s.translate(FULLWIDTH)) for p in a['paras'])}
</div>
<div class="skin-entryFoot"><div class="js-reactionArea"><a href="#" class="skin-reactionButton"><span>いいね！</span></a> <span class="skin-reactionCount">48</span></div>
<ul class="skin-entryFootNav"><li><a href="https://ameblo.example/shirakawa-biyori/entry-12857731904.html#cbox">コメント(1)</a></li><li><a href="#">リブログ(0)</a></li></ul>
<div class="skin-followButton"><a href="https://ameblo.example/follow/shirakawa-biyori">フォロー</a></div>
<div class="skin-shareButtons"><span>シェアする</span> <a href="#">X</a> <a href="#">Facebook</a> <a href="#">LINE</a></div></div>
</article>
<section class="skin-commentArea" id="cbox"><h3>コメント</h3>
<ul class="skin-commentList">
{''.join(f'<li class="skin-commentItem"><p class="skin-commentText">{E(c["text"])}</p><p class="skin-commentMeta"><span class="skin-commentName">{c["author"]}</span> <time>{c["date"]}</time></p></li>' for c in c21)}
</ul><p class="skin-commentMore"><a href="#">コメント投稿</a></p></section>
<div class="skin-pagingNav"><a href="https://ameblo.example/shirakawa-biyori/entry-12855018822.html" class="skin-pagingPrev">＜ 前の記事</a>　<span>梅雨明けはまだ？公園のあじさいが見ごろ</span>　<a href="https://ameblo.example/shirakawa-biyori/entry-12859300412.html" class="skin-pagingNext">次の記事 ＞</a>　<span>駅前の新しいパン屋さんに行ってきました</span></div>
<section class="skin-themeEntries"><h3>「動物園のこと」の記事</h3><ul><li><a href="#">カピバラの露天風呂、今年は4月まで</a></li><li><a href="#">ペンギンのお散歩タイムが復活</a></li></ul></section>
</div>
<aside class="skin-side"><div class="skin-profile"><h3>プロフィール</h3><p class="skin-profileName">みどりのくつ</p><p>しらかわ市在住。年間パスポートで動物園に通っています。</p><a href="https://ameblo.example/follow/shirakawa-biyori" class="skin-profileFollow">フォローする</a></div>
<div class="skin-ranking"><h3>ランキング</h3><p>総合ランキング 12,031位</p><p>ジャンルランキング 動物園 18位</p></div>
<div class="skin-recent"><h3>最新の記事</h3><ul><li><a href="#">駅前の新しいパン屋さんに行ってきました</a></li><li><a href="#">梅雨明けはまだ？公園のあじさいが見ごろ</a></li></ul></div>
<div class="skin-archive"><h3>月別</h3><ul><li><a href="#">2024年7月(3)</a></li><li><a href="#">2024年6月(9)</a></li></ul></div></aside>
<footer id="ambFooter"><p>ブログを始める</p><p>Copyright (C) shirakawa-biyori All Rights Reserved.</p></footer>
</body>
</html>
"""
PAGES.append((case("s21-ameblo-ja-sjis", lang="ja", chrome_lang="ja", encoding="shift_jis", declared_charset="shift_jis",
    template="ameblo", title=a["title"], text=truth_text(a["paras"]), spam_urls=["https://kabu-hisshou.example/lp/?a=ameba"],
    duplicated=True, dup_kind="near",
    boilerplate_lines=["ブログトップ", "ブログを書く", "ログイン", "新規登録", "しらかわ日和", "動物園と公園と、ときどきパン屋さん", "記事一覧",
        "画像一覧", "2024-07-12 19:05:31", "テーマ：", "動物園のこと", "いいね！", "コメント(1)", "リブログ(0)", "フォロー", "シェアする",
        "コメント投稿", "＜ 前の記事", "梅雨明けはまだ？公園のあじさいが見ごろ", "次の記事 ＞", "駅前の新しいパン屋さんに行ってきました",
        "「動物園のこと」の記事", "カピバラの露天風呂、今年は4月まで", "ペンギンのお散歩タイムが復活", "プロフィール", "みどりのくつ",
        "しらかわ市在住。年間パスポートで動物園に通っています。", "フォローする", "ランキング", "総合ランキング 12,031位", "最新の記事",
        "月別", "2024年7月(3)", "ブログを始める", "Copyright (C) shirakawa-biyori All Rights Reserved."],
    comments=c21, spam_patterns=["anchor_word"]), page, "shift_jis", "\n"))

# s22: Baidu-Tieba-style Chinese thread, GBK declared gbk (李堃 is GBK-only), floors 1楼/2楼/3楼, "只看楼主",
# exact duplicate in the opening floor, keyword anchor, signature link, legitimate .gov.cn link, 2 replies
A["s22"] = dict(
    title="市图书馆新馆下月试开放 藏书120万册设24小时自助区",
    paras=[
        "记者从市文化和旅游局获悉，位于滨江新区的市图书馆新馆将于下月10日起试开放，试开放期间每天限流5000人，读者需提前通过官方公众号预约。",
        "新馆总建筑面积约4.6万平方米，设计藏书量120万册，设有少儿阅览区、古籍文献区、数字体验区等12个功能区域。其中一楼的24小时自助借还区全年无休，读者刷身份证或读者证即可进入。",
        "据介绍，新馆还专门设置了视障阅览室，配备盲文图书和有声读物设备。馆内所有座位都配有充电接口，部分研讨间可供读者免费预约使用。",
        "市图书馆馆长李堃表示，新馆正式开放后，[[kw:https://wangdai-miaopi.example/|网贷秒批不看征信]]老馆将改造为地方文献专题馆，继续对外服务。读者在老馆办理的读者证在新馆可以通用。",
        "公共图书馆免费开放的相关要求可参见[[link:https://www.mct.gov.cn/whzx/ggtz/202405/t20240518_952210.htm|文化和旅游部网站]]。试开放期间如有调整，将另行通知。",
    ])
a = A["s22"]
sig22 = ("http://xinyongka-daiban.example/", "高额信用卡代办 当天下卡")
c22 = [dict(author="江边读书人", date="2024-05-18 10:03", floor=2, text="终于等到了！老馆太挤了，周末连座位都抢不到。"),
       dict(author="小番茄爱看书", date="2024-05-18 12:47", floor=3, text="少儿区开放时间是几点到几点？想周末带孩子去看看。")]
b22 = "<br>".join(render(p, "html") for p in a["paras"])
def tieba_floor(floor, author, date, content, sig=""):
    lz = '<span class="louzhubiaoshi">楼主</span>' if floor == 1 else ""
    return f"""<div class="l_post j_l_post l_post_bright" data-field='{{"author":{{"user_name":"{author}"}},"content":{{"post_no":{floor}}}}}'>
<div class="d_author"><ul class="p_author"><li class="icon"><img src="https://tb.bbs-img.example/portrait/{floor}.jpg" alt=""></li><li class="d_name">{lz}<a class="p_author_name j_user_card" href="/home/main?un={floor}">{author}</a></li><li class="l_badge"><div class="d_badge_title">{'吧主' if floor == 1 else '书虫'}</div><div class="d_badge_lv">{12 - floor}</div></li></ul></div>
<div class="d_post_content_main"><div class="p_content"><cc><div id="post_content_{9700000 + floor}" class="d_post_content j_d_post_content">{content}</div></cc></div>
{sig}<div class="core_reply j_lzl_wrapper"><div class="core_reply_tail"><ul class="p_tail"><li><span>{floor}楼</span></li><li><span>{date}</span></li></ul>
<div class="post-tail-wrap"><span class="tail-info">来自Android客户端</span><a class="p_reply" href="#">回复</a><a class="d_report" href="#">举报</a></div></div></div></div></div>"""
sigblock = f'<div class="d_sign_split"></div><div class="j_user_sign">{sig22[1]} <a href="{sig22[0]}" target="_blank">{sig22[0]}</a></div>'
page = f"""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gbk">
<title>{a['title']}【滨江新区吧】_贴吧</title>
<meta name="keywords" content="滨江新区,图书馆">
<link rel="stylesheet" href="https://tb1.bbs-static.example/tb/static-pb/style.css">
</head>
<body>
<div id="com_userbar"><ul><li><a href="/">首页</a></li><li><a href="/f/index/forumclass">进入贴吧</a></li><li><a href="/passport/login">登录</a></li><li><a href="/passport/reg">注册</a></li></ul></div>
<div class="search_main_wrap"><form id="tb_header_search_form" action="/f/search/res"><input class="search_ipt" name="qw" value=""><a class="search_btn j_search_post" href="#">搜索贴子</a><a class="search_btn" href="#">进入贴吧</a></form></div>
<div class="card_top_wrap"><div class="card_title"><a class="card_title_fname" href="/f?kw=滨江新区">滨江新区吧</a><a class="focus_btn" href="#">关注</a><span class="card_menNum">关注：18,332</span><span class="card_infoNum">贴子：412,559</span><a class="sign_btn" href="#">签到</a></div>
<div class="card_slogan">滨江人自己的家园</div></div>
<ul class="nav_list"><li><a href="/f?kw=滨江新区">看贴</a></li><li><a href="/f?kw=滨江新区&amp;tab=album">图片</a></li><li><a href="/f?kw=滨江新区&amp;tab=good">精品</a></li><li><a href="/f?kw=滨江新区&amp;tab=video">视频</a></li></ul>
<div class="core_title_wrap_bright"><h3 class="core_title_txt" title="{a['title']}">{a['title']}</h3>
<ul class="core_title_btns"><li><a id="lzonly_cntn" class="l_lzonly" href="?see_lz=1">只看楼主</a></li><li><a class="j_favor" href="#">收藏</a></li><li><a class="j_quick_reply" href="#">回复</a></li></ul></div>
<div class="p_thread thread_theme_5"><ul class="l_posts_num"><li class="l_pager pager_theme_4"></li><li class="l_reply_num"><span class="red">3</span>回复贴，共<span class="red">1</span>页</li></ul></div>
<div class="p_postlist" id="j_p_postlist">
{tieba_floor(1, "滨江小编", "2024-05-18 09:12", b22 + "<br><br>" + b22, sig=sigblock)}
{''.join(tieba_floor(c['floor'], c['author'], c['date'], E(c['text'])) for c in c22)}
</div>
<div class="l_thread_info"><ul class="l_posts_num"><li class="l_reply_num"><span class="red">3</span>回复贴，共<span class="red">1</span>页</li></ul></div>
<div class="editor_wrap"><div class="poster_head">发表回复</div><div class="tb_poster_info">发贴请遵守<a href="/tb/eula.html">贴吧协议</a>及“七条底线”</div><textarea class="tb-editor-editarea" placeholder="内容"></textarea><a class="poster_submit" href="#">发 表</a></div>
<div class="footer"><p>&copy;2024 bbs-tieba.example <a href="/tb/eula.html">使用贴吧即表示同意 贴吧协议</a> <a href="/tb/cms/help.html">贴吧帮助</a></p></div>
</body>
</html>
"""
PAGES.append((case("s22-tieba-zh-gbk", lang="zh", chrome_lang="zh", encoding="gbk", declared_charset="gbk", template="tieba",
    title=a["title"], text=truth_text(a["paras"]), spam_urls=["https://wangdai-miaopi.example/", sig22[0]],
    legit_urls=["https://www.mct.gov.cn/whzx/ggtz/202405/t20240518_952210.htm"], duplicated=True, dup_kind="exact",
    boilerplate_lines=["首页", "进入贴吧", "登录", "注册", "搜索贴子", "滨江新区吧", "关注：18,332", "贴子：412,559", "签到",
        "滨江人自己的家园", "看贴", "精品", "只看楼主", "收藏", "回复贴，共", "滨江小编", "吧主", "楼主", "1楼", "2楼", "3楼",
        "2024-05-18 09:12", "来自Android客户端", "举报", "高额信用卡代办 当天下卡", "发表回复", "贴吧协议", "七条底线", "发 表",
        "使用贴吧即表示同意 贴吧协议", "贴吧帮助"],
    comments=[dict(author=c["author"], date=c["date"], text=c["text"]) for c in c22],
    spam_patterns=["anchor_kw", "signature"], spam_texts=["网贷秒批不看征信"], controls=["legit_links"]), page, "gbk", "\n"))

# s23: Russian news site on DataLife Engine, windows-1251 declared, no duplicate, sentence repeated on purpose,
# visibility:hidden link block, legitimate Wikipedia link, "Читайте также", "Поделиться", 2 comments
A["s23"] = dict(
    title="В Заречном районе откроют круглосуточный травмпункт",
    paras=[
        "Администрация Заречного района к 1 сентября откроет круглосуточный травмпункт на базе районной поликлиники № 3, сообщили в пресс-службе районной больницы. До сих пор ночью и в выходные жителям приходилось ездить в городскую больницу на другом берегу реки.",
        "Решение приняли после того, как за весну в администрацию поступило более 400 обращений. Жители жаловались, что дорога до ближайшего травмпункта в часы пик занимает больше часа, а вечерних автобусов через мост почти нет.",
        "На ремонт помещений и закупку оборудования, в том числе нового рентгеновского аппарата, из районного бюджета выделят 18,5 млн рублей. Принимать пациентов будут две бригады травматологов, работающие посменно.",
        "«Мы понимаем, что ждать пришлось долго. Травмпункт откроется 1 сентября», — сказала глава района Ирина Соколова на встрече с жителями. По её словам, набор персонала уже идёт, половина вакансий закрыта.",
        "Травмпункты оказывают [[link:https://ru.wikipedia.org/wiki/Травматология|травматологическую]] помощь без записи, а при необходимости направляют пациентов на госпитализацию. В поликлинике уверяют, что помещения полностью соответствуют требованиям.",
        "Сейчас в Заречном районе живут около 96 тысяч человек. Травмпункт откроется 1 сентября.",
    ])
a = A["s23"]
hidden23 = [("https://kazino-vulkan-24.example/", "казино вулкан играть онлайн"), ("https://zaim-bystro.example/", "займ на карту без отказа")]
c23 = [dict(author="Олег_З", date="12 августа 2024 19:40", text="Наконец-то! Прошлой зимой с переломом руки два часа добирался до города."),
       dict(author="Марина К.", date="13 августа 2024 08:15", text="Главное, чтобы врачей нашли. Помещение отремонтировать — не проблема.")]
cm23 = "\n".join(f"""<div id="comment-id-{5120 + i}"><div class="comment"><div class="com_info"><span class="com_author"><a href="/user/{i}/">{c['author']}</a></span> <span class="com_date">{c['date']}</span></div>
<div class="com_text"><div id="comm-id-{5120 + i}">{E(c['text'])}</div></div><div class="com_tools"><a href="#" onclick="dle_reply('{5120 + i}'); return false;">Ответить</a> <a href="#">Жалоба</a></div></div></div>""" for i, c in enumerate(c23))
page = f"""<!DOCTYPE html>
<html lang="ru">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=windows-1251">
<title>{E(a['title'])} » Заречье Сегодня — новости района</title>
<meta name="description" content="{E(render(a['paras'][0], 'truth')[:120])}">
<meta name="generator" content="DataLife Engine (http://dle-news.ru)">
<meta property="og:site_name" content="Заречье Сегодня">
<link rel="search" type="application/opensearchdescription+xml" href="https://zarechye-segodnya.example/index.php?do=opensearch" title="Заречье Сегодня">
<link href="/templates/Zarechye/css/style.css" type="text/css" rel="stylesheet">
</head>
<body>
<div class="topbar"><div class="wrap"><span class="date-today">Понедельник, 12 августа 2024</span> <span class="weather">Заречье: +24°</span>
<div class="login"><a href="/index.php?do=register">Регистрация</a> | <a href="#" id="loginlink">Вход</a></div></div></div>
<header class="header"><div class="wrap"><a href="/" class="logo">Заречье Сегодня</a><span class="slogan">Новости Заречного района</span></div>
<nav class="menu"><ul><li><a href="/">Главная</a></li><li><a href="/novosti/">Новости</a></li><li><a href="/obshchestvo/">Общество</a></li><li><a href="/proisshestviya/">Происшествия</a></li><li><a href="/sport/">Спорт</a></li><li><a href="/obyavleniya/">Объявления</a></li></ul></nav></header>
<div class="wrap"><div class="speedbar"><span id="dle-speedbar"><a href="https://zarechye-segodnya.example/">Главная</a> » <a href="https://zarechye-segodnya.example/obshchestvo/">Общество</a> » {E(a['title'])}</span></div>
<div class="cols"><main class="main">
<article class="story fullstory">
<h1 class="story-title">{E(a['title'])}</h1>
<div class="story-meta"><span class="date">12 августа 2024, 14:05</span> <span class="cat"><a href="/obshchestvo/">Общество</a></span> <span class="views">Просмотров: 1 873</span> <span class="comms">Комментариев: 2</span></div>
<div class="story-text full-text">
{paras_html(a['paras'])}
<div style="visibility:hidden;height:0">{' '.join('<a href="%s">%s</a>' % x for x in hidden23)}</div>
</div>
<div class="story-source">Автор: Анна Веденеева</div>
<div class="share"><span class="share-title">Поделиться</span> <a href="#" class="vk">ВКонтакте</a> <a href="#" class="ok">Одноклассники</a> <a href="#" class="tg">Telegram</a></div>
<div class="rating"><span class="ratingtypeplusminus">Рейтинг: +7</span></div>
</article>
<div class="related"><h3>Читайте также</h3><ul>
<li><a href="/obshchestvo/2024/08/05/most.html">Ремонт моста через Сулу продлится до ноября</a> <span>5 августа 2024</span></li>
<li><a href="/novosti/2024/07/29/avtobus.html">Вечерний автобус № 14 будет ходить до полуночи</a> <span>29 июля 2024</span></li>
<li><a href="/obshchestvo/2024/07/18/poliklinika.html">В поликлинике № 3 заменят лифты</a> <span>18 июля 2024</span></li></ul></div>
<div class="comments"><h3>Комментарии (2)</h3>
<div id="dle-ajax-comments"></div>
{cm23}
</div>
<div class="berrors"><b>Информация</b><br>Посетители, находящиеся в группе <b>Гости</b>, не могут оставлять комментарии к данной публикации.</div>
</main>
<aside class="side"><div class="block"><h4>Популярное</h4><ol><li><a href="#">На набережной открыли летний кинотеатр</a></li><li><a href="#">Расписание электричек изменится с 1 сентября</a></li></ol></div>
<div class="block"><h4>Календарь</h4><p>Август 2024</p></div></aside></div></div>
<footer class="footer"><div class="wrap"><p>© 2024 «Заречье Сегодня». При использовании материалов ссылка на сайт обязательна.</p><p>Сетевое издание. Адрес редакции: Заречный район, ул. Садовая, 12. <span class="age">18+</span></p></div></footer>
</body>
</html>
"""
PAGES.append((case("s23-dle-ru-cp1251", lang="ru", chrome_lang="ru", encoding="windows-1251", declared_charset="windows-1251",
    template="dle", title=a["title"], text=truth_text(a["paras"]), spam_urls=[u for u, _ in hidden23],
    legit_urls=["https://ru.wikipedia.org/wiki/Травматология"],
    boilerplate_lines=["Понедельник, 12 августа 2024", "Заречье: +24°", "Регистрация", "Вход", "Заречье Сегодня",
        "Новости Заречного района", "Главная", "Общество", "Происшествия", "Спорт", "Объявления", "12 августа 2024, 14:05",
        "Просмотров: 1 873", "Комментариев: 2", "Автор: Анна Веденеева", "Поделиться", "ВКонтакте", "Одноклассники", "Telegram",
        "Рейтинг: +7", "Читайте также", "Ремонт моста через Сулу продлится до ноября", "5 августа 2024",
        "Вечерний автобус № 14 будет ходить до полуночи", "В поликлинике № 3 заменят лифты", "Комментарии (2)", "Ответить",
        "Жалоба", "Информация", "не могут оставлять комментарии к данной публикации.", "Популярное",
        "На набережной открыли летний кинотеатр", "Расписание электричек изменится с 1 сентября", "Календарь", "Август 2024",
        "© 2024 «Заречье Сегодня». При использовании материалов ссылка на сайт обязательна.",
        "Сетевое издание. Адрес редакции: Заречный район, ул. Садовая, 12.", "казино вулкан играть онлайн",
        "займ на карту без отказа"],
    comments=c23, spam_patterns=["hidden_block"], controls=["legit_links", "repeated_sentence"]), page, "cp1251", "\r\n"))

# s24: Vietnamese MyBB forum, whole-page text dump (menus included), UTF-8, dropped-paragraph second copy,
# spliced bare URL and an obfuscated hxxps://host[.]tld URL, legitimate .gov.vn source line, 2 replies
A["s24"] = dict(
    title="Lam Giang thí điểm xe buýt điện nối trung tâm với khu đô thị Bắc Sông",
    paras=[
        "Từ ngày 1/7, thành phố Lam Giang sẽ đưa vào vận hành thí điểm tuyến xe buýt điện đầu tiên, nối trung tâm thành phố với khu đô thị mới Bắc Sông, theo thông báo của Sở Giao thông vận tải.",
        "Tuyến xe dài khoảng 24 km, đi qua 31 điểm dừng, với tần suất 15 phút một chuyến vào giờ cao điểm. Giá vé lượt là 8.000 đồng; học sinh, sinh viên và người cao tuổi được giảm một nửa.",
        "Đơn vị vận hành cho biết 18 xe điện mới có thể chạy khoảng 250 km sau mỗi lần sạc đầy, đủ cho một ngày hoạt động. Trạm sạc được đặt [[url:http://nohu-doithuong.example/dang-ky?ref=lg]]tại bãi đỗ xe ở hai đầu tuyến.",
        "Theo Sở Giao thông vận tải, nếu thí điểm hiệu quả, thành phố sẽ chuyển dần các tuyến xe buýt chạy dầu sang xe điện trong giai đoạn 2025–2030, nhằm [[url:hxxps://cado-bongda[.]test/keo-nha-cai]]giảm tiếng ồn và khí thải trong khu vực nội đô.",
        "Ông Trần Văn Khải, người dân khu Bắc Sông, cho biết trước đây ông phải đổi hai tuyến xe mới vào được trung tâm. \"Có tuyến thẳng như thế này thì đi làm tiện hơn nhiều\", ông nói.",
        "Nguồn: https://mt.gov.vn/tin-tuc/xe-buyt-dien-lam-giang-2024.aspx",
    ])
a = A["s24"]
c24 = [dict(author="minh_tuan88", date="05-07-2024, 09:02 AM", text="Tuyến này đi qua gần nhà mình, mong là chạy đúng giờ như quảng cáo."),
       dict(author="Hoa Sen Xanh", date="05-07-2024, 10:47 AM", text="Giá vé 8 nghìn là hợp lý. Không biết có bán vé tháng không các bác?")]
lines = ["Diễn đàn Lam Giang Online", "Trang chủ", "Tìm kiếm", "Thành viên", "Lịch", "Trợ giúp", "Xin chào khách! (Đăng nhập — Đăng ký)",
         "Diễn đàn Lam Giang Online › Tin tức địa phương › Giao thông", a["title"], "Chế độ xem thường", "Chế độ xem dạng cây",
         "Chủ đề: " + a["title"], "Bài viết: 3 | Lượt xem: 1.284", "xebuyt_lamgiang", "Thành viên tích cực", "Bài viết: 512",
         "Tham gia: Mar 2019", "Danh tiếng: 42", "05-07-2024, 08:15 AM", "#1"]
lines += [render(p, "text") for p in a["paras"]]
lines += [render(p, "text") for i, p in enumerate(a["paras"]) if i != 1]
lines += ["Tìm kiếm", "Trả lời", "Trích dẫn", "Báo cáo"]
for i, c in enumerate(c24):
    lines += [c["author"], "Thành viên mới" if i == 0 else "Thành viên", c["date"], "#%d" % (i + 2), c["text"], "Trả lời", "Trích dẫn", "Báo cáo"]
lines += ["« Chủ đề cũ hơn | Chủ đề mới hơn »", "Trả lời nhanh", "Bạn cần đăng nhập để trả lời chủ đề này.",
          "Đang xem chủ đề: 1 khách", "- Liên hệ", "- Diễn đàn Lam Giang Online", "- Lên đầu trang", "- Chế độ rút gọn", "- RSS",
          "Powered By MyBB, © 2002-2024 MyBB Group.", "Múi giờ GMT+7. Bây giờ là 11:20 AM."]
PAGES.append((case("s24-mybb-vi-dump", format="text", lang="vi", chrome_lang="vi", encoding="utf-8", template="mybb",
    title=a["title"], text=truth_text(a["paras"]),
    spam_urls=["http://nohu-doithuong.example/dang-ky?ref=lg", "hxxps://cado-bongda[.]test/keo-nha-cai"],
    legit_urls=["https://mt.gov.vn/tin-tuc/xe-buyt-dien-lam-giang-2024.aspx"], duplicated=True, dup_kind="dropped_paragraph",
    boilerplate_lines=["Diễn đàn Lam Giang Online", "Trang chủ", "Tìm kiếm", "Thành viên", "Lịch", "Trợ giúp",
        "Xin chào khách! (Đăng nhập — Đăng ký)", "Tin tức địa phương › Giao thông", "Chế độ xem thường", "Chế độ xem dạng cây",
        "Chủ đề:", "Bài viết: 3 | Lượt xem: 1.284", "xebuyt_lamgiang", "Thành viên tích cực", "Bài viết: 512", "Tham gia: Mar 2019",
        "Danh tiếng: 42", "05-07-2024, 08:15 AM", "Trả lời", "Trích dẫn", "Báo cáo", "« Chủ đề cũ hơn | Chủ đề mới hơn »",
        "Trả lời nhanh", "Bạn cần đăng nhập để trả lời chủ đề này.", "Đang xem chủ đề: 1 khách", "Liên hệ", "Lên đầu trang",
        "Chế độ rút gọn", "RSS", "Powered By MyBB, © 2002-2024 MyBB Group.", "Múi giờ GMT+7. Bây giờ là 11:20 AM."],
    comments=c24, spam_patterns=["spliced_url", "obfuscated_url"], controls=["legit_links"], dump="full"), dump(lines), "utf-8", "\n"))


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
    if c["id"].startswith("s15") and not any(ch in page for ch in "\u2018\u2019\u201c\u201d\u2013\u2014"):
        errs.append("s15 should need windows-1252-only punctuation (0x80-0x9F)")
    if c["id"].startswith("s19") and page.encode("euc_kr") != page.encode("cp949"):
        errs.append("s19 must be plain EUC-KR (KS X 1001 only)")
    if c["id"].startswith("s22"):
        try:
            page.encode("gb2312")
            errs.append("s22 should need GBK-only characters")
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
