# Every judgment: (story slug, [(id, note or None), ...]); hard negatives: (a, b, why)
S = []
HN = []
def st(slug, *ids):
    S.append((slug, [(i, None) if isinstance(i, str) else i for i in ids]))
def hn(a, b, why): HN.append((a, b, why))

# seed 0
st('2018-07-21-morocco-appoints-299-women-as-marriage-notaries', 'FR-internationalNews-2432-20180721', 'SK-middleEast-3044-20180722')
# seed 1 (AP investigation; no other outlet carried it within +-3 days)
st('2018-08-13-ap-finds-google-tracks-users-with-location-history-off', 'SK-technology-1322-20180814')
# seed 2
st('2018-02-16-spanish-fa-sets-date-for-presidential-election', 'AL-sport-40-20180216')
# seed 3
st('2018-06-09-colombia-loses-fabra-to-acl-injury', 'AL-sport-1879-20180609')
# seed 4 BB-middleEast-955 skipped (see seed_log)
# seed 5 AL-economy-80 skipped
# seed 6
st('2018-10-10-hurricane-michael-hits-florida', 'SK-internationalNews-3420-20181011', 'BB-internationalNews-1178-20181010',
   'SK-internationalNews-3412-20181010', 'SK-internationalNews-3418-20181011', 'BB-internationalNews-1179-20181011',
   'SK-internationalNews-3429-20181011', ('CN-internationalNews-689-20181011', 'short video of the event'))
st('2018-10-08-storm-michael-becomes-hurricane', 'SK-internationalNews-3363-20181008', 'SK-internationalNews-3370-20181009')
hn('2018-10-10-hurricane-michael-hits-florida', '2018-10-08-storm-michael-becomes-hurricane',
   'the NHC upgrade of the storm to a hurricane threatening Florida (Oct 8) vs its landfall two days later')
# seed 7
st('2018-08-17-apple-says-no-customer-data-compromised-after-teen-hack', 'SK-technology-1345-20180817')
# seed 8
st('2018-04-11-corker-fears-us-will-not-deliver-on-syria-threat', 'CN-middleEast-582-20180411')
st('2018-04-11-trump-tweets-russia-get-ready-smart-missiles-syria', 'SK-middleEast-943-20180411', 'CN-middleEast-574-20180411',
   'BB-middleEast-330-20180411', 'FR-internationalNews-677-20180411')
hn('2018-04-11-corker-fears-us-will-not-deliver-on-syria-threat', '2018-04-11-trump-tweets-russia-get-ready-smart-missiles-syria',
   "Trump's missile tweet vs a senator's comment on it the same day (reaction)")
# seed 9
st('2018-06-14-unsc-calls-to-keep-hodeidah-port-open', 'AL-internationalNews-1627-20180615')
st('2018-06-13-uk-requests-emergency-unsc-meeting-on-hodeidah', 'BB-middleEast-616-20180613')
hn('2018-06-14-unsc-calls-to-keep-hodeidah-port-open', '2018-06-13-uk-requests-emergency-unsc-meeting-on-hodeidah',
   "Britain's request for an emergency Council meeting (Jun 13) vs the Council's statement after the closed session (Jun 14)")
# seed 10
st('2018-03-30-baton-rouge-fires-officer-who-shot-alton-sterling', 'BB-internationalNews-260-20180331')
# seed 11
st('2018-04-23-steinitz-warns-assad-over-iran', 'SK-middleEast-1199-20180423')
# seed 12
st('2018-08-09-russia-vows-retaliation-for-us-skripal-sanctions', 'SK-internationalNews-2933-20180809', 'CN-internationalNews-453-20180809',
   ('SK-internationalNews-2936-20180809', 'duplicate of SK-internationalNews-2933-20180809'))
st('2018-08-08-us-imposes-sanctions-on-russia-over-skripal', 'BB-internationalNews-945-20180808', 'FR-internationalNews-2626-20180808',
   'SK-internationalNews-2923-20180808')
hn('2018-08-09-russia-vows-retaliation-for-us-skripal-sanctions', '2018-08-08-us-imposes-sanctions-on-russia-over-skripal',
   "the US sanctions announcement vs the Russian foreign ministry's vow of retaliation the next day (reaction)")
# seed 13
st('2018-05-20-sadr-meets-amiri', 'SK-middleEast-1834-20180520')
st('2018-05-20-sources-sadr-conditions-abadi-support-on-leaving-dawa', 'SK-middleEast-1825-20180520')
hn('2018-05-20-sadr-meets-amiri', '2018-05-20-sources-sadr-conditions-abadi-support-on-leaving-dawa',
   "same day, Iraqi government formation: Sadr's meeting with Amiri vs sources' report of his condition on Abadi")
