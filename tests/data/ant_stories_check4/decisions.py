# Every judgment: (story slug, [(id, note or None), ...]); hard negatives: (a, b, why); seed log: (k, id, decision)
S = []
HN = []
LOG = []
def st(slug, *ids):
    S.append((slug, [(i, None) if isinstance(i, str) else i for i in ids]))
def hn(a, b, why): HN.append((a, b, why))
def seed(k, i, slug_or_skip):
    LOG.append((k, i, slug_or_skip))

# seed 0 (no other outlet carried it within +-3 days; searched ميانمار|بورما, الروهينغا + عقوب)
st('2018-02-26-eu-agrees-sanctions-on-myanmar-generals', 'SK-internationalNews-152-20180226')
seed(0, 'SK-internationalNews-152-20180226', '2018-02-26-eu-agrees-sanctions-on-myanmar-generals')
# seed 1
st('2018-05-19-us-drops-b52-from-korea-drills-to-save-summit', 'SK-internationalNews-1668-20180519')
seed(1, 'SK-internationalNews-1668-20180519', '2018-05-19-us-drops-b52-from-korea-drills-to-save-summit')
# seed 2
st('2018-06-15-paris-to-unveil-eiffel-tower-security-barriers', 'BB-culture-201-20180615')
seed(2, 'BB-culture-201-20180615', '2018-06-15-paris-to-unveil-eiffel-tower-security-barriers')
# seed 3
st('2018-10-05-south-africa-first-pregnancy-without-semen', 'SK-technology-1538-20181005')
seed(3, 'SK-technology-1538-20181005', '2018-10-05-south-africa-first-pregnancy-without-semen')
seed(4, 'CN-sport-329-20180603', 'skipped: preview (Egypt before the World Cup)')
# seed 5
st('2018-04-27-mourinho-says-he-is-not-to-blame-for-selling-salah', 'SK-sport-893-20180427', 'CN-sport-250-20180427')
st('2018-04-28-conte-says-chelsea-not-to-blame-over-salah', 'SK-sport-910-20180428')
hn('2018-04-27-mourinho-says-he-is-not-to-blame-for-selling-salah', '2018-04-28-conte-says-chelsea-not-to-blame-over-salah',
   "Mourinho's defence of Chelsea's sale of Salah vs Conte's remarks on the same question the next day (different speaker)")
seed(5, 'SK-sport-893-20180427', '2018-04-27-mourinho-says-he-is-not-to-blame-for-selling-salah')
# seed 6
st('2018-09-23-british-man-held-in-syria-over-is-membership', 'BB-middleEast-1038-20180923')
seed(6, 'BB-middleEast-1038-20180923', '2018-09-23-british-man-held-in-syria-over-is-membership')
# seed 7 (Tunisia's fuel price rise of Sep 1-2 is in an earlier set: not judged again, no hard negative)
st('2018-08-31-imf-asks-tunisia-to-cut-import-bill', 'CN-economy-243-20180831')
seed(7, 'CN-economy-243-20180831', '2018-08-31-imf-asks-tunisia-to-cut-import-bill')
# seed 8
st('2018-03-19-jubeir-says-qatar-a-very-small-matter', 'SK-middleEast-408-20180319', 'CN-middleEast-310-20180320')
st('2018-03-19-saudi-crown-prince-arrives-in-washington', 'SK-middleEast-403-20180319',
   ('CN-internationalNews-154-20180320', 'video of his arrival, posted the next morning'))
hn('2018-03-19-jubeir-says-qatar-a-very-small-matter', '2018-03-19-saudi-crown-prince-arrives-in-washington',
   "same day, same visit: the crown prince's arrival in Washington vs his foreign minister's remarks on Qatar")
seed(8, 'SK-middleEast-408-20180319', '2018-03-19-jubeir-says-qatar-a-very-small-matter')
# seed 9 (FR-1111: polls close with 33.7% turnout, the same voting day; previews FR-1079, FR-1092, BB-452 and FR-1128 on abstention left out)
st('2018-05-06-tunisians-vote-in-first-free-municipal-elections', 'FR-internationalNews-1099-20180506', 'BB-middleEast-455-20180506',
   'SK-middleEast-1452-20180506', 'SK-middleEast-1457-20180506', 'FR-internationalNews-1111-20180506')
st('2018-05-06-ennahda-claims-municipal-win', 'BB-middleEast-461-20180507')
hn('2018-05-06-tunisians-vote-in-first-free-municipal-elections', '2018-05-06-ennahda-claims-municipal-win',
   "the vote itself vs Ennahda's claim of victory that night (its own announcement)")
seed(9, 'FR-internationalNews-1099-20180506', '2018-05-06-tunisians-vote-in-first-free-municipal-elections')
# seed 10 (strike days on the west coast follow one another; each day's toll is its own happening)
st('2018-02-26-coalition-strikes-kill-20-houthis-on-west-coast', 'SK-middleEast-111-20180226')
st('2018-02-28-coalition-shelling-kills-32-houthis-on-west-coast', 'SK-middleEast-126-20180228')
hn('2018-02-26-coalition-strikes-kill-20-houthis-on-west-coast', '2018-02-28-coalition-shelling-kills-32-houthis-on-west-coast',
   'same front, two days apart: Monday\'s air strikes (20 killed) vs Wednesday\'s shelling and strikes (32 killed)')
seed(10, 'SK-middleEast-111-20180226', '2018-02-26-coalition-strikes-kill-20-houthis-on-west-coast')
seed(11, 'FR-internationalNews-2725-20180815', "skipped: Abadi's visit mixed with Qatar's $15bn pledge to Turkey, already judged in an earlier set")
# seed 12 (SK-1357 dressing-room report, SK-1364 fans' chant left out)
st('2018-05-29-ramos-rebukes-ronaldo-over-final-remarks', 'SK-sport-1382-20180529')
st('2018-05-26-ronaldo-casts-doubt-on-real-madrid-future', 'SK-sport-1348-20180526', 'AL-sport-1715-20180527')
st('2018-05-27-ronaldo-explains-departure-remarks', 'SK-sport-1352-20180527')
hn('2018-05-29-ramos-rebukes-ronaldo-over-final-remarks', '2018-05-26-ronaldo-casts-doubt-on-real-madrid-future',
   "Ronaldo's words after the Kyiv final vs his captain's rebuke three days later (reaction)")
hn('2018-05-26-ronaldo-casts-doubt-on-real-madrid-future', '2018-05-27-ronaldo-explains-departure-remarks',
   'the remarks on the night of the final vs his clarification the next day (a walk-back is its own story)')
