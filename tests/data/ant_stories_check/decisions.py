# Every judgment: (story slug, [(id, note or None), ...]); hard negatives: (a, b, why)
S = []
HN = []
def st(slug, *ids):
    S.append((slug, [(i, None) if isinstance(i, str) else i for i in ids]))
def hn(a, b, why): HN.append((a, b, why))

# seed 0
st('2018-03-02-abductees-mothers-say-houthi-prisons-spread-epidemics', 'AL-internationalNews-306-20180303')
# seed 1
st('2018-07-08-study-dehydration-affects-cognition', 'SK-technology-1066-20180708')
# seed 2
st('2018-09-10-turkey-q2-growth-slows-to-5-2', 'CN-economy-297-20180910', 'SK-economy-1307-20180910')
# seed 3
st('2018-03-18-putin-wins-fourth-term', 'SK-internationalNews-433-20180318', 'BB-internationalNews-183-20180318',
   'FR-internationalNews-506-20180318', 'SK-internationalNews-424-20180319', 'SK-internationalNews-447-20180319')
st('2018-03-18-putin-calls-skripal-accusation-nonsense', 'SK-internationalNews-431-20180318',
   'AL-internationalNews-531-20180319', 'FR-internationalNews-508-20180318')
hn('2018-03-18-putin-wins-fourth-term', '2018-03-18-putin-calls-skripal-accusation-nonsense',
   "election win vs Putin's remarks to reporters on Skripal the same night, after the win")
# seed 4
st('2018-09-26-man-united-record-revenue', 'BB-economy-253-20180926')
# seed 5
st('2018-02-23-eu-leaders-threaten-to-cancel-erdogan-meeting-over-cyprus-gas', 'SK-internationalNews-108-20180223')
st('2018-02-23-cyprus-accuses-turkey-of-threatening-force-against-eni-ship', 'SK-economy-64-20180223')
st('2018-02-21-anastasiades-says-gas-drilling-will-continue', 'AL-internationalNews-147-20180221', 'SK-economy-52-20180221')
hn('2018-02-23-eu-leaders-threaten-to-cancel-erdogan-meeting-over-cyprus-gas', '2018-02-23-cyprus-accuses-turkey-of-threatening-force-against-eni-ship',
   "same day, same dispute over Eni's drillship: EU summit statement (Tusk) vs the Cypriot government's accusation")
hn('2018-02-23-cyprus-accuses-turkey-of-threatening-force-against-eni-ship', '2018-02-21-anastasiades-says-gas-drilling-will-continue',
   "Cyprus gas dispute: president's statement that drilling continues (Feb 21) vs accusation of force two days later")
# seed 6
st('2018-05-13-man-city-first-to-100-points', 'SK-sport-1151-20180513')
# seed 7
st('2018-07-21-trump-attacks-cohen-over-tape', 'BB-internationalNews-848-20180721', 'SK-internationalNews-2766-20180721')
st('2018-07-20-nyt-reveals-cohen-taped-trump-on-playboy-payment', 'BB-internationalNews-846-20180721', 'FR-internationalNews-2425-20180721')
hn('2018-07-21-trump-attacks-cohen-over-tape', '2018-07-20-nyt-reveals-cohen-taped-trump-on-playboy-payment',
   "the New York Times revelation of the secret tape vs Trump's tweet attacking Cohen the next day")
# seed 8
st('2018-02-18-brazil-inmates-hold-guards-hostage', 'SK-internationalNews-32-20180219')
# seed 9
st('2018-05-18-tornado-hits-western-germany-video', ('SK-internationalNews-1628-20180518', 'video of the event'))
# seed 10
st('2018-01-27-apple-watchos-4-3-update', 'AL-technology-38-20180127')
# seed 11 SK-middleEast-555 skipped: explainer on Egypt's election authority
# seed 12
st('2018-04-25-uk-checks-reports-iran-detained-academic-edalat', 'BB-internationalNews-408-20180425', 'SK-internationalNews-1171-20180426')
st('2018-04-26-iranian-media-confirm-edalat-arrest', 'SK-internationalNews-1184-20180426')
hn('2018-04-25-uk-checks-reports-iran-detained-academic-edalat', '2018-04-26-iranian-media-confirm-edalat-arrest',
   'rights-group report and British inquiry about the arrest vs Iranian (Fars) confirmation the next morning')
