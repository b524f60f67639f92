# Every judgment: (story slug, [(id, note or None), ...]); hard negatives: (a, b, why)
S = []
HN = []
def st(slug, *ids):
    S.append((slug, [(i, None) if isinstance(i, str) else i for i in ids]))
def hn(a, b, why): HN.append((a, b, why))

# seed 0
st('2018-09-16-kipchoge-sets-marathon-world-record-in-berlin', 'BB-sport-368-20180916')
st('2018-09-16-ibrahimovic-scores-500th-career-goal', 'BB-sport-369-20180916')
hn('2018-09-16-kipchoge-sets-marathon-world-record-in-berlin', '2018-09-16-ibrahimovic-scores-500th-career-goal',
   'same day, same outlet, both sporting milestones: a marathon world record vs a footballer\'s 500th goal')
# seed 1
st('2018-03-18-gargash-says-qatar-funded-hezbollah-and-militias', 'AL-internationalNews-525-20180318')
st('2018-03-22-gargash-says-qatar-terror-list-confirms-evidence', 'AL-internationalNews-576-20180322', 'SK-middleEast-468-20180322')
st('2018-03-22-qatar-issues-national-terror-lists', ('CN-middleEast-330-20180322', "title also carries Gargash's comment; its lead and body are Qatar's list"))
hn('2018-03-18-gargash-says-qatar-funded-hezbollah-and-militias', '2018-03-22-gargash-says-qatar-terror-list-confirms-evidence',
   'two tweets by the same minister against Qatar four days apart: funding claim vs comment on the terror list')
hn('2018-03-22-gargash-says-qatar-terror-list-confirms-evidence', '2018-03-22-qatar-issues-national-terror-lists',
   "Qatar's publication of its terror lists vs Gargash's reaction to it the same day")
# seed 2
st('2018-06-05-hamad-bin-jassim-trusts-king-salman-to-fix-gulf-crisis', ('CN-middleEast-1124-20180606', "title also carries al-Qahtani's reply; the lead is Hamad bin Jassim's tweets"))
st('2018-06-04-hamad-bin-jassim-on-jordan-protests-and-deal-of-century', 'CN-middleEast-1109-20180604')
hn('2018-06-05-hamad-bin-jassim-trusts-king-salman-to-fix-gulf-crisis', '2018-06-04-hamad-bin-jassim-on-jordan-protests-and-deal-of-century',
   "two series of tweets by Qatar's former prime minister a day apart, on different subjects")
# seed 3
st('2018-07-20-alisson-says-salah-texted-him-during-transfer', 'BB-sport-291-20180720', 'SK-sport-2274-20180720')
# BB-sport-289 (the clubs' agreement, reported the night before the official announcement) and AL-sport-2405 (Monchi: medical under way) left out
st('2018-07-19-liverpool-sign-alisson-from-roma-world-record-fee', 'SK-sport-2271-20180719', 'AL-sport-2411-20180720')
hn('2018-07-20-alisson-says-salah-texted-him-during-transfer', '2018-07-19-liverpool-sign-alisson-from-roma-world-record-fee',
   "the transfer itself vs the goalkeeper's account of Salah's message the next day")
# seed 4
st('2018-04-26-bucks-beat-celtics-to-force-game-7', 'SK-sport-890-20180427')
st('2018-04-28-celtics-beat-bucks-in-game-7', 'SK-sport-924-20180429')
hn('2018-04-26-bucks-beat-celtics-to-force-game-7', '2018-04-28-celtics-beat-bucks-in-game-7',
   'same NBA first-round series: game 6 vs game 7 two days later')
# seed 5 skipped
# seed 6
st('2018-03-21-israel-admits-destroying-syrian-reactor-in-2007', ('BB-middleEast-230-20180321', "title is Liberman's comment; the lead is the admission"),
   'FR-internationalNews-543-20180321', 'SK-middleEast-447-20180321',
   ('SK-middleEast-450-20180321', 'a photo from the material released with the admission'))
st('2018-03-21-katz-says-reactor-strike-a-message-to-iran', 'SK-internationalNews-481-20180321', 'AL-internationalNews-557-20180321')
hn('2018-03-21-israel-admits-destroying-syrian-reactor-in-2007', '2018-03-21-katz-says-reactor-strike-a-message-to-iran',
   "the army's admission vs the intelligence minister's tweet on it the same morning")