seed(12, 'SK-sport-1382-20180529', '2018-05-29-ramos-rebukes-ronaldo-over-final-remarks')
seed(13, 'AL-sport-94-20180211', 'skipped: opinion column')
seed(14, 'SK-technology-1594-20181010', 'skipped: explainer (extraterrestrial life)')
seed(15, 'SK-sport-2665-20180909', 'skipped: transfer-rumour feature')
# seed 16
st('2018-10-12-quebec-premier-says-crucifix-not-religious-symbol', 'BB-internationalNews-1191-20181013')
seed(16, 'BB-internationalNews-1191-20181013', '2018-10-12-quebec-premier-says-crucifix-not-religious-symbol')
seed(17, 'SK-middleEast-1991-20180527', "skipped: commentary on a Houthi leader's speech")
# seed 18
st('2018-07-21-kalinic-refuses-world-cup-silver-medal', 'SK-sport-2296-20180721')
seed(18, 'SK-sport-2296-20180721', '2018-07-21-kalinic-refuses-world-cup-silver-medal')
seed(19, 'BB-technology-261-20180610', 'skipped: feature (children hearing voices)')
# seed 20 (Trump's cancellation of the summit the same evening is in an earlier set: not judged again)
st('2018-05-24-north-korea-calls-pence-remarks-ignorant-and-stupid', 'BB-internationalNews-557-20180524', 'SK-internationalNews-1750-20180524')
st('2018-05-24-north-korea-destroys-punggye-ri-test-site', 'AL-internationalNews-1303-20180524', 'BB-internationalNews-558-20180524',
   'FR-internationalNews-1416-20180524', 'SK-internationalNews-1754-20180524',
   ('SK-internationalNews-1778-20180525', 'video of the event'))
st('2018-05-22-foreign-journalists-arrive-to-cover-test-site-closure', 'AL-internationalNews-1276-20180522', 'SK-internationalNews-1709-20180522')
st('2018-05-23-north-korea-admits-south-korean-journalists', 'FR-internationalNews-1393-20180523', 'SK-internationalNews-1727-20180523')
hn('2018-05-24-north-korea-calls-pence-remarks-ignorant-and-stupid', '2018-05-24-north-korea-destroys-punggye-ri-test-site',
   "same day, North Korea: an official's statement against Pence vs the demolition of the test site")
hn('2018-05-24-north-korea-destroys-punggye-ri-test-site', '2018-05-22-foreign-journalists-arrive-to-cover-test-site-closure',
   'the demolition vs the arrival of the foreign press two days earlier')
hn('2018-05-23-north-korea-admits-south-korean-journalists', '2018-05-24-north-korea-destroys-punggye-ri-test-site',
   'the last-minute admission of the South Korean press (Wed) vs the demolition (Thu)')
hn('2018-05-22-foreign-journalists-arrive-to-cover-test-site-closure', '2018-05-23-north-korea-admits-south-korean-journalists',
   'foreign journalists arrive without the South Koreans (Tue) vs the South Koreans let in (Wed)')
seed(20, 'BB-internationalNews-557-20180524', '2018-05-24-north-korea-calls-pence-remarks-ignorant-and-stupid')
# seed 21
st('2018-05-06-three-palestinians-killed-trying-to-cross-gaza-border', 'CN-middleEast-822-20180506')
st('2018-05-04-sixth-friday-of-gaza-return-marches', 'SK-middleEast-1420-20180504', 'FR-internationalNews-1091-20180504')
hn('2018-05-06-three-palestinians-killed-trying-to-cross-gaza-border', '2018-05-04-sixth-friday-of-gaza-return-marches',
   "Gaza's border two days apart: Friday's protest with over a thousand wounded vs three men shot crossing the fence on Sunday")
seed(21, 'CN-middleEast-822-20180506', '2018-05-06-three-palestinians-killed-trying-to-cross-gaza-border')
seed(22, 'SK-sport-2283-20180720', "skipped: press report on a past meeting (Marca's account)")
# seed 23 (AL-311 and AL-318 are two Al Arabiya write-ups, not duplicates)
st('2018-03-02-london-man-convicted-of-recruiting-child-army', 'FR-internationalNews-230-20180303', 'AL-internationalNews-311-20180302',
   'AL-internationalNews-318-20180303')
seed(23, 'FR-internationalNews-230-20180303', '2018-03-02-london-man-convicted-of-recruiting-child-army')
seed(24, 'AL-technology-81-20180303', 'skipped: ranking list (universities)')
# seed 25
st('2018-07-19-eib-says-it-cannot-invest-in-iran', 'SK-internationalNews-2722-20180719')
seed(25, 'SK-internationalNews-2722-20180719', '2018-07-19-eib-says-it-cannot-invest-in-iran')
# seed 26
st('2018-10-05-uk-opens-criminal-inquiry-into-medical-waste-backlog', 'BB-internationalNews-1143-20181005', 'SK-internationalNews-3301-20181005')
seed(26, 'BB-internationalNews-1143-20181005', '2018-10-05-uk-opens-criminal-inquiry-into-medical-waste-backlog')
# seed 27
st('2018-10-17-fabregas-enters-guinness-book-for-100-assists', 'SK-sport-2945-20181017')
seed(27, 'SK-sport-2945-20181017', '2018-10-17-fabregas-enters-guinness-book-for-100-assists')
# seed 28
st('2018-08-24-sarri-says-hazard-will-stay-at-chelsea', 'BB-sport-332-20180824')
seed(28, 'BB-sport-332-20180824', '2018-08-24-sarri-says-hazard-will-stay-at-chelsea')
# seed 29 (SK-2865, US media on the reason for the tweet, and SK-2891, Moscow's reaction on Aug 3, left out)
st('2018-08-01-trump-tweets-sessions-should-end-russia-probe', 'SK-internationalNews-2851-20180801', 'FR-internationalNews-2567-20180801')
st('2018-08-02-us-security-chiefs-warn-of-russian-election-meddling', 'SK-internationalNews-2879-20180802', 'FR-internationalNews-2590-20180803')
st('2018-08-02-senators-introduce-new-russia-sanctions-bill', 'SK-internationalNews-2881-20180803')
hn('2018-08-01-trump-tweets-sessions-should-end-russia-probe', '2018-08-02-us-security-chiefs-warn-of-russian-election-meddling',
   "Russian meddling, a day apart: Trump's tweet against the Mueller inquiry vs his security chiefs' White House warning about 2018")
hn('2018-08-02-us-security-chiefs-warn-of-russian-election-meddling', '2018-08-02-senators-introduce-new-russia-sanctions-bill',
   'same Thursday, Russia and US elections: the White House briefing vs the bipartisan sanctions bill in the Senate')