# seed 13
st('2018-06-16-austria-asks-germany-to-explain-spying-claims', 'FR-internationalNews-1866-20180617', 'SK-internationalNews-2171-20180616', 'AL-internationalNews-1645-20180617')
# seed 14
st('2018-05-29-whatsapp-tests-new-features', 'SK-technology-785-20180529')
# seed 15
st('2018-05-19-us-china-joint-statement-no-trade-war', 'SK-economy-605-20180520', 'AL-economy-620-20180520', 'FR-economy-37-20180520')
st('2018-05-20-mnuchin-says-tariffs-on-hold', 'AL-economy-627-20180520', 'SK-economy-607-20180520')
st('2018-05-21-trump-says-china-will-buy-huge-farm-purchases', 'AL-economy-633-20180521')
hn('2018-05-19-us-china-joint-statement-no-trade-war', '2018-05-20-mnuchin-says-tariffs-on-hold',
   "joint statement / Liu He's announcement (Sat) vs Mnuchin's Fox interview suspending tariffs the next day")
hn('2018-05-20-mnuchin-says-tariffs-on-hold', '2018-05-21-trump-says-china-will-buy-huge-farm-purchases',
   "Mnuchin's interview vs Trump's tweets on Chinese farm purchases a day later")
# seed 16
st('2018-04-30-fujairah-reinstates-maradona', 'SK-sport-946-20180430', 'AL-sport-1410-20180430')
st('2018-04-27-fujairah-sacks-maradona', 'BB-sport-132-20180428', 'SK-sport-907-20180428')
st('2018-05-03-fujairah-halts-maradona-contract-talks', 'AL-sport-1378-20180503')
hn('2018-04-30-fujairah-reinstates-maradona', '2018-04-27-fujairah-sacks-maradona', 'Maradona leaves/sacked after failing promotion vs reinstated three days later')
hn('2018-04-30-fujairah-reinstates-maradona', '2018-05-03-fujairah-halts-maradona-contract-talks', 'reinstatement with a new year vs the club halting the renewal talks three days later')
# seed 17
st('2018-08-14-king-salman-receives-sisi-in-neom', 'CN-middleEast-1209-20180814', ('CN-middleEast-1211-20180814', 'duplicate of CN-middleEast-1209-20180814'), 'SK-middleEast-3401-20180814')
# seed 18
st('2018-03-04-epl-man-city-1-0-chelsea', 'BB-sport-60-20180305', 'AL-sport-410-20180304',
   ('CN-sport-67-20180304', "leads with the result; angle on Chelsea's season"))
# seed 19
st('2018-03-04-afghanistan-arrests-is-commanders-in-kabul', 'BB-internationalNews-97-20180304')
# seed 20
st('2018-03-21-reading-part-ways-with-jaap-stam', 'AL-sport-783-20180321')
# seed 21 CN-middleEast-624 skipped: round-up of Arab reactions to the Syria strikes
# seed 22 SK-internationalNews-650 skipped: profile of Kim Jong Un's wife
# seed 23
st('2018-03-30-russia-expels-diplomats-of-23-countries',
   ('SK-internationalNews-694-20180330', "title also mentions the deadline for Britain; lead is the summoning of the ambassadors"),
   'SK-internationalNews-695-20180330', 'BB-internationalNews-255-20180330', 'AL-internationalNews-694-20180330',
   ('AL-internationalNews-691-20180330', 'the Dutch share of the same summons'))
st('2018-03-31-russia-tells-uk-to-cut-50-more-diplomats', 'AL-internationalNews-716-20180331', 'BB-internationalNews-258-20180331', 'SK-internationalNews-702-20180331')
st('2018-03-29-russia-expels-60-us-diplomats-closes-st-petersburg-consulate', 'BB-internationalNews-252-20180329', 'CN-internationalNews-197-20180329', 'SK-internationalNews-676-20180329')
hn('2018-03-30-russia-expels-diplomats-of-23-countries', '2018-03-29-russia-expels-60-us-diplomats-closes-st-petersburg-consulate',
   'Russian retaliation: against the US (Mar 29) vs against 23 other countries the next day')
hn('2018-03-30-russia-expels-diplomats-of-23-countries', '2018-03-31-russia-tells-uk-to-cut-50-more-diplomats',
   'mirror expulsions of 23 countries vs the separate demand that Britain withdraw 50 more, a day later')