# seed 7
st('2018-07-19-burberry-destroyed-unsold-goods-worth-millions', 'BB-economy-193-20180720')
# seed 8
st('2018-05-13-houthis-killed-in-jawf-saada-battles', 'SK-middleEast-1651-20180513')
# seed 9
st('2018-03-13-al-ahly-extends-abdallah-el-said-contract', 'AL-sport-605-20180313', 'CN-sport-98-20180313', 'SK-sport-251-20180313')
st('2018-03-13-cuper-names-egypt-squad-for-swiss-camp', 'SK-sport-247-20180313',
   ('AL-sport-590-20180313', "title is a remark from the same press conference; the lead is the squad"))
hn('2018-03-13-al-ahly-extends-abdallah-el-said-contract', '2018-03-13-cuper-names-egypt-squad-for-swiss-camp',
   'same day, Egyptian football: a club contract renewal vs the national team squad announcement')
# seed 10
st('2018-06-24-jordan-says-it-cannot-host-new-refugee-wave', 'SK-middleEast-2564-20180624')
st('2018-06-26-safadi-says-jordan-border-with-syria-stays-closed', 'SK-middleEast-2619-20180626')
hn('2018-06-24-jordan-says-it-cannot-host-new-refugee-wave', '2018-06-26-safadi-says-jordan-border-with-syria-stays-closed',
   "Jordan and the Daraa offensive: the government spokeswoman's statement (Jun 24) vs the foreign minister's tweet two days later")
# seed 11
st('2018-02-16-al-ahli-jeddah-draw-1-1-at-al-fayha', 'AL-sport-41-20180216')
st('2018-02-16-al-hilal-beat-al-shabab', 'AL-sport-39-20180216')
hn('2018-02-16-al-ahli-jeddah-draw-1-1-at-al-fayha', '2018-02-16-al-hilal-beat-al-shabab',
   'same round of the Saudi league, same evening: two different matches of the title contenders')
# seed 12
st('2018-06-10-saudi-air-defence-intercepts-houthi-missile-at-jizan', 'SK-middleEast-2297-20180610')
st('2018-06-13-saudi-air-defence-intercepts-houthi-missile-towards-jizan', 'SK-middleEast-2342-20180613')
st('2018-06-08-saudi-air-defence-tracks-two-houthi-ballistic-missiles', 'SK-middleEast-2252-20180608')
hn('2018-06-10-saudi-air-defence-intercepts-houthi-missile-at-jizan', '2018-06-13-saudi-air-defence-intercepts-houthi-missile-towards-jizan',
   'two interceptions of Houthi missiles aimed at Jizan, three days apart')
hn('2018-06-10-saudi-air-defence-intercepts-houthi-missile-at-jizan', '2018-06-08-saudi-air-defence-tracks-two-houthi-ballistic-missiles',
   'two Houthi missile launches at Saudi Arabia two days apart')
# seed 13
st('2018-04-17-israeli-media-publish-details-of-iranian-air-force-in-syria', 'SK-middleEast-1104-20180417')
# seed 14
st('2018-05-05-rouhani-criticises-telegram-ban', 'BB-technology-193-20180505', 'CN-middleEast-806-20180505')
st('2018-05-02-hrw-criticises-iran-telegram-ban', 'SK-internationalNews-1317-20180502')
hn('2018-05-05-rouhani-criticises-telegram-ban', '2018-05-02-hrw-criticises-iran-telegram-ban',
   "criticism of Iran's Telegram ban by Human Rights Watch (May 2) vs by Rouhani himself (May 5)")
# seed 15
st('2018-04-07-turkey-drops-tal-rifaat-operation-after-russian-assurances', 'FR-internationalNews-604-20180407')
# seed 16
st('2018-05-25-saudi-frees-fourth-women-activist-and-detains-another', 'FR-internationalNews-1443-20180525')
st('2018-05-24-saudi-frees-activist-aisha-al-manea', 'BB-middleEast-536-20180524', 'CN-middleEast-1014-20180524')
hn('2018-05-25-saudi-frees-fourth-women-activist-and-detains-another', '2018-05-24-saudi-frees-activist-aisha-al-manea',
   "Saudi women's rights activists: release of Aisha al-Manea and two others (May 24) vs release of a fourth and a new arrest (May 25)")
# seed 17
st('2018-05-26-meerlicht-telescope-unveiled-in-south-africa', 'FR-internationalNews-1458-20180526')
# seed 18
st('2018-06-23-lombardi-says-messi-got-seven-coaches-sacked', 'SK-sport-1829-20180623',
   ('SK-sport-1832-20180623', 'near-duplicate of SK-sport-1829-20180623'))