seed(29, 'SK-internationalNews-2851-20180801', '2018-08-01-trump-tweets-sessions-should-end-russia-probe')
# seed 30
st('2018-05-29-indian-banks-tell-exporters-to-close-iran-deals', 'SK-economy-669-20180529')
seed(30, 'SK-economy-669-20180529', '2018-05-29-indian-banks-tell-exporters-to-close-iran-deals')
seed(31, 'BB-technology-280-20180620', 'skipped: feature (altitude and body shape)')
# seed 32
st('2018-05-02-snap-shares-drop-after-user-decline', 'SK-economy-459-20180502')
seed(32, 'SK-economy-459-20180502', '2018-05-02-snap-shares-drop-after-user-decline')
# seed 33
st('2018-05-10-man-united-draw-at-west-ham-and-secure-second', 'SK-sport-1107-20180510')
seed(33, 'SK-sport-1107-20180510', '2018-05-10-man-united-draw-at-west-ham-and-secure-second')
# seed 34
st('2018-08-13-hrw-says-rabaa-remains-a-bleeding-wound', 'FR-internationalNews-2702-20180813')
st('2018-08-14-brotherhood-statement-on-rabaa-anniversary', 'CN-middleEast-1208-20180814',
   ('CN-middleEast-1224-20180814', 'duplicate of CN-middleEast-1208-20180814'))
hn('2018-08-13-hrw-says-rabaa-remains-a-bleeding-wound', '2018-08-14-brotherhood-statement-on-rabaa-anniversary',
   "Rabaa's fifth anniversary: Human Rights Watch's statement vs the Muslim Brotherhood's statement the next day")
seed(34, 'FR-internationalNews-2702-20180813', '2018-08-13-hrw-says-rabaa-remains-a-bleeding-wound')
# seed 35
st('2018-08-24-lancet-study-finds-no-safe-level-of-alcohol', 'BB-technology-388-20180824')
seed(35, 'BB-technology-388-20180824', '2018-08-24-lancet-study-finds-no-safe-level-of-alcohol')
seed(36, 'SK-internationalNews-176-20180228', 'skipped: multi-day cold wave (Feb 26-Mar 2), no single happening')
# seed 37
st('2018-05-28-tarkowski-out-of-england-standby-list', 'SK-sport-1365-20180528')
seed(37, 'SK-sport-1365-20180528', '2018-05-28-tarkowski-out-of-england-standby-list')
# seed 38
st('2018-10-13-houthi-commander-killed-in-hodeidah-strike', 'SK-middleEast-3849-20181013')
seed(38, 'SK-middleEast-3849-20181013', '2018-10-13-houthi-commander-killed-in-hodeidah-strike')
# seed 39
st('2018-05-07-italy-to-send-experts-to-cairo-over-regeni-cctv', 'BB-middleEast-466-20180507')
seed(39, 'BB-middleEast-466-20180507', '2018-05-07-italy-to-send-experts-to-cairo-over-regeni-cctv')
# seed 40
st('2018-06-18-stanford-researchers-unveil-autofocus-glasses', 'SK-technology-928-20180618')
seed(40, 'SK-technology-928-20180618', '2018-06-18-stanford-researchers-unveil-autofocus-glasses')
seed(41, 'BB-sport-366-20180919', 'skipped: round-up of a Champions League matchday')
seed(42, 'SK-internationalNews-2465-20180704', 'skipped: multi-day heat wave in Canada with a rising toll (Jul 4-7), no single happening')
# seed 43
st('2018-07-14-is-retakes-al-sijan-oil-field-in-deir-ez-zor', 'SK-middleEast-2871-20180714')
seed(43, 'SK-middleEast-2871-20180714', '2018-07-14-is-retakes-al-sijan-oil-field-in-deir-ez-zor')
# seed 44
st('2018-09-03-lieberman-threatens-iranian-missiles-in-iraq', 'SK-middleEast-3482-20180903', 'CN-middleEast-1279-20180903')
seed(44, 'SK-middleEast-3482-20180903', '2018-09-03-lieberman-threatens-iranian-missiles-in-iraq')
# seed 45
st('2018-05-03-french-rail-strike-enters-second-month', 'FR-internationalNews-1069-20180503')
# (FR-1023, the midday piece on the unions' marches, left out; FR-1043 explainer on the black bloc left out)
st('2018-05-01-masked-protesters-clash-with-police-at-paris-may-day-march', 'FR-internationalNews-1031-20180501', 'AL-internationalNews-980-20180501')
st('2018-05-02-collomb-promises-tighter-security-after-may-day-violence', 'FR-internationalNews-1039-20180502')
hn('2018-05-03-french-rail-strike-enters-second-month', '2018-05-01-masked-protesters-clash-with-police-at-paris-may-day-march',
   'protest against the reforms in France two days apart: the May Day march clashes vs a new rail-strike day')
hn('2018-05-01-masked-protesters-clash-with-police-at-paris-may-day-march', '2018-05-02-collomb-promises-tighter-security-after-may-day-violence',
   "the clashes vs the interior minister's response the next day (reaction)")
seed(45, 'FR-internationalNews-1069-20180503', '2018-05-03-french-rail-strike-enters-second-month')
seed(46, 'AL-culture-400-20180521', "skipped: press report on a hospital's past threat (Al-Ahram's account)")
seed(47, 'BB-middleEast-510-20180517', 'skipped: explainer (start of Ramadan)')
# seed 48
st('2018-03-11-hamburg-players-threatened-after-bayern-rout', 'AL-sport-548-20180311')
st('2018-03-10-bayern-beat-hamburg-6-0', 'AL-sport-534-20180310')
st('2018-03-12-hamburg-sack-coach-hollerbach', 'AL-sport-569-20180312', 'SK-sport-235-20180312')
hn('2018-03-11-hamburg-players-threatened-after-bayern-rout', '2018-03-10-bayern-beat-hamburg-6-0',
   'the 6-0 defeat (Sat) vs the crosses painted at the training ground the next day')
hn('2018-03-11-hamburg-players-threatened-after-bayern-rout', '2018-03-12-hamburg-sack-coach-hollerbach',
   "fans' threats (Sun) vs the club sacking its coach (Mon)")
hn('2018-03-10-bayern-beat-hamburg-6-0', '2018-03-12-hamburg-sack-coach-hollerbach',
   'the match vs the sacking it led to two days later')
seed(48, 'AL-sport-548-20180311', '2018-03-11-hamburg-players-threatened-after-bayern-rout')
seed(49, 'BB-middleEast-570-20180602', 'skipped: analysis/preview of the Hodeidah battle')
# seed 50
st('2018-03-01-turkey-jails-ocalan-niece-mp', 'SK-internationalNews-207-20180301', 'AL-internationalNews-285-20180301')
seed(50, 'SK-internationalNews-207-20180301', '2018-03-01-turkey-jails-ocalan-niece-mp')
# seed 51 (AL-1399, May 31, is a preview of the talks; SK-2087 analysis and BB-566 analysis left out)
st('2018-05-31-shoigu-and-lieberman-discuss-southern-syria', 'SK-middleEast-2073-20180601')
st('2018-06-01-russia-says-deal-on-iranian-pullback-from-southwest-syria', 'SK-middleEast-2093-20180601')
hn('2018-05-31-shoigu-and-lieberman-discuss-southern-syria', '2018-06-01-russia-says-deal-on-iranian-pullback-from-southwest-syria',
   "southern Syria and Iran, a day apart: the Russian-Israeli defence ministers' meeting vs Russia's UN envoy confirming a deal on Iranian forces")