# seed 24
st('2018-08-27-chemnitz-clashes-after-stabbing', 'BB-internationalNews-1034-20180828')
# seed 25 AL-sport-1045 skipped: opinion column
# seed 26
st('2018-05-15-yemeni-abductees-mothers-protest-at-un-office-sanaa', 'AL-internationalNews-1183-20180515')
# seed 27
st('2018-08-16-israeli-settler-killed-in-ramming-near-nablus', 'SK-middleEast-3429-20180816')
# seed 28
st('2018-05-19-gunmen-attack-church-in-chechnya', 'SK-internationalNews-1670-20180519')
st('2018-05-21-saudi-condemns-chechnya-church-attack', 'CN-middleEast-996-20180521')
hn('2018-05-19-gunmen-attack-church-in-chechnya', '2018-05-21-saudi-condemns-chechnya-church-attack', 'the attack vs a Saudi condemnation two days later')
# seed 29
st('2018-05-27-israeli-tank-shell-kills-two-in-south-gaza', 'SK-middleEast-1973-20180527', 'AL-internationalNews-1349-20180527', 'CN-middleEast-1030-20180527', 'FR-middleEast-536-20180527')
st('2018-05-26-israel-strikes-two-hamas-sites-in-gaza', 'SK-middleEast-1963-20180526')
st('2018-05-28-palestinian-killed-by-israeli-fire-north-gaza', 'AL-internationalNews-1365-20180528', 'SK-middleEast-2009-20180528')
hn('2018-05-27-israeli-tank-shell-kills-two-in-south-gaza', '2018-05-26-israel-strikes-two-hamas-sites-in-gaza', 'night air strikes on two Hamas sites (Sat) vs tank shelling that killed two the next morning')
hn('2018-05-27-israeli-tank-shell-kills-two-in-south-gaza', '2018-05-28-palestinian-killed-by-israeli-fire-north-gaza', 'two killed in the south (Sun) vs one killed in the north the next day')
# seed 30 SK-technology-1110 skipped: infographic round-up of record temperatures
# seed 31
st('2018-09-01-tunisia-raises-fuel-prices-fourth-time', 'SK-economy-1249-20180901', 'BB-economy-222-20180902', 'CN-economy-233-20180902',
   ('CN-economy-248-20180902', 'duplicate of CN-economy-233-20180902'))
st('2018-08-31-tunisia-sacks-energy-minister-over-corruption', 'BB-middleEast-919-20180831')
hn('2018-09-01-tunisia-raises-fuel-prices-fourth-time', '2018-08-31-tunisia-sacks-energy-minister-over-corruption',
   "Tunisian energy news a day apart: minister sacked over suspected corruption vs fuel price rise")
# seed 32
st('2018-08-09-coelacanth-killed-by-plastic-photo', 'SK-technology-1286-20180809')
# seed 34
st('2018-06-21-trump-says-remains-of-us-soldiers-on-their-way', 'SK-internationalNews-2270-20180622')
st('2018-06-20-trump-claims-north-korea-returned-200-remains', 'SK-internationalNews-2247-20180621')
hn('2018-06-21-trump-says-remains-of-us-soldiers-on-their-way', '2018-06-20-trump-claims-north-korea-returned-200-remains',
   "Trump's rally claim that 200 remains were returned (Wed) vs his correction at a cabinet meeting the next day")
# seed 33
st('2018-10-02-russia-replies-to-us-nato-envoy-missile-threat', 'SK-internationalNews-3285-20181003')
# seed 35
st('2018-04-29-nba-playoffs-houston-110-96-utah-game1', 'SK-sport-941-20180430')
# seed 36
st('2018-04-06-us-finds-remains-of-woman-missing-50-years', 'BB-internationalNews-298-20180406')
# seed 37
st('2018-10-07-interpol-announces-meng-hongwei-resignation', 'CN-internationalNews-654-20181007', ('CN-internationalNews-670-20181007', 'duplicate of CN-internationalNews-654-20181007'),
   'SK-internationalNews-3347-20181007')
st('2018-10-07-china-confirms-interpol-chief-under-investigation', 'BB-internationalNews-1165-20181007', 'CN-internationalNews-653-20181007',
   ('CN-internationalNews-671-20181007', 'duplicate of CN-internationalNews-653-20181007'),
   ('SK-internationalNews-3348-20181007', "title also has the wife's knife message; lead is China's statement"))