st('2018-06-24-argentina-squad-denies-coup-against-sampaoli', 'SK-sport-1858-20180624')
hn('2018-06-23-lombardi-says-messi-got-seven-coaches-sacked', '2018-06-24-argentina-squad-denies-coup-against-sampaoli',
   "Argentina's World Cup crisis: a former coach's attack on Messi vs the first comment from inside the squad on the 'coup' the next day")
# seed 19
st('2018-06-04-pew-study-teens-leave-facebook', 'SK-technology-827-20180604')
# seed 20 skipped
# seed 21
st('2018-03-25-facebook-confirms-logging-android-calls-and-texts', 'AL-technology-121-20180327')
st('2018-03-25-zuckerberg-apologises-in-full-page-newspaper-ads', 'AL-technology-118-20180325', 'SK-technology-239-20180325', 'BB-technology-105-20180326')
st('2018-03-26-ftc-opens-facebook-privacy-investigation', 'BB-technology-106-20180326')
hn('2018-03-25-facebook-confirms-logging-android-calls-and-texts', '2018-03-25-zuckerberg-apologises-in-full-page-newspaper-ads',
   "Facebook's data crisis, same weekend: its statement on call and text logs vs the apology ads in the papers")
hn('2018-03-25-facebook-confirms-logging-android-calls-and-texts', '2018-03-26-ftc-opens-facebook-privacy-investigation',
   "Facebook's statement on call logs vs the FTC announcing an inquiry the next day")
hn('2018-03-25-zuckerberg-apologises-in-full-page-newspaper-ads', '2018-03-26-ftc-opens-facebook-privacy-investigation',
   'apology ads vs the FTC inquiry a day later')
# seed 22 skipped
# seed 23
st('2018-05-11-iran-races-to-buy-airbus-planes', 'SK-economy-543-20180511')
# seed 24
st('2018-02-20-youtube-to-drop-30-second-unskippable-ads', 'SK-technology-40-20180220')
# seed 25
st('2018-04-01-zakharova-says-west-wants-to-strip-russia-of-world-cup', 'BB-internationalNews-262-20180401')
# seed 26
st('2018-04-23-caf-gives-each-world-cup-team-500000-dollars', 'FR-internationalNews-872-20180423', 'SK-sport-830-20180423')
# seed 27
st('2018-07-20-russia-probes-leak-of-hypersonic-missile-secrets', 'BB-internationalNews-844-20180720')
# seed 28
st('2018-08-18-italy-national-mourning-and-state-funeral-for-genoa-victims', 'FR-internationalNews-2767-20180818')
st('2018-08-18-autostrade-pledges-500-million-euros-to-rebuild-genoa-bridge', 'FR-internationalNews-2777-20180818')
hn('2018-08-18-italy-national-mourning-and-state-funeral-for-genoa-victims', '2018-08-18-autostrade-pledges-500-million-euros-to-rebuild-genoa-bridge',
   "Genoa bridge, same day: the state funeral and day of mourning vs the operator's pledge to rebuild")
# seed 29
st('2018-04-18-us-sanctions-syrian-people-smuggling-ring', 'CN-internationalNews-251-20180418', 'SK-internationalNews-993-20180418')
# seed 30
st('2018-10-01-nobel-medicine-to-allison-and-honjo', 'SK-internationalNews-3260-20181001', 'BB-technology-409-20181001')
st('2018-10-02-nobel-physics-strickland-first-woman-in-55-years', 'BB-technology-436-20181002')
st('2018-10-03-nobel-chemistry-to-three-scientists', 'SK-technology-1512-20181004')
hn('2018-10-01-nobel-medicine-to-allison-and-honjo', '2018-10-02-nobel-physics-strickland-first-woman-in-55-years',
   'Nobel week: the medicine prize (Oct 1) vs the physics prize the next day')
hn('2018-10-02-nobel-physics-strickland-first-woman-in-55-years', '2018-10-03-nobel-chemistry-to-three-scientists',
   'Nobel week: the physics prize vs the chemistry prize the day after')
# seed 31
st('2018-05-20-uae-allows-full-foreign-ownership-and-long-visas', 'SK-economy-609-20180520', 'CN-economy-120-20180520')
# seed 32
st('2018-09-12-pompeo-certifies-saudi-uae-protect-civilians-in-yemen', 'CN-middleEast-1368-20180912',
   ('CN-middleEast-1375-20180913', "calls it a Congress certification; it is the text of the same certification, published by the US embassy"))