seed(51, 'SK-middleEast-2073-20180601', '2018-05-31-shoigu-and-lieberman-discuss-southern-syria')
# seed 52
st('2018-06-03-north-korea-replaces-top-three-military-chiefs', 'SK-internationalNews-1948-20180604', 'BB-internationalNews-605-20180604',
   'FR-internationalNews-1630-20180604')
seed(52, 'SK-internationalNews-1948-20180604', '2018-06-03-north-korea-replaces-top-three-military-chiefs')
# seed 53
st('2018-06-22-djokovic-reaches-800-wins', 'SK-sport-1821-20180622')
st('2018-06-21-djokovic-crushes-dimitrov-at-queens', 'SK-sport-1805-20180621')
hn('2018-06-22-djokovic-reaches-800-wins', '2018-06-21-djokovic-crushes-dimitrov-at-queens',
   "Djokovic at Queen's: the win over Dimitrov (Thu) vs the quarter-final win over Mannarino that made 800 (Fri)")
seed(53, 'SK-sport-1821-20180622', '2018-06-22-djokovic-reaches-800-wins')
seed(54, 'SK-technology-269-20180328', "skipped: Facebook's new privacy settings (Mar 28) are already judged in an earlier set (CN-technology-70)")
# seed 55 (BB-632 leads with both leaders arriving: left out; SK-2062 on Kim's flight path, SK-2088 on his toilet left out)
st('2018-06-10-kim-jong-un-arrives-in-singapore', 'AL-internationalNews-1549-20180610', 'SK-internationalNews-2059-20180610',
   ('SK-internationalNews-2060-20180610', 'video of his motorcade on arrival'), 'FR-internationalNews-1734-20180610')
st('2018-06-10-trump-arrives-in-singapore', 'SK-internationalNews-2064-20180610')
hn('2018-06-10-kim-jong-un-arrives-in-singapore', '2018-06-10-trump-arrives-in-singapore',
   'same day, same summit: Kim lands in the afternoon, Trump in the evening (two arrivals)')
seed(55, 'SK-internationalNews-2060-20180610', '2018-06-10-kim-jong-un-arrives-in-singapore')
# seed 56
st('2018-02-17-libyans-rally-for-seventh-revolution-anniversary', 'FR-internationalNews-12-20180217')
seed(56, 'FR-internationalNews-12-20180217', '2018-02-17-libyans-rally-for-seventh-revolution-anniversary')
seed(57, 'SK-sport-2231-20180716', 'skipped: infographic (World Cup summary)')
seed(58, 'CN-internationalNews-335-20180510', 'skipped: late relay of the SIPRI report of May 2 (CN-economy-98 relays another part of it)')
# seed 59 (SK-1502, a geologist's warning on May 10, left out)
st('2018-05-11-hawaii-warns-of-toxic-volcanic-gas', 'SK-internationalNews-1518-20180511')
st('2018-05-11-indonesia-merapi-erupts', 'AL-internationalNews-1113-20180511', ('CN-internationalNews-340-20180511', 'video of the event'))
hn('2018-05-11-hawaii-warns-of-toxic-volcanic-gas', '2018-05-11-indonesia-merapi-erupts',
   'same day, volcanoes: the Hawaii gas warning vs the Merapi eruption in Indonesia')
seed(59, 'SK-internationalNews-1518-20180511', '2018-05-11-hawaii-warns-of-toxic-volcanic-gas')
# seed 60
st('2018-03-21-ze-roberto-says-heynckes-will-leave-bayern', 'AL-sport-766-20180321')
seed(60, 'AL-sport-766-20180321', '2018-03-21-ze-roberto-says-heynckes-will-leave-bayern')
# seed 61 (SK-3201 analysis left out)
st('2018-07-30-un-panel-report-finds-new-evidence-of-iran-arming-houthis', 'FR-internationalNews-2533-20180731', 'SK-middleEast-3202-20180731')
seed(61, 'FR-internationalNews-2533-20180731', '2018-07-30-un-panel-report-finds-new-evidence-of-iran-arming-houthis')
# seed 62 (SK-3311, a preview of the final vote, and SK-3328, Melania's remarks, left out)
st('2018-10-06-senate-confirms-kavanaugh', 'BB-internationalNews-1160-20181006', 'SK-internationalNews-3324-20181006')
st('2018-10-05-kavanaugh-wins-procedural-senate-vote', 'SK-internationalNews-3302-20181005')
st('2018-10-02-trump-mocks-kavanaugh-accuser-at-rally', 'SK-internationalNews-3291-20181003')
hn('2018-10-06-senate-confirms-kavanaugh', '2018-10-05-kavanaugh-wins-procedural-senate-vote',
   'the cloture vote (Fri) vs the final confirmation vote (Sat): two votes')
hn('2018-10-05-kavanaugh-wins-procedural-senate-vote', '2018-10-02-trump-mocks-kavanaugh-accuser-at-rally',
   "Kavanaugh's nomination: Trump mocking his accuser at a rally (Tue) vs the Senate's procedural vote (Fri)")
seed(62, 'BB-internationalNews-1160-20181006', '2018-10-06-senate-confirms-kavanaugh')
# seed 63
st('2018-03-06-oldest-message-in-a-bottle-found-in-australia', 'BB-culture-63-20180306')
seed(63, 'BB-culture-63-20180306', '2018-03-06-oldest-message-in-a-bottle-found-in-australia')
seed(64, 'SK-sport-1247-20180520', 'skipped: transfer rumour (press reports)')
# seed 65
st('2018-03-28-video-shows-houston-officer-shooting-black-man', 'SK-internationalNews-646-20180328')
seed(65, 'SK-internationalNews-646-20180328', '2018-03-28-video-shows-houston-officer-shooting-black-man')
seed(66, 'SK-internationalNews-1433-20180508', "skipped: preview of Trump's Iran-deal decision")
# seed 67
st('2018-07-30-guardians-of-the-galaxy-cast-back-james-gunn', 'BB-culture-248-20180731')
seed(67, 'BB-culture-248-20180731', '2018-07-30-guardians-of-the-galaxy-cast-back-james-gunn')
# seed 68 (both lead with the arrest after a day-long manhunt)
st('2018-03-03-central-michigan-student-arrested-for-killing-parents', 'AL-internationalNews-329-20180303', 'BB-internationalNews-96-20180303')
seed(68, 'AL-internationalNews-329-20180303', '2018-03-03-central-michigan-student-arrested-for-killing-parents')
# seed 69
st('2018-03-15-united-bid-names-23-candidate-world-cup-cities', 'SK-sport-286-20180316')
st('2018-03-18-al-sheikh-says-no-one-asked-saudi-support-for-2026-bid', 'AL-sport-708-20180318', 'CN-sport-117-20180318')
st('2018-03-17-morocco-bid-puts-2026-budget-at-15-8-billion', 'FR-internationalNews-497-20180318')
hn('2018-03-15-united-bid-names-23-candidate-world-cup-cities', '2018-03-17-morocco-bid-puts-2026-budget-at-15-8-billion',
   'the 2026 race, two days apart: the North American bid\'s candidate cities vs the Moroccan bid\'s budget')