st('2018-10-08-china-says-meng-investigated-for-bribery', 'BB-internationalNews-1166-20181008', 'CN-internationalNews-657-20181008',
   ('CN-internationalNews-667-20181008', 'duplicate of CN-internationalNews-657-20181008'), 'SK-internationalNews-3356-20181008')
hn('2018-10-07-interpol-announces-meng-hongwei-resignation', '2018-10-07-china-confirms-interpol-chief-under-investigation',
   "same evening: China's anti-graft body confirms the investigation vs Interpol announcing his resignation")
hn('2018-10-07-china-confirms-interpol-chief-under-investigation', '2018-10-08-china-says-meng-investigated-for-bribery',
   "Sunday's one-line confirmation of an investigation vs Monday's ministry statement naming bribery")
# seed 38 AL-technology-19 skipped: how-to explainer (Instagram)
# seed 39
st('2018-03-21-boom-supersonic-unveils-xb1-model', 'SK-technology-213-20180321')
# seed 40
st('2018-04-11-ai-researchers-end-kaist-killer-robot-boycott', 'SK-internationalNews-893-20180411')
# ---- 35 seed stories reached; below, hard-negative stories for seeds that had none yet ----
st('2018-07-05-study-dehydration-impairs-driving', 'SK-technology-1048-20180705')
hn('2018-07-08-study-dehydration-affects-cognition', '2018-07-05-study-dehydration-impairs-driving',
   'two different studies on dehydration three days apart (athletes cognition vs drivers)')
st('2018-05-13-salah-32-goal-record-as-liverpool-beat-brighton', 'AL-sport-1534-20180513', 'SK-sport-1149-20180513', 'SK-sport-1153-20180513')
st('2018-05-13-salah-wins-premier-league-player-of-season-award', 'AL-sport-1533-20180513', 'BB-sport-152-20180513', 'SK-sport-1145-20180513')
hn('2018-05-13-man-city-first-to-100-points', '2018-05-13-salah-32-goal-record-as-liverpool-beat-brighton',
   "final Premier League day: City's 100-point record (win at Southampton) vs Salah's 32-goal record (win over Brighton)")
hn('2018-05-13-salah-32-goal-record-as-liverpool-beat-brighton', '2018-05-13-salah-wins-premier-league-player-of-season-award',
   "same day, same player: scoring record in the last match vs the league's player-of-the-season award")
st('2018-03-01-epl-man-city-3-0-arsenal', 'SK-sport-186-20180301')
hn('2018-03-04-epl-man-city-1-0-chelsea', '2018-03-01-epl-man-city-3-0-arsenal', "City's consecutive league wins over two London sides three days apart")
st('2018-05-02-nba-playoffs-utah-116-108-houston-game2', 'SK-sport-985-20180503')
hn('2018-04-29-nba-playoffs-houston-110-96-utah-game1', '2018-05-02-nba-playoffs-utah-116-108-houston-game2', 'game 1 vs game 2 of the same series')
st('2018-09-03-turkish-inflation-hits-15-year-high', 'CN-economy-245-20180903',
   ('SK-economy-1240-20180903', 'lead opens with the lira falling as inflation hits a record; the news is the August inflation data'))
hn('2018-09-10-turkey-q2-growth-slows-to-5-2', '2018-09-03-turkish-inflation-hits-15-year-high', 'two Turkish statistics releases a week apart during the lira crisis (inflation vs GDP growth)')
st('2018-08-17-attempted-stabbing-of-police-officer-in-jerusalem-video', ('CN-middleEast-1246-20180817', 'video of the event'))
hn('2018-08-16-israeli-settler-killed-in-ramming-near-nablus', '2018-08-17-attempted-stabbing-of-police-officer-in-jerusalem-video',
   'two Palestinian attacks a day apart (ramming near Nablus vs attempted stabbing in the Old City)')
st('2018-03-02-car-bomb-targets-foreign-convoy-in-kabul', 'AL-internationalNews-294-20180302')
hn('2018-03-04-afghanistan-arrests-is-commanders-in-kabul', '2018-03-02-car-bomb-targets-foreign-convoy-in-kabul', 'Kabul security news two days apart: suicide car bomb vs arrests of IS commanders')
st('2018-05-29-gaza-militants-fire-mortar-barrage-at-southern-israel', 'AL-internationalNews-1371-20180529', 'CN-middleEast-1039-20180529',
   'FR-middleEast-543-20180529', 'SK-middleEast-2017-20180529')