# seed 33
st('2018-05-12-hamburg-relegated-for-first-time', 'SK-sport-1133-20180512', 'AL-sport-1516-20180512')
st('2018-05-13-swansea-relegated-from-premier-league', 'SK-sport-1159-20180513')
hn('2018-05-12-hamburg-relegated-for-first-time', '2018-05-13-swansea-relegated-from-premier-league',
   'two relegations on consecutive final league days: Hamburg from the Bundesliga vs Swansea from the Premier League')
# seed 34
st('2018-09-13-bezos-pledges-2-billion-dollars-to-charity', 'BB-economy-266-20180914')
# seed 35, 36 skipped
# seed 37
st('2018-04-03-wadi-launches-dragon-market-store', 'AL-economy-368-20180403')
# seed 38
st('2018-05-04-marc-vivien-foe-prize-shortlist-announced', 'FR-sport-91-20180504')
# seed 39
st('2018-05-08-pique-nacho-tunnel-row-at-clasico-revealed', 'SK-sport-1059-20180508',
   ('SK-sport-1084-20180508', 'duplicate of SK-sport-1059-20180508'))
st('2018-05-06-barcelona-2-2-real-madrid-clasico', 'BB-sport-146-20180506', 'CN-sport-274-20180506', 'FR-internationalNews-1112-20180506',
   'SK-sport-1042-20180506', 'AL-sport-1448-20180507')
hn('2018-05-08-pique-nacho-tunnel-row-at-clasico-revealed', '2018-05-06-barcelona-2-2-real-madrid-clasico',
   'the Clasico itself vs the report two days later of a players\' spat in the tunnel during it')
# seed 40
st('2018-06-07-icrc-withdraws-71-staff-from-yemen', 'BB-middleEast-600-20180608', 'CN-middleEast-1144-20180607')
st('2018-06-07-coalition-condemns-threats-to-aid-workers-after-icrc-exit', 'AL-internationalNews-1512-20180608')
hn('2018-06-07-icrc-withdraws-71-staff-from-yemen', '2018-06-07-coalition-condemns-threats-to-aid-workers-after-icrc-exit',
   "the ICRC's withdrawal vs the coalition spokesman's reaction to it")
# seed 41
st('2018-07-15-khartoum-security-committee-cancels-sudan-derby', 'SK-sport-2222-20180716')
# seed 42
st('2018-02-25-saudi-consults-on-precious-metals-regulation-draft', 'AL-economy-99-20180225')
# seed 43
st('2018-04-30-cies-study-names-spain-world-cup-favourite', 'SK-sport-948-20180430')
# seed 44 skipped
# seed 45
st('2018-05-12-dc-united-coach-confirms-interest-in-rooney', 'AL-sport-1518-20180512')
st('2018-05-10-rooney-agrees-in-principle-to-join-dc-united', 'SK-sport-1101-20180510')
hn('2018-05-12-dc-united-coach-confirms-interest-in-rooney', '2018-05-10-rooney-agrees-in-principle-to-join-dc-united',
   "Rooney's move to DC United: press reports of his agreement in principle (May 10) vs the coach's comment two days later")
# seed 46, 47, 48 skipped
# seed 49
st('2018-05-20-first-is-fighters-leave-south-damascus', 'FR-internationalNews-1348-20180520', 'SK-middleEast-1827-20180520')
st('2018-05-19-ceasefire-deal-between-syrian-army-and-is-south-damascus', 'FR-internationalNews-1339-20180519', 'SK-middleEast-1815-20180519')
st('2018-05-21-syrian-army-declares-damascus-fully-secured', 'BB-middleEast-524-20180521', 'CN-middleEast-993-20180521', 'FR-internationalNews-1364-20180521',
   ('SK-middleEast-1843-20180521', "SANA's report of the capture of Hajar al-Aswad, hours before the army's televised statement"))
hn('2018-05-20-first-is-fighters-leave-south-damascus', '2018-05-19-ceasefire-deal-between-syrian-army-and-is-south-damascus',
   'south Damascus: the ceasefire deal (May 19) vs the first evacuation of IS fighters the next day')
hn('2018-05-20-first-is-fighters-leave-south-damascus', '2018-05-21-syrian-army-declares-damascus-fully-secured',
   'south Damascus: first evacuation (May 20) vs the army declaring the area secured (May 21)')