hn('2018-03-17-morocco-bid-puts-2026-budget-at-15-8-billion', '2018-03-18-al-sheikh-says-no-one-asked-saudi-support-for-2026-bid',
   "the Moroccan bid's budget (Sat) vs the Saudi sports chief's remarks on backing a bid (Sun)")
seed(69, 'SK-sport-286-20180316', '2018-03-15-united-bid-names-23-candidate-world-cup-cities')
# seed 70
st('2018-05-11-pentagon-pledges-continued-support-for-lebanese-army', 'AL-internationalNews-1124-20180512')
seed(70, 'AL-internationalNews-1124-20180512', '2018-05-11-pentagon-pledges-continued-support-for-lebanese-army')
seed(71, 'SK-middleEast-1845-20180521', 'skipped: comparison (Israeli and Iranian forces)')
seed(72, 'AL-economy-347-20180329', 'skipped: interview/commentary')
seed(73, 'AL-sport-114-20180219', 'skipped: announcement that a doping result is due (preview)')
seed(74, 'AL-internationalNews-747-20180401', 'skipped: report on Houthi appointments at Sanaa University (ongoing, no single happening)')
seed(75, 'CN-economy-461-20181018', 'skipped: analysis (Saudi oil and Iran sanctions)')
# seed 76
st('2018-03-24-van-marwijk-says-australia-job-not-easy', 'AL-sport-848-20180324')
seed(76, 'AL-sport-848-20180324', '2018-03-24-van-marwijk-says-australia-job-not-easy')
# seed 77
st('2018-07-03-real-madrid-denies-neymar-offer', 'SK-sport-1997-20180703')
st('2018-07-02-mexico-coach-attacks-neymar', 'SK-sport-1995-20180703')
hn('2018-07-03-real-madrid-denies-neymar-offer', '2018-07-02-mexico-coach-attacks-neymar',
   "Neymar, hours apart: Osorio's attack on his play-acting after the match (Mon night) vs Real Madrid's denial of a record bid (Tue)")
seed(77, 'SK-sport-1997-20180703', '2018-07-03-real-madrid-denies-neymar-offer')
# seed 78
st('2018-02-16-study-finds-ovarian-cancer-gene-passed-from-father', 'BB-technology-6-20180216')
seed(78, 'BB-technology-6-20180216', '2018-02-16-study-finds-ovarian-cancer-gene-passed-from-father')
# seed 79
st('2018-04-22-saudi-fa-warns-club-presidents-over-social-media-spats', 'CN-sport-237-20180422')
seed(79, 'CN-sport-237-20180422', '2018-04-22-saudi-fa-warns-club-presidents-over-social-media-spats')
# seed 80
st('2018-03-18-cyclone-marcus-cuts-power-in-darwin', ('SK-internationalNews-439-20180318', 'built around a video of the event'))
seed(80, 'SK-internationalNews-439-20180318', '2018-03-18-cyclone-marcus-cuts-power-in-darwin')
# seed 81
st('2018-10-03-zagreb-court-drops-perjury-charge-against-modric', 'SK-sport-2757-20181003')
seed(81, 'SK-sport-2757-20181003', '2018-10-03-zagreb-court-drops-perjury-charge-against-modric')
seed(82, 'SK-internationalNews-2695-20180717', "skipped: Trump's remarks of Jul 17 entangled with his Helsinki walk-back, already judged in an earlier set")
# seed 83
st('2018-05-06-reuters-ipsos-poll-finds-facebook-users-still-loyal', 'BB-technology-199-20180507', 'AL-technology-225-20180506',
   'SK-technology-592-20180506', ('SK-technology-635-20180506', 'duplicate of SK-technology-592-20180506'))
seed(83, 'BB-technology-199-20180507', '2018-05-06-reuters-ipsos-poll-finds-facebook-users-still-loyal')
# seed 84 (statements on the failed Geneva consultations: each speaker's is its own happening)
st('2018-09-09-houthi-leader-blames-coalition-for-geneva-failure', 'CN-middleEast-1328-20180909')
st('2018-09-08-geneva-yemen-talks-end-without-houthis', 'SK-middleEast-3572-20180908')
st('2018-09-08-gargash-says-geneva-shows-houthis-true-face', 'CN-middleEast-1319-20180908')
hn('2018-09-09-houthi-leader-blames-coalition-for-geneva-failure', '2018-09-08-geneva-yemen-talks-end-without-houthis',
   "the end of the Geneva consultations with the Houthis absent (Sat) vs the Houthi leader's speech on it (Sun)")
hn('2018-09-08-geneva-yemen-talks-end-without-houthis', '2018-09-08-gargash-says-geneva-shows-houthis-true-face',
   "Griffiths closing the Geneva talks vs the UAE minister's comment on them the same day (reaction)")
hn('2018-09-09-houthi-leader-blames-coalition-for-geneva-failure', '2018-09-08-gargash-says-geneva-shows-houthis-true-face',
   'two opposite statements on the failed Geneva talks, a day apart (different speakers)')
seed(84, 'CN-middleEast-1328-20180909', '2018-09-09-houthi-leader-blames-coalition-for-geneva-failure')
seed(85, 'BB-middleEast-451-20180505', 'skipped: profile (Muharrem Ince)')
seed(86, 'AL-sport-2070-20180621', "skipped: commentary row (a pundit's criticism of a commentator)")
# seed 87
st('2018-02-27-marines-fall-ill-after-opening-suspicious-letter', 'SK-internationalNews-175-20180228')
seed(87, 'SK-internationalNews-175-20180228', '2018-02-27-marines-fall-ill-after-opening-suspicious-letter')
seed(88, 'SK-internationalNews-3496-20181015', "skipped: relay of a newspaper's tally (charities' sexual-misconduct reports)")
seed(89, 'BB-middleEast-375-20180420', 'skipped: profile (Ibrahim Ghandour)')
# seed 90 (SK-2093 and SK-2097: videos of the bus pelted on the same arrival, kept with a note)
st('2018-07-08-brazil-squad-returns-to-rio-without-neymar', 'SK-sport-2076-20180708', 'AL-sport-2277-20180709',
   ('SK-sport-2093-20180709', 'video of the bus on the same arrival'), ('SK-sport-2097-20180709', 'video of the bus on the same arrival'))