# seed 14
st('2018-02-18-mps-urge-medical-cannabis-licence-for-alfie', 'BB-technology-1-20180218')
# seed 15
st('2018-07-24-eu-proposes-6000-euros-per-rescued-migrant', 'SK-internationalNews-2822-20180724')
# seed 16
st('2018-05-28-liverpool-doctor-to-accompany-salah-to-russia', 'SK-sport-1370-20180528')
st('2018-05-28-efa-says-salah-to-spain-for-treatment', 'SK-sport-1371-20180528', 'AL-sport-1735-20180528', 'FR-internationalNews-1505-20180529')
hn('2018-05-28-liverpool-doctor-to-accompany-salah-to-russia', '2018-05-28-efa-says-salah-to-spain-for-treatment',
   "same day, Salah's injury: Sky sources on the Liverpool doctor vs the Egyptian FA's statement on treatment in Spain")
# seed 17
st('2018-03-22-algerian-army-rescues-people-stranded-by-snow', 'SK-middleEast-488-20180323')
# seed 18
st('2018-06-18-salah-tweets-ready-for-russia', 'SK-sport-1728-20180618')
st('2018-06-18-cuper-presser-salah-fitness-test', 'BB-sport-220-20180619', 'SK-sport-1754-20180619')
hn('2018-06-18-salah-tweets-ready-for-russia', '2018-06-18-cuper-presser-salah-fitness-test',
   "eve of Egypt-Russia: Salah's tweet vs Cuper's press conference saying he will be tested")
# seed 19 SK-middleEast-2475 skipped: commentary on Houthi conduct; seed 20 SK-internationalNews-504 skipped: preview of a speech
# seed 21
st('2018-05-08-sweden-police-allow-mosque-call-to-prayer', 'SK-internationalNews-1451-20180508',
   ('SK-internationalNews-1474-20180508', 'duplicate of SK-internationalNews-1451-20180508'))
# seed 22
st('2018-07-04-irgc-soleimani-threatens-to-block-regional-oil-exports', 'SK-middleEast-2747-20180704')
st('2018-07-04-us-military-vows-to-keep-gulf-shipping-lanes-open', 'SK-internationalNews-2487-20180705')
hn('2018-07-04-irgc-soleimani-threatens-to-block-regional-oil-exports', '2018-07-04-us-military-vows-to-keep-gulf-shipping-lanes-open',
   "Iranian threat to block the region's oil exports vs the US military's reply the same night (reaction)")
# seed 23
st('2018-03-16-johnson-says-putin-himself-ordered-skripal-attack', 'AL-internationalNews-495-20180316', 'CN-internationalNews-136-20180317')
st('2018-03-16-kremlin-calls-johnson-accusation-shocking-unforgivable', 'SK-internationalNews-387-20180316')
hn('2018-03-16-johnson-says-putin-himself-ordered-skripal-attack', '2018-03-16-kremlin-calls-johnson-accusation-shocking-unforgivable',
   "Johnson's accusation against Putin vs the Kremlin's reply the same day (reaction)")
# seed 24
st('2018-05-18-villarreal-names-salem-al-dawsari-in-squad-for-real', 'AL-sport-1608-20180518')
st('2018-05-19-villarreal-2-2-real-madrid-with-al-dawsari', 'AL-sport-1623-20180520')
hn('2018-05-18-villarreal-names-salem-al-dawsari-in-squad-for-real', '2018-05-19-villarreal-2-2-real-madrid-with-al-dawsari',
   'squad announcement (Fri) vs the match itself (Sat)')
# seed 25 BB-technology-153 skipped: feature
# seed 26
st('2018-09-03-caf-champions-league-quarter-final-draw', 'SK-sport-2607-20180903')
st('2018-09-04-club-world-cup-2018-draw', 'CN-sport-388-20180904')
hn('2018-09-03-caf-champions-league-quarter-final-draw', '2018-09-04-club-world-cup-2018-draw',
   'two football draws a day apart (African Champions League quarter-finals in Cairo vs Club World Cup in Zurich)')
# seed 27 BB-internationalNews-325 skipped: explainer; seed 28 SK-technology-1176 skipped: feature
# seed 29
st('2018-04-16-us-says-russia-may-have-tampered-with-douma-site', 'SK-middleEast-1048-20180416', 'BB-middleEast-353-20180416')
st('2018-04-16-opcw-chief-says-inspectors-not-yet-allowed-into-douma', 'FR-internationalNews-749-20180416')
hn('2018-04-16-us-says-russia-may-have-tampered-with-douma-site', '2018-04-16-opcw-chief-says-inspectors-not-yet-allowed-into-douma',
   "same OPCW emergency session: Western delegates' tampering accusation vs the director-general's statement that the team was kept out for security reasons")