# seed 50, 51 skipped
# seed 52
st('2018-04-19-real-sociedad-beat-atletico-3-0', 'SK-sport-777-20180419')
st('2018-04-17-ten-man-barcelona-draw-2-2-at-celta', 'SK-sport-745-20180417')
hn('2018-04-19-real-sociedad-beat-atletico-3-0', '2018-04-17-ten-man-barcelona-draw-2-2-at-celta',
   'same La Liga title run-in, two days apart: the leader\'s draw at Celta vs the runner-up\'s defeat at Sociedad')
# seed 53
st('2018-10-16-ethiopia-new-cabinet-half-women', 'SK-internationalNews-3516-20181016', 'BB-internationalNews-1208-20181016')
st('2018-10-18-rwanda-cabinet-half-women', 'SK-internationalNews-3562-20181019')
hn('2018-10-16-ethiopia-new-cabinet-half-women', '2018-10-18-rwanda-cabinet-half-women',
   'two African governments with half of the ministries held by women, announced two days apart')
# seed 54
st('2018-04-18-oil-jumps-on-us-stock-draw', 'SK-economy-377-20180419')
st('2018-04-17-oil-rises-on-supply-worries', 'SK-economy-368-20180418')
st('2018-04-20-oil-rebounds-after-trump-opec-criticism', 'SK-economy-392-20180420')
hn('2018-04-18-oil-jumps-on-us-stock-draw', '2018-04-17-oil-rises-on-supply-worries',
   "daily oil market reports on consecutive sessions (Tuesday's rise vs Wednesday's 3% jump)")
hn('2018-04-18-oil-jumps-on-us-stock-draw', '2018-04-20-oil-rebounds-after-trump-opec-criticism',
   "daily oil market reports: Wednesday's jump vs Friday's session after Trump's OPEC tweet")
# seed 55, 56 skipped
# seed 57
st('2018-06-07-facebook-bug-made-14-million-users-posts-public', 'SK-technology-852-20180607', 'AL-technology-291-20180608',
   'BB-technology-257-20180608', 'FR-internationalNews-1712-20180608')
st('2018-06-05-facebook-confirms-data-deals-with-huawei-and-chinese-firms', 'BB-technology-254-20180606', 'SK-technology-846-20180606')
st('2018-06-03-nyt-says-facebook-shared-data-with-device-makers', 'SK-technology-832-20180604')
hn('2018-06-07-facebook-bug-made-14-million-users-posts-public', '2018-06-05-facebook-confirms-data-deals-with-huawei-and-chinese-firms',
   "two Facebook privacy admissions in one week: data deals with Chinese phone makers (Jun 5) vs the bug exposing 14 million users' posts (Jun 7)")
hn('2018-06-05-facebook-confirms-data-deals-with-huawei-and-chinese-firms', '2018-06-03-nyt-says-facebook-shared-data-with-device-makers',
   "the New York Times report on data sharing with device makers vs Facebook's confirmation of deals with Chinese firms two days later")
# seed 58
st('2018-06-04-coalition-says-houthis-mismanage-yemeni-ports', 'AL-internationalNews-1475-20180604')
st('2018-06-05-saudi-air-defence-intercepts-houthi-missile-towards-yanbu', 'CN-middleEast-1114-20180605', 'SK-middleEast-2162-20180605')
hn('2018-06-04-coalition-says-houthis-mismanage-yemeni-ports', '2018-06-05-saudi-air-defence-intercepts-houthi-missile-towards-yanbu',
   "the coalition spokesman's press conference (Jun 4) vs his statement on an intercepted missile the next day")
hn('2018-06-05-saudi-air-defence-intercepts-houthi-missile-towards-yanbu', '2018-06-08-saudi-air-defence-tracks-two-houthi-ballistic-missiles',
   'two Houthi missile launches at Saudi Arabia three days apart (Yanbu vs two missiles on Jun 8)')