st('2018-07-06-belgium-knock-brazil-out-of-world-cup', 'BB-sport-271-20180706', 'FR-sport-235-20180706', 'AL-sport-2248-20180707')
hn('2018-07-08-brazil-squad-returns-to-rio-without-neymar', '2018-07-06-belgium-knock-brazil-out-of-world-cup',
   "Brazil's exit: the quarter-final defeat (Fri) vs the squad's return home (Sun)")
seed(90, 'SK-sport-2076-20180708', '2018-07-08-brazil-squad-returns-to-rio-without-neymar')
# seed 91 (SK-2595 is Sky's first short flash of the same strike)
st('2018-06-25-israeli-missiles-hit-near-damascus-airport', 'SK-middleEast-2596-20180625', 'SK-middleEast-2595-20180625',
   'FR-internationalNews-2020-20180626')
seed(91, 'SK-middleEast-2596-20180625', '2018-06-25-israeli-missiles-hit-near-damascus-airport')
# seed 92 (SK-1400 is Sky's short first version, SK-1401 the long one)
st('2018-05-06-cavusoglu-says-turkey-will-respond-to-us-arms-sanctions', 'AL-internationalNews-1009-20180506', 'BB-internationalNews-473-20180506',
   'SK-internationalNews-1400-20180506', 'SK-internationalNews-1401-20180506')
st('2018-05-04-house-defence-bill-would-halt-arms-sales-to-turkey', 'SK-internationalNews-1374-20180505')
hn('2018-05-06-cavusoglu-says-turkey-will-respond-to-us-arms-sanctions', '2018-05-04-house-defence-bill-would-halt-arms-sales-to-turkey',
   "the House Armed Services bill unveiled (Fri) vs the Turkish foreign minister's reply (Sun)")
seed(92, 'AL-internationalNews-1009-20180506', '2018-05-06-cavusoglu-says-turkey-will-respond-to-us-arms-sanctions')
seed(93, 'SK-middleEast-2344-20180613', 'skipped: feature (civilians in Hodeidah)')
# seed 94 (dated Jan 15, before the corpus's main span)
st('2018-01-14-liverpool-inflict-first-league-defeat-on-man-city', 'BB-sport-37-20180115')
seed(94, 'BB-sport-37-20180115', '2018-01-14-liverpool-inflict-first-league-defeat-on-man-city')
# seed 95
st('2018-03-11-mattis-doubts-russian-super-missile-claims', 'CN-internationalNews-102-20180312')
seed(95, 'CN-internationalNews-102-20180312', '2018-03-11-mattis-doubts-russian-super-missile-claims')
# seed 96
seed(96, 'BB-sport-295-20180725', "skipped: BB paraphrases Klopp on pressure without a quote or a date; cannot tell whether it is the statement of SK-sport-2338 (New York, Jul 24)")
# seed 97
st('2018-03-12-japan-welcomes-korean-miracle', 'SK-internationalNews-296-20180312')
seed(97, 'SK-internationalNews-296-20180312', '2018-03-12-japan-welcomes-korean-miracle')
# seed 98
st('2018-05-20-jordans-king-breaks-fast-with-police-patrol', ('CN-middleEast-985-20180520', 'built around the video'))
seed(98, 'CN-middleEast-985-20180520', '2018-05-20-jordans-king-breaks-fast-with-police-patrol')
# seed 99
st('2018-08-08-iss-astronauts-photograph-california-fires', 'SK-technology-1256-20180808')
seed(99, 'SK-technology-1256-20180808', '2018-08-08-iss-astronauts-photograph-california-fires')
seed(100, 'BB-sport-365-20180920', 'skipped: analysis (Champions League after Ronaldo)')
# seed 101
st('2018-04-22-george-hw-bush-hospitalised', 'BB-internationalNews-394-20180424', 'SK-internationalNews-1126-20180423')
st('2018-04-21-trump-to-skip-barbara-bush-funeral', 'BB-internationalNews-376-20180421')
hn('2018-04-22-george-hw-bush-hospitalised', '2018-04-21-trump-to-skip-barbara-bush-funeral',
   "the Bushes: Trump skipping Barbara Bush's funeral (Sat) vs her husband taken to hospital the day after it (Sun)")
seed(101, 'BB-internationalNews-394-20180424', '2018-04-22-george-hw-bush-hospitalised')
# seed 102
st('2018-04-01-hulk-hogan-says-he-must-apologise-before-wwe-return', 'SK-sport-524-20180401')
seed(102, 'SK-sport-524-20180401', '2018-04-01-hulk-hogan-says-he-must-apologise-before-wwe-return')
# seed 103
st('2018-06-14-reuters-ipsos-poll-on-trumps-style', 'SK-internationalNews-2127-20180614')
seed(103, 'SK-internationalNews-2127-20180614', '2018-06-14-reuters-ipsos-poll-on-trumps-style')
seed(104, 'SK-middleEast-2398-20180615', 'skipped: Hodeidah battle day with claims of Houthi losses (ongoing, no single happening)')
# seed 105
st('2018-06-17-guatemala-ends-search-for-fuego-victims', 'SK-internationalNews-2189-20180617')
st('2018-06-17-earthquake-shakes-guatemala', 'AL-internationalNews-1671-20180618', 'SK-internationalNews-2197-20180618')
hn('2018-06-17-guatemala-ends-search-for-fuego-victims', '2018-06-17-earthquake-shakes-guatemala',
   "Guatemala's disasters the same Sunday: the end of the volcano search vs a 5.6 earthquake that evening")
seed(105, 'SK-internationalNews-2189-20180617', '2018-06-17-guatemala-ends-search-for-fuego-victims')
# seed 106
st('2018-07-03-loew-decides-to-stay-germany-coach', 'SK-sport-2000-20180703')
seed(106, 'SK-sport-2000-20180703', '2018-07-03-loew-decides-to-stay-germany-coach')
# seed 107
st('2018-10-08-tropical-storm-forms-off-oman', 'SK-technology-1573-20181008')
st('2018-10-10-cyclone-luban-suspends-schools-in-oman', 'SK-middleEast-3810-20181010')
hn('2018-10-08-tropical-storm-forms-off-oman', '2018-10-10-cyclone-luban-suspends-schools-in-oman',
   'the storm forming in the Arabian Sea (Mon) vs Oman closing schools as Luban nears (Wed)')