# seed 30 AL-internationalNews-1625 skipped: profile
# seed 31
st('2018-03-22-former-south-korean-president-lee-arrested', 'SK-internationalNews-520-20180322')
# seed 32
st('2018-06-09-ittihad-jeddah-signs-jaber-issa', 'AL-sport-1877-20180609')
st('2018-06-09-ittihad-jeddah-signs-hassan-muath', 'AL-sport-1886-20180609')
hn('2018-06-09-ittihad-jeddah-signs-jaber-issa', '2018-06-09-ittihad-jeddah-signs-hassan-muath', 'same club, same day, two different signings')
# seed 33
st('2018-07-09-griezmann-says-euro-2016-pressure-was-greater', 'AL-sport-2278-20180709', 'SK-sport-2069-20180709')
st('2018-07-09-mbappe-misses-france-training-before-belgium', 'AL-sport-2286-20180709')
hn('2018-07-09-griezmann-says-euro-2016-pressure-was-greater', '2018-07-09-mbappe-misses-france-training-before-belgium',
   "same team, same day before the semi-final: Griezmann's remarks vs Mbappe missing the last training (the semi-final itself is in the dev gold)")
# seed 34 (FR-internationalNews-790, France 24's debate-show page on the opening, left out)
st('2018-04-18-saudi-arabia-opens-first-cinema-in-riyadh', 'FR-culture-47-20180419',
   ('BB-culture-118-20180418', 'same-day piece whose only news is the opening that evening'))
st('2018-04-20-first-public-cinema-screening-in-saudi-arabia', 'BB-culture-122-20180421', 'FR-culture-48-20180421')
st('2018-04-19-vox-cinemas-gets-saudi-licence', 'CN-economy-83-20180419')
hn('2018-04-18-saudi-arabia-opens-first-cinema-in-riyadh', '2018-04-20-first-public-cinema-screening-in-saudi-arabia',
   'the invitation-only opening gala (Wed) vs the first public screening for families two days later')
hn('2018-04-18-saudi-arabia-opens-first-cinema-in-riyadh', '2018-04-19-vox-cinemas-gets-saudi-licence',
   "AMC's opening in Riyadh vs a second operator (Vox) getting its licence the next day")
# seed 35 SK-middleEast-719 skipped: feature
# seed 36
st('2018-02-22-scientists-head-to-antarctic-iceberg-region', 'SK-technology-53-20180222')
# seed 37 BB-sport-168 skipped: preview; seed 38 SK-sport-940 skipped: pre-match quote (curtain-raiser)
# seed 39
st('2018-06-12-brothel-owner-wins-nevada-republican-primary', 'FR-internationalNews-1855-20180616')
# seed 40
st('2018-05-27-abbas-hospital-stay-extended-health-improving', 'AL-internationalNews-1351-20180527', 'CN-middleEast-1033-20180527', 'SK-middleEast-1976-20180527')
st('2018-05-28-abbas-leaves-hospital', 'AL-internationalNews-1360-20180528', 'FR-internationalNews-1496-20180528',
   'CN-middleEast-1035-20180528', 'SK-middleEast-2002-20180528')
hn('2018-05-27-abbas-hospital-stay-extended-health-improving', '2018-05-28-abbas-leaves-hospital',
   'discharge postponed (Sun) vs discharge the next day')
# seed 41 SK-middleEast-1164 skipped: feature
# seed 42
st('2018-06-18-neymar-misses-brazil-group-training', 'SK-sport-1753-20180619')
st('2018-06-19-neymar-leaves-training-with-ankle-pain', 'AL-sport-2047-20180619', 'SK-sport-1762-20180619')
st('2018-06-20-neymar-returns-to-brazil-training', 'SK-sport-1788-20180620')
hn('2018-06-18-neymar-misses-brazil-group-training', '2018-06-19-neymar-leaves-training-with-ankle-pain',
   'Neymar absent from group training (Mon) vs limping out of training with ankle pain (Tue)')
hn('2018-06-19-neymar-leaves-training-with-ankle-pain', '2018-06-20-neymar-returns-to-brazil-training',
   'leaves training injured (Tue) vs returns to normal training (Wed)')