# seed 59 skipped
# seed 60
st('2018-07-05-mossad-recovers-eli-cohen-watch-from-syria', 'FR-internationalNews-2190-20180705', 'SK-middleEast-2778-20180705', 'BB-middleEast-703-20180706')
# seed 61
st('2018-04-18-simeone-wants-to-keep-griezmann', 'SK-sport-761-20180418')
# seed 62
st('2018-06-07-76ers-president-colangelo-resigns-over-wife-tweets', 'SK-sport-1522-20180607')
# seed 63
st('2018-03-31-ibrahimovic-scores-twice-on-la-galaxy-debut', 'BB-sport-91-20180401', 'CN-sport-175-20180401', 'SK-sport-523-20180401')
st('2018-03-30-mourinho-calls-ibrahimovic-exit-a-sad-moment', 'AL-sport-980-20180330', 'SK-sport-497-20180330')
hn('2018-03-31-ibrahimovic-scores-twice-on-la-galaxy-debut', '2018-03-30-mourinho-calls-ibrahimovic-exit-a-sad-moment',
   "Ibrahimovic's move to LA: Mourinho's comment on his departure (Mar 30) vs his debut the next day")
# seed 64, 65 skipped
# seed 66
st('2018-03-03-hindu-dalit-woman-elected-to-pakistan-senate', 'AL-internationalNews-346-20180304')
# seed 67
st('2018-05-02-fifa-bans-ex-el-salvador-coach-maradiaga-over-match-fixing', 'SK-sport-974-20180502')
# seed 68
st('2018-03-15-mass-marches-in-brazil-after-marielle-franco-killing', 'BB-internationalNews-165-20180316')
# seed 69
st('2018-02-22-kylie-jenner-tweet-wipes-1-3-billion-off-snap', 'BB-economy-45-20180223', 'CN-economy-32-20180224')
st('2018-02-26-kylie-jenner-returns-to-snapchat', 'CN-technology-32-20180226')
hn('2018-02-22-kylie-jenner-tweet-wipes-1-3-billion-off-snap', '2018-02-26-kylie-jenner-returns-to-snapchat',
   "Kylie Jenner and Snapchat: her tweet sinking Snap's shares vs her return to the app four days later")
# seed 70
st('2018-03-21-tear-gas-in-kosovo-parliament-over-border-deal', 'SK-internationalNews-500-20180321',
   ('CN-internationalNews-165-20180321', 'video of the event'))
# seed 71
st('2018-09-11-trump-warns-florence-one-of-worst-storms', 'SK-internationalNews-3203-20180911')
st('2018-09-11-washington-dc-declares-emergency-ahead-of-florence', 'SK-internationalNews-3212-20180911')
hn('2018-09-11-trump-warns-florence-one-of-worst-storms', '2018-09-11-washington-dc-declares-emergency-ahead-of-florence',
   "Hurricane Florence, same day: Trump's warning tweet vs the capital's state of emergency")
# seed 72
st('2018-05-23-us-expels-two-venezuelan-diplomats', 'CN-internationalNews-386-20180524')
st('2018-05-22-maduro-expels-top-us-diplomat', 'AL-internationalNews-1283-20180522', 'CN-internationalNews-379-20180522', 'FR-internationalNews-1385-20180522', 'SK-internationalNews-1719-20180522')
hn('2018-05-23-us-expels-two-venezuelan-diplomats', '2018-05-22-maduro-expels-top-us-diplomat',
   "tit-for-tat expulsions: Venezuela expels the US charge d'affaires (May 22) vs the US expels two Venezuelan diplomats (May 23)")
# seed 73
st('2018-02-22-coalition-statement-on-damaged-wfp-truck-in-saada', 'SK-middleEast-6-20180223', 'AL-internationalNews-173-20180223')
# seed 74
st('2018-05-31-eurozone-inflation-rises-to-1-9-percent', 'AL-economy-726-20180531', 'SK-economy-687-20180531')
# seed 75
st('2018-06-20-instagram-launches-igtv-long-videos', 'BB-technology-283-20180621', 'SK-technology-953-20180620', 'AL-technology-307-20180621',
   ('AL-technology-308-20180621', 'also gives the one-billion-users figure announced at the same launch'))
# seed 76
st('2018-06-08-germany-issues-arrest-warrant-for-jamil-hassan', 'SK-middleEast-2247-20180608', 'FR-internationalNews-1726-20180609')
# seed 77
st('2018-07-15-israel-strikes-hamas-after-shells-despite-truce', 'FR-internationalNews-2307-20180715')
st('2018-07-14-gaza-ceasefire-agreed-after-escalation', 'AL-internationalNews-1935-20180714', 'BB-middleEast-733-20180714',
   'FR-internationalNews-2300-20180714', 'SK-middleEast-2893-20180714')