seed(107, 'SK-technology-1573-20181008', '2018-10-08-tropical-storm-forms-off-oman')
# seed 108 (between the two strike days of seed 10)
st('2018-02-27-coalition-escalates-strikes-on-west-coast', 'SK-middleEast-90-20180227')
hn('2018-02-27-coalition-escalates-strikes-on-west-coast', '2018-02-26-coalition-strikes-kill-20-houthis-on-west-coast',
   "consecutive strike days on the same front (Tue vs Mon)")
hn('2018-02-27-coalition-escalates-strikes-on-west-coast', '2018-02-28-coalition-shelling-kills-32-houthis-on-west-coast',
   "consecutive strike days on the same front (Tue vs Wed)")
seed(108, 'SK-middleEast-90-20180227', '2018-02-27-coalition-escalates-strikes-on-west-coast')
# seed 109
st('2018-09-11-egyptian-led-team-finds-new-brain-cancer-strategy', 'SK-technology-1458-20180911')
seed(109, 'SK-technology-1458-20180911', '2018-09-11-egyptian-led-team-finds-new-brain-cancer-strategy')
seed(110, 'CN-internationalNews-63-20180304', 'skipped: preview/explainer of the carrier visit to Vietnam')
seed(111, 'SK-economy-272-20180404', 'skipped: market analysis (Syrian pound over ten days)')
# seed 112
st('2018-08-14-hajj-security-forces-parade-in-mecca', 'SK-middleEast-3382-20180814', 'CN-middleEast-1197-20180814',
   ('CN-middleEast-1229-20180814', 'duplicate of CN-middleEast-1197-20180814'))
seed(112, 'SK-middleEast-3382-20180814', '2018-08-14-hajj-security-forces-parade-in-mecca')
# seed 113 (CNN's source naming the thief is its own happening; the recordings of his talk with the controllers are of the flight itself)
st('2018-08-12-source-names-seattle-plane-thief', 'CN-internationalNews-474-20180812')
st('2018-08-10-airline-worker-steals-plane-from-seattle-airport', 'BB-internationalNews-955-20180811', 'BB-internationalNews-957-20180811',
   'CN-internationalNews-468-20180811', ('CN-internationalNews-469-20180811', 'video of the event'), 'CN-internationalNews-471-20180811',
   ('SK-internationalNews-2958-20180811', 'video of the event'), ('SK-internationalNews-2964-20180811', 'recording of the flight'),
   ('SK-internationalNews-2970-20180811', 'recording of the flight'))
hn('2018-08-12-source-names-seattle-plane-thief', '2018-08-10-airline-worker-steals-plane-from-seattle-airport',
   'the theft and crash (Fri night) vs the identification of the thief two days later')
seed(113, 'CN-internationalNews-474-20180812', '2018-08-12-source-names-seattle-plane-thief')
# seed 114
st('2018-04-06-qaradaghi-claims-sisi-said-he-would-not-run', 'CN-middleEast-496-20180406')
seed(114, 'CN-middleEast-496-20180406', '2018-04-06-qaradaghi-claims-sisi-said-he-would-not-run')
# seed 115
st('2018-09-16-oldest-brewery-found-in-israeli-cave', 'BB-culture-318-20180916')
seed(115, 'BB-culture-318-20180916', '2018-09-16-oldest-brewery-found-in-israeli-cave')
# seed 116 (the same Warwick study, Sky the evening before BBC)
st('2018-02-19-warwick-blood-and-urine-tests-for-autism', 'BB-technology-41-20180220', 'SK-technology-30-20180219')
seed(116, 'BB-technology-41-20180220', '2018-02-19-warwick-blood-and-urine-tests-for-autism')
seed(117, 'BB-sport-118-20180418', "skipped: interview (a former player's World Cup forecast)")
# seed 118
st('2018-06-05-yemeni-army-takes-positions-in-al-jawf', 'AL-internationalNews-1492-20180606')
st('2018-06-03-yemeni-army-advances-in-al-jawf-and-saada', 'AL-internationalNews-1459-20180604')
hn('2018-06-05-yemeni-army-takes-positions-in-al-jawf', '2018-06-03-yemeni-army-advances-in-al-jawf-and-saada',
   'same front: the advance of the two previous nights (reported early Mon) vs Tuesday\'s advance and a commander killed')
seed(118, 'AL-internationalNews-1492-20180606', '2018-06-05-yemeni-army-takes-positions-in-al-jawf')
# seed 119
st('2018-04-26-us-military-posts-video-of-is-bloopers', 'SK-internationalNews-1191-20180426')
seed(119, 'SK-internationalNews-1191-20180426', '2018-04-26-us-military-posts-video-of-is-bloopers')
seed(120, 'SK-economy-108-20180309', 'skipped: daily oil-market report')
seed(121, 'CN-middleEast-690-20180422', "skipped: a TV host's commentary on coverage")
# seed 122
st('2018-04-04-afghanistan-admits-civilian-casualties-in-kunduz-strike', 'CN-internationalNews-218-20180405')
seed(122, 'CN-internationalNews-218-20180405', '2018-04-04-afghanistan-admits-civilian-casualties-in-kunduz-strike')
# seed 123 (the next-morning pieces FR-885, BB-395 lead with the attack and the police's statements that night; the videos
# of the arrest are of the event; SK-1125 the suspect's name, SK-1127 a US source on the motive, CN-279 explainer, CN-271
# Trudeau's first comment left out)
st('2018-04-23-van-rams-pedestrians-in-toronto', 'FR-internationalNews-885-20180424', 'BB-internationalNews-392-20180423',
   'CN-internationalNews-270-20180423', 'CN-internationalNews-272-20180423', ('CN-internationalNews-273-20180423', 'video of the event'),
   'CN-internationalNews-275-20180423', ('CN-internationalNews-277-20180423', 'video of the arrest'), 'FR-internationalNews-883-20180423',
   'SK-internationalNews-1119-20180423', 'BB-internationalNews-395-20180424', ('SK-internationalNews-1120-20180424', 'video of the arrest'))
st('2018-04-24-trudeau-urges-canadians-not-to-live-in-fear', 'FR-internationalNews-900-20180424')
st('2018-04-24-toronto-suspects-cryptic-facebook-post-found', 'SK-internationalNews-1146-20180424')
hn('2018-04-23-van-rams-pedestrians-in-toronto', '2018-04-24-trudeau-urges-canadians-not-to-live-in-fear',
   "the attack vs the prime minister's statement the next day (reaction)")
hn('2018-04-23-van-rams-pedestrians-in-toronto', '2018-04-24-toronto-suspects-cryptic-facebook-post-found',
   "the attack vs the discovery of the suspect's Facebook post the next day (a new development)")