# seed 43
st('2018-02-25-dp-world-chief-rejects-djibouti-seizure-of-doraleh', 'SK-economy-68-20180225')
st('2018-02-22-dp-world-accuses-djibouti-of-seizing-doraleh', 'CN-economy-27-20180222')
st('2018-02-24-gargash-calls-djibouti-seizure-a-blow', 'CN-economy-35-20180225')
hn('2018-02-25-dp-world-chief-rejects-djibouti-seizure-of-doraleh', '2018-02-22-dp-world-accuses-djibouti-of-seizing-doraleh',
   "DP World's first statement on the seizure (Feb 22) vs its chairman's interview three days later")
hn('2018-02-25-dp-world-chief-rejects-djibouti-seizure-of-doraleh', '2018-02-24-gargash-calls-djibouti-seizure-a-blow',
   "same dispute, about the same time: the UAE minister's tweets vs the company chairman's interview")
# seed 44
st('2018-10-08-pompeo-briefs-on-kim-summit-before-china-visit', 'CN-internationalNews-658-20181008',
   ('CN-internationalNews-668-20181008', 'duplicate of CN-internationalNews-658-20181008'))
st('2018-10-07-seoul-says-second-trump-kim-summit-soon', 'SK-internationalNews-3336-20181007')
hn('2018-10-08-pompeo-briefs-on-kim-summit-before-china-visit', '2018-10-07-seoul-says-second-trump-kim-summit-soon',
   "Seoul's announcement after Pompeo met Kim (Sun) vs Pompeo's remarks to reporters before leaving for Beijing (Mon)")
# seed 45
st('2018-10-06-turkish-prosecutor-opens-khashoggi-inquiry', 'BB-internationalNews-1161-20181006', 'CN-middleEast-1427-20181006')
st('2018-10-07-saudi-consulate-source-denies-khashoggi-killed', 'SK-middleEast-3757-20181007', 'CN-middleEast-1429-20181007')
st('2018-10-07-erdogan-first-comment-on-khashoggi', 'BB-middleEast-1070-20181007', 'CN-middleEast-1434-20181007')
hn('2018-10-06-turkish-prosecutor-opens-khashoggi-inquiry', '2018-10-07-saudi-consulate-source-denies-khashoggi-killed',
   "Turkish inquiry announcement with reports that he was killed (Sat) vs the Saudi consulate's denial of those reports (Sun night)")
hn('2018-10-07-saudi-consulate-source-denies-khashoggi-killed', '2018-10-07-erdogan-first-comment-on-khashoggi',
   "same day: Saudi denial vs Erdogan's first public comment on the case")
# seed 46
st('2018-05-08-facebook-defends-whatsapp-encryption', 'SK-technology-619-20180509',
   ('SK-technology-609-20180509', 'near-duplicate of SK-technology-619-20180509 (same article, second URL)'))
# seed 47
st('2018-07-16-egypt-speaker-defends-citizenship-for-deposit-law', 'SK-middleEast-2924-20180716')
st('2018-07-15-egypt-parliament-approves-citizenship-law-articles', 'AL-economy-1026-20180715')
st('2018-07-16-egypt-parliament-gives-final-approval-to-citizenship-law', 'FR-internationalNews-2349-20180717',
   ('BB-middleEast-742-20180716', 'leads with the approved amendments and the row over them; reports the Monday session that voted'))
hn('2018-07-16-egypt-speaker-defends-citizenship-for-deposit-law', '2018-07-15-egypt-parliament-approves-citizenship-law-articles',
   "Sunday's approval of the bill's articles vs the speaker defending the law the next day")
hn('2018-07-15-egypt-parliament-approves-citizenship-law-articles', '2018-07-16-egypt-parliament-gives-final-approval-to-citizenship-law',
   'approval of the articles as a whole on Sunday (final vote postponed for lack of a two-thirds quorum) vs the final vote on Monday')
hn('2018-07-16-egypt-speaker-defends-citizenship-for-deposit-law', '2018-07-16-egypt-parliament-gives-final-approval-to-citizenship-law',
   "same Monday session: the speaker's defence of the law vs the final vote")
# seed 48
st('2018-07-22-ozil-defends-erdogan-photo', 'FR-internationalNews-2447-20180722', 'AL-sport-2434-20180722', 'BB-sport-293-20180722',
   'SK-internationalNews-2781-20180722')
st('2018-07-22-ozil-quits-germany-national-team', 'AL-sport-2442-20180722', 'SK-sport-2309-20180722', 'BB-sport-294-20180723',
   ('FR-sport-280-20180723', "title also carries Merkel's reaction; lead is the retirement"))