st('2018-07-15-two-killed-in-gaza-building-blast', 'SK-middleEast-2902-20180715', 'AL-internationalNews-1940-20180715')
hn('2018-07-15-israel-strikes-hamas-after-shells-despite-truce', '2018-07-14-gaza-ceasefire-agreed-after-escalation',
   'the ceasefire announced on Saturday evening vs the Israeli strike that night after new shells')
hn('2018-07-15-israel-strikes-hamas-after-shells-despite-truce', '2018-07-15-two-killed-in-gaza-building-blast',
   'Gaza the morning after the truce: the Israeli night strike vs the unexplained blast killing two')
# seed 78
st('2018-06-26-arab-quartet-takes-qatar-airspace-case-to-icj', 'SK-middleEast-2612-20180627',
   ('SK-middleEast-2609-20180627', 'leads with the closure continuing; the same joint statement'))
st('2018-06-27-icj-hears-qatar-case-against-uae', 'FR-internationalNews-2030-20180627')
st('2018-06-28-uae-tells-icj-qatar-must-stop-backing-terrorism', 'AL-internationalNews-1796-20180628', 'FR-internationalNews-2050-20180628')
hn('2018-06-26-arab-quartet-takes-qatar-airspace-case-to-icj', '2018-06-27-icj-hears-qatar-case-against-uae',
   "Gulf dispute at the ICJ, a day apart: the quartet's appeal on the airspace case vs the opening of Qatar's case against the UAE")
hn('2018-06-27-icj-hears-qatar-case-against-uae', '2018-06-28-uae-tells-icj-qatar-must-stop-backing-terrorism',
   "the same ICJ case: hearings open with Qatar's complaint (Jun 27) vs the UAE's reply in court the next day")
# seed 79
st('2018-03-20-unicef-warns-on-displaced-children-from-ghouta-and-afrin', 'BB-middleEast-222-20180320')
# seed 80
st('2018-10-04-us-counterterrorism-strategy-calls-iran-top-sponsor', 'SK-internationalNews-3313-20181005')
st('2018-10-03-pompeo-accuses-iran-of-abusing-icj', 'BB-middleEast-1043-20181003')
hn('2018-10-04-us-counterterrorism-strategy-calls-iran-top-sponsor', '2018-10-03-pompeo-accuses-iran-of-abusing-icj',
   "US officials against Iran a day apart: Pompeo on the ICJ ruling vs Bolton's new counterterrorism strategy")
# seed 81 skipped
# seed 82
st('2018-05-04-report-us-to-ask-israel-to-withdraw-from-four-east-jerusalem-areas', 'SK-middleEast-1401-20180504')
# seed 83
st('2018-04-04-us-f16-crashes-near-las-vegas', 'SK-internationalNews-789-20180404',
   ('SK-internationalNews-801-20180405', "the air force's statement the next morning that the pilot was killed in the same crash"))
st('2018-04-03-four-marines-killed-in-helicopter-crash-in-california', 'SK-internationalNews-775-20180404', 'CN-internationalNews-215-20180404',
   ('CN-internationalNews-217-20180404', 'video of the event'))
st('2018-04-05-us-suspends-air-operations-in-djibouti-after-two-incidents', 'SK-internationalNews-809-20180405')
hn('2018-04-04-us-f16-crashes-near-las-vegas', '2018-04-03-four-marines-killed-in-helicopter-crash-in-california',
   'two US military air crashes a day apart (a Marine helicopter in California vs an F-16 in Nevada)')
hn('2018-04-04-us-f16-crashes-near-las-vegas', '2018-04-05-us-suspends-air-operations-in-djibouti-after-two-incidents',
   'the F-16 crash vs the suspension of air operations in Djibouti after two other incidents the same week')
# seed 84
st('2018-10-11-facebook-rolls-out-3d-photos', 'SK-technology-1643-20181014')
# seed 85
st('2018-09-06-beirut-airport-systems-outage', 'SK-middleEast-3523-20180907')
# seed 86
st('2018-05-24-coalition-strikes-syrian-army-positions-near-boukamal', 'FR-internationalNews-1412-20180524', 'SK-middleEast-1903-20180524')
st('2018-05-24-pentagon-denies-striking-syrian-army', 'SK-middleEast-1917-20180524')
hn('2018-05-24-coalition-strikes-syrian-army-positions-near-boukamal', '2018-05-24-pentagon-denies-striking-syrian-army',
   "reported coalition strikes near Boukamal (SANA, Observatory) vs the Pentagon's denial the same evening")