seed(123, 'FR-internationalNews-885-20180424', '2018-04-23-van-rams-pedestrians-in-toronto')
# seed 124 (BB published it a month after the ICD-11 release of Jun 18; SK-technology-933 on gaming disorder, the same release, left out: another item of one list)
st('2018-06-18-who-classifies-compulsive-sexual-behaviour-as-disorder', 'BB-technology-315-20180716')
seed(124, 'BB-technology-315-20180716', '2018-06-18-who-classifies-compulsive-sexual-behaviour-as-disorder')
# seed 125 (BB-144 and FR-413 profiles, BB-148, SK-315, SK-324, SK-328, SK-347 analyses, CN-109/SK-316 a source on how Tillerson learnt of it, SK-323 markets left out)
st('2018-03-11-pompeo-says-trump-kim-meeting-not-theatre', 'SK-internationalNews-280-20180312')
st('2018-03-13-trump-fires-tillerson-names-pompeo', 'BB-internationalNews-145-20180313', 'CN-internationalNews-110-20180313',
   'FR-internationalNews-403-20180313', 'SK-internationalNews-318-20180313')
st('2018-03-13-tillerson-farewell-statement', 'CN-internationalNews-113-20180313', 'SK-internationalNews-327-20180313')
hn('2018-03-13-trump-fires-tillerson-names-pompeo', '2018-03-13-tillerson-farewell-statement',
   "Trump's tweet firing Tillerson (morning) vs Tillerson's own statement that evening (different speaker, a reaction)")
hn('2018-03-11-pompeo-says-trump-kim-meeting-not-theatre', '2018-03-13-trump-fires-tillerson-names-pompeo',
   "Pompeo two days apart: his Sunday interview on the Kim meeting as CIA director vs his nomination as secretary of state")
seed(125, 'SK-internationalNews-280-20180312', '2018-03-11-pompeo-says-trump-kim-meeting-not-theatre')
# seed 126 (his later stay and discharge, May 27-28, are in check2; FR-1359 press review left out)
st('2018-05-20-abbas-admitted-to-hospital-third-time-in-a-week', 'FR-internationalNews-1347-20180520', 'SK-middleEast-1830-20180520')
st('2018-05-21-officials-say-abbas-has-pneumonia-and-is-recovering', 'FR-internationalNews-1376-20180522', 'SK-middleEast-1850-20180521',
   'BB-middleEast-525-20180522')
hn('2018-05-20-abbas-admitted-to-hospital-third-time-in-a-week', '2018-05-21-officials-say-abbas-has-pneumonia-and-is-recovering',
   'his admission (Sun) vs the officials\' statement on pneumonia the next evening')
seed(126, 'FR-internationalNews-1347-20180520', '2018-05-20-abbas-admitted-to-hospital-third-time-in-a-week')
seed(127, 'AL-internationalNews-1833-20180708', 'skipped: multi-day Japan floods with a rising toll (Jul 7-9), no single happening')
# seed 128 (SK-1839 analysis left out)
st('2018-05-21-iran-says-no-one-can-force-it-out-of-syria', 'CN-middleEast-987-20180521')
seed(128, 'CN-middleEast-987-20180521', '2018-05-21-iran-says-no-one-can-force-it-out-of-syria')
# seed 129
st('2018-04-21-russia-accuses-us-of-building-visa-wall', 'SK-internationalNews-1073-20180421')
seed(129, 'SK-internationalNews-1073-20180421', '2018-04-21-russia-accuses-us-of-building-visa-wall')
seed(130, 'SK-middleEast-1272-20180426', 'skipped: interview remarks without a dated happening')
# seed 131 (nomination as sole candidate, Apr 18, vs the assembly's result announced Apr 19; BB-357 is written as the election
# and is kept there; FR-766, FR-787, BB-366 previews and explainers left out)
st('2018-04-19-cuba-assembly-elects-diaz-canel-president', 'BB-internationalNews-357-20180419', 'SK-internationalNews-1016-20180419',
   'CN-internationalNews-255-20180419', 'FR-internationalNews-804-20180419')
st('2018-04-18-diaz-canel-named-sole-candidate-to-succeed-castro', 'SK-internationalNews-991-20180418', 'BB-internationalNews-356-20180419',
   'FR-internationalNews-795-20180419')
st('2018-04-20-oas-calls-cuban-transition-illegitimate', 'SK-internationalNews-1039-20180420')
hn('2018-04-19-cuba-assembly-elects-diaz-canel-president', '2018-04-18-diaz-canel-named-sole-candidate-to-succeed-castro',
   'the nomination as sole candidate (Wed) vs the announced election (Thu): two steps, the dev gold\'s preliminary-vs-official split')
hn('2018-04-19-cuba-assembly-elects-diaz-canel-president', '2018-04-20-oas-calls-cuban-transition-illegitimate',
   "the election vs the OAS's statement on it the next day (reaction)")
seed(131, 'BB-internationalNews-357-20180419', '2018-04-19-cuba-assembly-elects-diaz-canel-president')
seed(132, 'AL-economy-477-20180502', "skipped: rating-agency commentary (no rating action)")
seed(133, 'CN-economy-41-20180305', 'skipped: profile (Ma Huateng)')
# seed 134
st('2018-07-07-south-sudan-deal-restores-machar-as-vice-president', 'AL-internationalNews-1827-20180708', 'FR-internationalNews-2215-20180708')
st('2018-07-06-south-sudan-draft-security-arrangements-agreed', 'SK-internationalNews-2513-20180706')
hn('2018-07-07-south-sudan-deal-restores-machar-as-vice-president', '2018-07-06-south-sudan-draft-security-arrangements-agreed',
   'the draft security arrangements announced in Khartoum (Fri) vs the Kampala power-sharing deal (Sat): two agreements')
seed(134, 'AL-internationalNews-1827-20180708', '2018-07-07-south-sudan-deal-restores-machar-as-vice-president')
seed(135, 'BB-economy-166-20180616', "skipped: Egypt's fuel price rise of Jun 16 is already judged in an earlier set (SK-economy-792)")
# extra pairs between stories already judged
hn('2018-04-24-trudeau-urges-canadians-not-to-live-in-fear', '2018-04-24-toronto-suspects-cryptic-facebook-post-found',
   "same day after the Toronto attack: the prime minister's statement vs the suspect's Facebook post coming to light")
hn('2018-05-29-ramos-rebukes-ronaldo-over-final-remarks', '2018-05-27-ronaldo-explains-departure-remarks',
   "Ronaldo's clarification (Sun) vs his captain's rebuke (Tue)")
hn('2018-10-06-senate-confirms-kavanaugh', '2018-10-02-trump-mocks-kavanaugh-accuser-at-rally',
   "Kavanaugh's nomination: the rally remarks (Tue) vs the confirmation (Sat)")
hn('2018-08-01-trump-tweets-sessions-should-end-russia-probe', '2018-08-02-senators-introduce-new-russia-sanctions-bill',
   "Russia in Washington a day apart: Trump's tweet vs the bipartisan sanctions bill")