hn('2018-07-22-ozil-defends-erdogan-photo', '2018-07-22-ozil-quits-germany-national-team',
   'same day, same statement series: first two parts defending the photo (afternoon) vs the third part announcing retirement from Germany (evening)')
# seed 49 SK-sport-1893 skipped: commentary on the France-Denmark draw
# seed 50 (SK-technology-828 of Jun 4, a rain forecast for the New Mexico and Colorado fires, left out)
st('2018-06-02-new-mexico-wildfire-forces-evacuations', 'SK-internationalNews-1924-20180602')
# seed 51
st('2018-09-01-cyprus-picks-up-35-syrian-migrants', 'SK-internationalNews-3103-20180902')
# seed 52 (title says "sentenced"; the lead is the prosecution's demand)
st('2018-05-18-indonesian-prosecutors-seek-death-for-aman-abdurrahman', 'AL-internationalNews-1230-20180518')
st('2018-05-16-sword-attack-on-riau-police-hq-indonesia', 'AL-internationalNews-1189-20180516', 'SK-internationalNews-1597-20180516')
hn('2018-05-18-indonesian-prosecutors-seek-death-for-aman-abdurrahman', '2018-05-16-sword-attack-on-riau-police-hq-indonesia',
   'Indonesian militancy two days apart: attack on the Riau police headquarters vs the death-penalty demand against the cleric')
# seed 53 SK-economy-1062 skipped: analysis
# seed 54
st('2018-02-19-smart-dubai-launches-blockchain-city-university-platform', 'AL-economy-57-20180219')
# seed 55
st('2018-05-27-le-point-complains-of-harassment-over-erdogan-dictator-cover', 'SK-internationalNews-1815-20180527', 'FR-internationalNews-1497-20180528')
st('2018-05-28-macron-condemns-removal-of-le-point-posters', 'SK-internationalNews-1834-20180528')
hn('2018-05-27-le-point-complains-of-harassment-over-erdogan-dictator-cover', '2018-05-28-macron-condemns-removal-of-le-point-posters',
   "the magazine's complaint vs Macron's condemnation the next evening (reaction)")
# seed 56
st('2018-02-03-syrian-hijabi-singer-manal-on-the-voice-france', ('AL-culture-39-20180205', 'built around the video of her audition'))
st('2018-02-09-manal-withdraws-from-the-voice-france', 'AL-culture-28-20180209', 'BB-culture-12-20180209')
hn('2018-02-03-syrian-hijabi-singer-manal-on-the-voice-france', '2018-02-09-manal-withdraws-from-the-voice-france',
   'her audition (aired Feb 3) vs her withdrawal from the show six days later')
# seed 57
st('2018-10-15-jaber-nassib-crossing-reopens', 'CN-middleEast-1542-20181015', 'CN-middleEast-1533-20181015', 'SK-middleEast-3876-20181015',
   ('SK-middleEast-3878-20181015', 'near-duplicate of SK-middleEast-3876-20181015'))
st('2018-10-14-jordan-and-syria-announce-nassib-reopening', 'BB-middleEast-1102-20181014', 'SK-middleEast-3861-20181014',
   ('SK-middleEast-3868-20181014', 'published the night before; its news is the announced reopening'))
st('2018-10-15-quneitra-crossing-to-golan-reopens', 'SK-middleEast-3880-20181015', 'CN-middleEast-1534-20181015',
   ('CN-middleEast-1536-20181015', 'short video of the event'))
hn('2018-10-15-jaber-nassib-crossing-reopens', '2018-10-14-jordan-and-syria-announce-nassib-reopening',
   'announcement of the reopening date (Sun) vs the reopening itself (Mon)')
hn('2018-10-15-jaber-nassib-crossing-reopens', '2018-10-15-quneitra-crossing-to-golan-reopens',
   "same morning, southern Syria: the Jordan crossing vs the Quneitra crossing to the occupied Golan")
# extra pairs between stories already judged
hn('2018-10-06-turkish-prosecutor-opens-khashoggi-inquiry', '2018-10-07-erdogan-first-comment-on-khashoggi',
   "prosecutor's inquiry announcement (Sat) vs Erdogan's first comment on the inquiry (Sun)")
hn('2018-04-20-first-public-cinema-screening-in-saudi-arabia', '2018-04-19-vox-cinemas-gets-saudi-licence',
   'Saudi cinemas: Vox licence vs the first public screening the next day')
hn('2018-02-22-dp-world-accuses-djibouti-of-seizing-doraleh', '2018-02-24-gargash-calls-djibouti-seizure-a-blow',
   "DP World's accusation vs the UAE minister's reaction two days later")