# seed 87 skipped
# seed 88
st('2018-09-05-kim-kardashian-fights-for-release-of-another-prisoner', 'BB-culture-292-20180906',
   ('CN-internationalNews-574-20180906', 'title says she is at the White House; the text is the same statement'))
# seed 89 skipped
# seed 90
st('2018-02-18-adnoc-gives-cepsa-stake-in-offshore-concession', 'SK-economy-1-20180218')
# seed 91
st('2018-02-17-egypt-honours-djamila-bouhired-at-aswan-festival', 'AL-culture-2-20180218')
# seed 92 skipped
# seed 93
st('2018-07-19-dollar-falls-after-trump-comments', 'SK-economy-1013-20180720')
st('2018-07-20-dollar-steadies-below-one-year-high', 'SK-economy-1015-20180720')
st('2018-07-21-mnuchin-says-trump-will-not-pressure-fed', 'SK-economy-1027-20180721')
hn('2018-07-19-dollar-falls-after-trump-comments', '2018-07-20-dollar-steadies-below-one-year-high',
   "currency market reports on consecutive sessions after Trump's remarks on the dollar")
hn('2018-07-19-dollar-falls-after-trump-comments', '2018-07-21-mnuchin-says-trump-will-not-pressure-fed',
   "the dollar's fall on Trump's Fed comments vs Mnuchin's statement two days later")
# seed 94 skipped
# seed 95
st('2018-08-09-sudan-ruling-party-allows-bashir-third-term-bid', 'FR-internationalNews-2654-20180810', 'SK-middleEast-3310-20180810',
   'SK-middleEast-3317-20180810')
# seed 96
st('2018-04-07-tanker-hits-mansion-on-bosphorus', 'SK-internationalNews-848-20180407')
# seed 97
st('2018-09-12-khalid-bin-salman-message-on-hariri-killers', 'CN-middleEast-1374-20180912')
hn('2018-09-12-khalid-bin-salman-message-on-hariri-killers', '2018-09-12-pompeo-certifies-saudi-uae-protect-civilians-in-yemen',
   'same day, same outlet, US-Saudi politics: the ambassador\'s message on the Hariri tribunal vs Pompeo\'s certification on Yemen')
# seed 98
st('2018-05-22-ukraine-police-raid-35-clubs-over-match-fixing', 'SK-sport-1291-20180523')
hn('2018-05-22-ukraine-police-raid-35-clubs-over-match-fixing', '2018-05-02-fifa-bans-ex-el-salvador-coach-maradiaga-over-match-fixing',
   'match fixing in May: FIFA ban on a former coach (May 2) vs Ukrainian police raids on clubs (May 22)')
# seed 99 skipped

# extra hard negatives for earlier seed stories (added after seed 99)
st('2018-04-05-turkey-warns-france-against-sending-troops-to-syria', 'BB-middleEast-295-20180405', 'FR-internationalNews-569-20180406')
hn('2018-04-07-turkey-drops-tal-rifaat-operation-after-russian-assurances', '2018-04-05-turkey-warns-france-against-sending-troops-to-syria',
   "Turkey's north Syria campaign: warning to France over Manbij (Apr 5) vs dropping the Tal Rifaat operation (Apr 7)")
hn('2018-06-04-pew-study-teens-leave-facebook', '2018-06-03-nyt-says-facebook-shared-data-with-device-makers',
   'same day, same outlet, Facebook: a Pew survey on teenagers vs the New York Times report on data sharing')
st('2018-10-12-facebook-says-hackers-accessed-29-million-accounts', 'CN-technology-178-20181012', 'SK-technology-1625-20181012')
hn('2018-10-11-facebook-rolls-out-3d-photos', '2018-10-12-facebook-says-hackers-accessed-29-million-accounts',
   'Facebook news a day apart: a new 3D photo feature vs the hack figures')
st('2018-06-01-eurozone-factory-growth-at-15-month-low', 'AL-economy-712-20180601')
hn('2018-05-31-eurozone-inflation-rises-to-1-9-percent', '2018-06-01-eurozone-factory-growth-at-15-month-low',
   'eurozone data a day apart: Eurostat inflation flash vs the factory PMI survey')
st('2018-07-22-roscosmos-starts-soyuz-5-rocket-production', 'SK-technology-1174-20180723')
hn('2018-07-20-russia-probes-leak-of-hypersonic-missile-secrets', '2018-07-22-roscosmos-starts-soyuz-5-rocket-production',
   "Roscosmos in the news two days apart: the FSB inquiry into a leak at a research centre vs the start of work on a new rocket")