hn('2018-05-27-israeli-tank-shell-kills-two-in-south-gaza', '2018-05-29-gaza-militants-fire-mortar-barrage-at-southern-israel',
   'Israeli shelling that killed two militants vs the mortar/rocket barrage from Gaza two days later (presented as retaliation)')
st('2018-10-05-france-opens-inquiry-into-interpol-chief-disappearance', 'BB-internationalNews-1145-20181005', 'CN-internationalNews-643-20181005',
   ('CN-internationalNews-676-20181005', 'near-duplicate of CN-internationalNews-643-20181005'), 'SK-internationalNews-3308-20181005')
st('2018-10-06-interpol-formally-asks-china-about-meng', 'BB-internationalNews-1158-20181006', 'SK-internationalNews-3320-20181006')
hn('2018-10-05-france-opens-inquiry-into-interpol-chief-disappearance', '2018-10-06-interpol-formally-asks-china-about-meng',
   "French police inquiry into the disappearance vs Interpol's formal request to Beijing the next day")
hn('2018-10-06-interpol-formally-asks-china-about-meng', '2018-10-07-china-confirms-interpol-chief-under-investigation',
   "Interpol's request for information vs China's confirmation a day later")
st('2018-03-19-macron-wishes-russia-success-after-putin-reelection', 'FR-internationalNews-531-20180320',
   ('FR-internationalNews-533-20180320', 'near-duplicate of FR-internationalNews-531-20180320'))
st('2018-03-20-trump-calls-putin-to-congratulate', 'SK-internationalNews-470-20180320', 'BB-internationalNews-199-20180321')
hn('2018-03-18-putin-wins-fourth-term', '2018-03-19-macron-wishes-russia-success-after-putin-reelection', 'the election result vs a foreign leader reacting to it a day later')
hn('2018-03-19-macron-wishes-russia-success-after-putin-reelection', '2018-03-20-trump-calls-putin-to-congratulate',
   "two Western leaders' responses to Putin's re-election a day apart (Macron's statement vs Trump's phone call)")
st('2018-07-24-cnn-airs-trump-cohen-tape', 'BB-internationalNews-871-20180725')
hn('2018-07-20-nyt-reveals-cohen-taped-trump-on-playboy-payment', '2018-07-24-cnn-airs-trump-cohen-tape',
   'report that the tape exists vs the broadcast of the tape itself four days later')
st('2018-06-23-us-sends-215-coffins-to-north-korea-for-remains', 'SK-internationalNews-2286-20180623')
hn('2018-06-21-trump-says-remains-of-us-soldiers-on-their-way', '2018-06-23-us-sends-215-coffins-to-north-korea-for-remains',
   "Trump's statement on the remains vs the US army sending coffins to the border two days later")
st('2018-03-30-russia-protests-uk-search-of-aeroflot-plane-at-heathrow', 'SK-internationalNews-698-20180330', 'SK-internationalNews-701-20180331',
   'AL-internationalNews-712-20180331', ('SK-internationalNews-706-20180331', "leads with the transport ministry's threat of reciprocal searches (same statement as AL-internationalNews-712)"))
hn('2018-03-31-russia-tells-uk-to-cut-50-more-diplomats', '2018-03-30-russia-protests-uk-search-of-aeroflot-plane-at-heathrow',
   'same day, same Russia-UK row: demand to withdraw 50 more diplomats vs protest over the search of an Aeroflot plane')
st('2018-05-22-china-cuts-car-import-tariffs', 'SK-economy-622-20180522', 'AL-economy-639-20180522')
hn('2018-05-21-trump-says-china-will-buy-huge-farm-purchases', '2018-05-22-china-cuts-car-import-tariffs',
   "after the trade truce: Trump's claim on farm purchases vs China's finance ministry cutting car tariffs the next day")
st('2018-05-13-salah-tweets-after-golden-boot', 'SK-sport-1161-20180513')
hn('2018-05-13-salah-32-goal-record-as-liverpool-beat-brighton', '2018-05-13-salah-tweets-after-golden-boot',
   "the record-setting match vs Salah's own tweet about it the same evening")
