//! Stories: articles grouped by the happening they report, across outlets and days.
//!
//! - An article is the unit vector of its terms, weighed by how rare they are in news and by
//!   where they stand: the title and lead say what the story is ([`terms`]).
//! - Two articles are alike by the cosine of their vectors, fading with the time between them:
//!   the same words a week apart are most often another happening on the same topic.
//! - Only pairs that share one of their heaviest terms and stand within `window_days` of each
//!   other are compared (an inverted index), so the cost grows with the corpus, not its square.
//!   Pairs that share a term only further down either's heaviest (`DEEP_TERMS`) are compared for
//!   their likeness but never told apart: two reports of one happening told in other words
//!   share their lesser terms, and two articles alike only there would join no story on their
//!   own, so what their headlines name should not split one that holds both.
//! - Two articles whose headlines name different actors (a decision and another government's
//!   reaction to it, [`actors`]) are a little unlike (`ACTED_APART`): alike as their words are,
//!   they report two happenings, and the reaction does not join the decision's story through
//!   the likeness of its other reports either.
//! - Two articles whose headlines name different kinds of happening (a killing and an opening,
//!   a phone call and a visit, [`happenings`]) are as unlike as a copy is alike: however alike
//!   the articles around them, a small group does not hold both.
//! - Two articles whose first sentences date their news on different days (يوم الأحد and the
//!   next day's اليوم الاثنين, [`days`]) and that share less than most of their words are unlike
//!   in the same way: the follow-up a day later on the same topic shares its names, not its
//!   happening, while a report of the same happening a day later dates it the same (أمس), or,
//!   alike in most words, dates another clause of it.
//! - A term counts less in a pair of articles the more of the news of the days before had it
//!   among its heaviest terms (`news_weight`): the name of an affair already running (a
//!   besieged town, a protest wave, a missing journalist) is shared by all its happenings, and
//!   tells one from another no better than a common word.
//! - Two articles of one outlet keep half their likeness: an outlet reports a happening once
//!   (its repeats are wire copies), so its articles alike in words on one day are most often
//!   two happenings of one affair (an inquiry's news, an official's statement, a visit). Alike
//!   less than a rewrite of one report is (`DAYS_TELL_BELOW` before the halving), they are told
//!   apart as two actors are (`ACTED_APART`): another outlet's report like both joins one. Not
//!   so its pictures, video or text of a happening (شاهد.. ، بالصور..): they show the happening
//!   its report tells.
//! - Two articles of one outlet alike less than `OWN_ALONE` (after the halving), or whose
//!   headlines do not name the same rare things (`HEADLINES_AGREE`), do not join on that
//!   likeness alone: an outlet's second piece on one affair is most often another happening
//!   (the record and the star's tweet on it, the injury and the club's word on the next match)
//!   unless it tells the same under a headline naming the same. Two groups join only when an
//!   edge between them is of two outlets or so confirmed; their likeness still counts in the
//!   mean once another outlet's report joins.
//! - Two articles of other outlets alike less than `OWN_ALONE` join on that likeness alone only
//!   when their headlines name the same rare things (`HEADLINES_AGREE`): two reports of one
//!   happening name its person, place or thing in their headlines, while a likeness this weak
//!   that their headlines do not confirm is most often two happenings of one topic, alike in
//!   their bodies' background (the sanctions and the bourse, two previews of a match). It
//!   still counts in the mean once a confirmed edge joins their groups.
//! - Two articles of one outlet more than `OWN_FOLLOW_UP_HOURS` apart are not alike at all,
//!   unless one copies the other: an outlet that reported a happening and writes on it again
//!   half a day later writes its follow-up (the result after the vote, the charge after the
//!   arrest, the next day's toll), another happening on the same words.
//! - A page's closing block of the outlet's other articles, each by its lead ([`teasers`]), is
//!   not the article's words: two pieces of one day ending with one block were alike through it.
//! - An article that repeats another's text (a wire copy, [`copies`]) is that one's story; of
//!   one outlet, only when it also starts as the other does (a re-post): an outlet's piece that
//!   repeats an earlier one of its own under a lead of its own reuses it as background to a new
//!   development.
//! - Stories are the groups of average linkage over those likenesses ([`linkage`]): two groups
//!   join while the mean likeness of their pairs is the highest left and reaches `threshold`.
//!
//! The index keeps its articles between calls to `add`, so a corpus read in chunks (a stream)
//! gets the stories the same corpus read at once gets.

pub mod actors;
pub mod copies;
pub mod days;
pub mod happenings;
pub mod linkage;
pub mod teasers;
pub mod terms;
pub mod wholes;

use std::borrow::Cow;

use rayon::prelude::*;
use rustc_hash::FxHashMap;

use actors::Actors;
use copies::{BandIndex, Signature};
use happenings::{Happenings, Kinds};
use linkage::Edge;
use teasers::Openings;
use terms::{Background, Terms, Vector};

/// How an index groups.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Settings {
    /// The mean likeness two groups need to join.
    pub threshold: f32,
    /// How far apart in time two articles of one story may be.
    pub window_days: f32,
    /// The time over which the likeness of two articles fades by a factor e.
    pub fade_days: f32,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            threshold: 0.09,
            window_days: 3.0,
            fade_days: 0.75,
        }
    }
}

/// One article to group: its text, its title if known apart from the text, when it was
/// published, in seconds since 1970 (None when unknown: then it is as near as can be to any),
/// and the outlet that published it (None when unknown).
#[derive(Clone, Copy, Debug)]
pub struct Article<'a> {
    pub text: &'a str,
    pub title: Option<&'a str>,
    pub time: Option<f64>,
    pub outlet: Option<&'a str>,
}

/// One story: its articles (in the order they were added) and its first and last publication.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Story {
    pub members: Vec<u32>,
    pub first: Option<f64>,
    pub last: Option<f64>,
}

/// An article that repeats another's text: the article, the earlier one it repeats, and their
/// estimated share of 5-word shingles.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct WireCopy {
    pub article: u32,
    pub source: u32,
    pub similarity: f32,
}

/// The articles added so far, and what groups them.
pub struct StoryIndex {
    settings: Settings,
    background: &'static Background,
    vocabulary: FxHashMap<String, u32>,
    names: Vec<String>,
    /// Per term id: in how many articles of this corpus, and of the background, it stands.
    frequency: Vec<u32>,
    background_frequency: Vec<u32>,
    /// Per article: its vector sorted by term id, and its time.
    vectors: Vec<Vector>,
    times: Vec<Option<f64>>,
    /// Per term id: the articles that have it among their heaviest.
    postings: FxHashMap<u32, Vec<u32>>,
    /// Per term id: the articles that have it among their `DEEP_TERMS` heaviest, not their
    /// `INDEXED_TERMS` (see `edges_of`).
    deep_postings: FxHashMap<u32, Vec<u32>>,
    /// Per term id and day (UTC, days since 1970): the articles of that day that have it among
    /// their heaviest; and per day, the articles of that day (see `affair_share`).
    heaviest_by_day: FxHashMap<(u32, i64), u32>,
    articles_by_day: FxHashMap<i64, u32>,
    edges: Vec<Edge>,
    bands: BandIndex,
    signatures: Vec<Option<Signature>>,
    /// Per article: the shingles of its lead (see [`copies::lead`]).
    leads: Vec<Vec<u64>>,
    /// The leads by outlet, by which a page's closing teasers of other articles are known.
    openings: Openings,
    copies: Vec<WireCopy>,
    /// Per article: the actors, speaker and names of its headline, when it names anyone.
    actors: Vec<Option<Box<Actors>>>,
    /// Per article: the kinds of happening its headline names.
    kinds: Vec<Kinds>,
    /// Per article: whether its headline opens as the outlet's pictures, video or text of a
    /// happening (see [`shows_happening`]).
    media: Vec<bool>,
    /// Per article: the terms of its headline, sorted by id (see `headlines_agree`).
    headlines: Vec<Vec<u32>>,
    /// Per article: the day its first sentence dates its news by, when it names one.
    days: Vec<days::Reported>,
    /// Per article: its outlet, numbered in order of first appearance (None when unknown).
    outlets: Vec<Option<u32>>,
    outlet_ids: FxHashMap<String, u32>,
    /// Per term id, the shortest word a title or lead wrote it with (قمة for قمه, بوتين for
    /// بوتين rather than وبوتين), and its length in characters: how key terms are shown.
    spellings: FxHashMap<u32, (usize, String)>,
}

/// What reading an article gives: its distinct terms (their id when the index knows them) with
/// their weighed frequencies, and its MinHash signature.
type Read<'a> = (
    Vec<(Result<u32, String>, f32)>,
    Option<Signature>,
    Option<Box<Actors>>,
    Kinds,
    days::Reported,
    Vec<&'a str>,
    Vec<u64>,
    Vec<String>,
);

/// Characters of an article's text, after its title, whose words show how it spells its terms.
const SPELLED_FROM: usize = 600;
/// Characters of an article's body read for its lead's words (see [`copies::lead`]): more than
/// `LEAD_WORDS` words take.
const LEAD_CHARS: usize = 400;

/// The heaviest terms of an article, by which its likely stories are looked up.
const INDEXED_TERMS: usize = 15;
/// The heaviest terms of an article by which it is looked up only to be compared, never told
/// apart (see `edges_of`): two reports of one happening in other words (a strike announced, and
/// the explosions heard in the capital) may share none of their 15 heaviest terms yet much of
/// the rest.
const DEEP_TERMS: usize = 30;
/// A term held by more articles than this within the window tells nothing of the story.
const CROWDED_POSTING: usize = 1_000;
/// An article keeps its edges to this many earlier articles at most, the likest.
const EDGES_PER_ARTICLE: usize = 40;
/// Likenesses below this are not kept as edges: they could not join two groups on their own.
const LEAST_EDGE: f32 = 0.03;
/// The likeness of two articles, alike enough to be an edge, whose headlines report two kinds of
/// happening: the opposite of a copy. Their groups join only when the rest of their pairs
/// outweigh it, as in a big story where a headline or two named their happening otherwise.
const UNLIKE: f32 = -1.0;
/// The likeness of two articles, alike enough to be an edge, whose headlines name different
/// actors. Were they no edge, a reaction alike in words to each report of the decision would
/// join its story on the mean of its other pairs (Morocco cuts its ties with Iran, and the
/// Gulf states' support, Hezbollah's denial); a little below zero, it takes more than that.
/// Not as unlike as two kinds of happening: the actors of a headline are found less surely
/// (a match's two sides, one named by an adjective).
const ACTED_APART: f32 = -0.15;
/// Two days named tell two articles apart only below this likeness: a follow-up shares its
/// topic's names, not most of its words, while reports this alike on two days are more often
/// one happening that one of them dated by another clause (أعلنت الأحد… قبل أن تؤكد اليوم).
const DAYS_TELL_BELOW: f32 = 0.2;
/// The share of their likeness two articles of one outlet keep (see `outlet_weight`).
const SAME_OUTLET: f32 = 0.5;
/// The likeness (its outlet's share taken) two articles of one outlet need to join on their own
/// edge (see `stories`): an outlet rarely writes one happening twice, and its two pieces of a
/// day alike less than this are as often a second happening (a statement, a reaction, a side
/// piece) as the same; they join when some other outlet's report, or another article in their
/// groups, is alike to them too.
const OWN_ALONE: f32 = 0.15;
/// How rare the terms two headlines share must be, their inverse document frequencies summed
/// (in nats), for a likeness below `OWN_ALONE` between two outlets' articles, or any likeness
/// between one outlet's two pieces, to join them on its own: one term fewer than 1 in 150 news
/// articles hold (a person, a place, a thing: e⁵ ≈ 148), or two or three commoner ones (a club
/// and a competition, a verb and its object).
const HEADLINES_AGREE: f32 = 5.0;
/// How far apart two articles of one outlet stand, in hours, beyond which the later is its
/// follow-up (see `own_follow_up`): an outlet's reports of one happening come within hours of
/// each other, its next day's news on it is a new development.
const OWN_FOLLOW_UP_HOURS: f64 = 12.0;
/// How many articles of the corpus's own mix the news of the days before a pair is drawn
/// towards (see `news_weight`): about a day of a few outlets' news.
const AFFAIR_PRIOR: f32 = 100.0;
/// How many days of news before a pair (the day right before left out) say what affairs are
/// running (see `news_weight`): a constant, so that a window of any width costs the same.
const AFFAIR_DAYS: i64 = 3;
/// Two groups whose reports lie further apart than this many hours are not joined as wholes
/// (see `groups_apart`): a happening's reports come within a day and a half.
const WHOLES_HOURS: f64 = 36.0;
/// How rare a term of most of a group's headlines must be (idf, in nats) to name a happening of
/// its own (see `owns_headline_term`): fewer than 1 in 20 news articles hold it.
const OWN_HEADLINE_TERM: f32 = 3.0;
const DAY: f64 = 86_400.0;

impl StoryIndex {
    pub fn new(settings: Settings) -> StoryIndex {
        let background = Background::bundled();
        let mut index = StoryIndex {
            settings,
            background,
            vocabulary: FxHashMap::default(),
            names: Vec::new(),
            frequency: Vec::new(),
            background_frequency: Vec::new(),
            vectors: Vec::new(),
            times: Vec::new(),
            postings: FxHashMap::default(),
            deep_postings: FxHashMap::default(),
            heaviest_by_day: FxHashMap::default(),
            articles_by_day: FxHashMap::default(),
            edges: Vec::new(),
            bands: BandIndex::default(),
            signatures: Vec::new(),
            leads: Vec::new(),
            openings: Openings::default(),
            copies: Vec::new(),
            actors: Vec::new(),
            kinds: Vec::new(),
            media: Vec::new(),
            headlines: Vec::new(),
            days: Vec::new(),
            outlets: Vec::new(),
            outlet_ids: FxHashMap::default(),
            spellings: FxHashMap::default(),
        };
        // the background's terms numbered up front (in their order), so that most of a batch's
        // terms are looked up on the pool and only the rest are numbered one at a time
        let mut known: Vec<&String> = background.frequency.keys().collect();
        known.sort_unstable();
        for term in known {
            index.id_of(term.clone());
        }
        index
    }

    pub fn settings(&self) -> Settings {
        self.settings
    }

    /// The number of articles added.
    pub fn len(&self) -> usize {
        self.vectors.len()
    }

    pub fn is_empty(&self) -> bool {
        self.vectors.is_empty()
    }

    /// Adds `articles` after those added before. Reading and comparing run on the current
    /// rayon pool.
    pub fn add(&mut self, articles: &[Article<'_>]) {
        self.add_normalized(articles, &[]);
    }

    /// [`add`](Self::add), with each article's text as search normalization writes it where the
    /// caller has it (`normalized[k]` for `articles[k]`; None, or past the end, to normalize
    /// it here): an analysis normalized every text for numbers and terms already.
    pub fn add_normalized(&mut self, articles: &[Article<'_>], normalized: &[Option<&str>]) {
        let reader = Terms::new(self.background);
        let happenings = Happenings::bundled();
        let first = self.vectors.len();
        for article in articles {
            let known = self.outlet_ids.len() as u32;
            let outlet = article
                .outlet
                .map(|o| *self.outlet_ids.entry(o.to_string()).or_insert(known));
            self.outlets.push(outlet);
            let title = article
                .title
                .unwrap_or_else(|| article.text.split('\n').next().unwrap_or_default());
            self.media.push(shows_happening(title));
        }
        // every lead first, so that a page's closing teasers of the same batch are known
        let leads: Vec<Vec<u64>> = articles
            .par_iter()
            .map(|a| {
                let body = days::body(a.title, a.text);
                let opening = body
                    .char_indices()
                    .nth(LEAD_CHARS)
                    .map_or(body, |(byte, _)| &body[..byte]);
                copies::lead(&reader.first_words(opening, copies::LEAD_WORDS))
            })
            .collect();
        for (k, lead) in leads.iter().enumerate() {
            let article = (first + k) as u32;
            self.openings
                .insert(article, self.outlets[article as usize], lead);
        }
        let vocabulary = &self.vocabulary;
        let (openings, outlets) = (&self.openings, &self.outlets);
        let read: Vec<Read> = articles
            .par_iter()
            .zip(leads)
            .enumerate()
            .map(|(k, (a, opening))| {
                let article = (first + k) as u32;
                let body = days::body(a.title, a.text);
                let own = openings.own_end(
                    article,
                    outlets[article as usize],
                    a.text,
                    body,
                    |line, n| reader.first_words(line, n),
                );
                // a term is copied only when the index does not know it yet
                let id = |term: &str| {
                    vocabulary
                        .get(term)
                        .copied()
                        .ok_or_else(|| term.to_string())
                };
                // (a text cut before its closing teasers is normalized as cut)
                let given = normalized.get(k).copied().flatten();
                let (looked_up, words) = match given.filter(|_| own == a.text.len()) {
                    Some(text) => reader.read_normalized(a.title, text, id),
                    None => reader.read(a.title, &a.text[..own], id),
                };
                let title = a
                    .title
                    .unwrap_or_else(|| a.text.split('\n').next().unwrap_or_default());
                // (a title of office names its holder of the day the article was published)
                let published = a
                    .time
                    .filter(|t| t.is_finite())
                    .and_then(|t| chrono::DateTime::from_timestamp(t.floor() as i64, 0))
                    .map(|t| t.date_naive());
                let actors = Some(Actors::of(title, published))
                    .filter(|found| !found.is_empty())
                    .map(Box::new);
                let kinds = happenings.of(title);
                // the headline's terms, as the article's terms read them
                let headline: Vec<String> = reader
                    .of(None, title.lines().next().unwrap_or_default())
                    .into_iter()
                    .map(|(term, _)| term)
                    .collect();
                let day = days::reported(a.title, a.text, a.time);
                let lead = a
                    .text
                    .char_indices()
                    .nth(SPELLED_FROM)
                    .map_or(a.text, |(byte, _)| &a.text[..byte]);
                let spelled = match a.title {
                    Some(title) => terms::spelled_words(&[lead, title]),
                    None => terms::spelled_words(&[lead]),
                };
                // copies are told by the whole page: a re-post keeps the block its first post
                // had, and a block is cut only from the later of the two
                let signature = match given {
                    _ if own == a.text.len() => copies::signature(&words),
                    // (the whole text's normalization, given: not made again)
                    Some(whole) => copies::signature(&terms::words_of(whole)),
                    None => copies::signature(&reader.words(a.text)),
                };
                (
                    looked_up, signature, actors, kinds, day, spelled, opening, headline,
                )
            })
            .collect();
        // each distinct word of the batch's leads and titles read for its term once: most
        // repeat (a fifth of them are distinct in 2,000 ANT articles)
        let mut distinct = terms::DistinctWords::default();
        let places: Vec<Vec<usize>> = read
            .iter()
            .enumerate()
            .map(|(k, r)| distinct.of(k, &r.5))
            .collect();
        let distinct = distinct.words;
        // with its length in characters, counted once too
        let spelled: Vec<Option<(Cow<str>, usize)>> = distinct
            .par_iter()
            .map(|word| Some((reader.spelled(word)?, word.chars().count())))
            .collect();
        // per distinct word, its term's id once the index knows it (ids never change)
        let mut known: Vec<Option<u32>> = vec![None; distinct.len()];
        let mut term_ids: Vec<Vec<(u32, f32)>> = Vec::with_capacity(read.len());
        for ((terms, signature, actors, kinds, day, _, opening, headline), places) in
            read.into_iter().zip(places)
        {
            self.leads.push(opening);
            self.actors.push(actors);
            self.kinds.push(kinds);
            self.days.push(day);
            // terms new to the index are numbered in article order, one at a time
            let ids: Vec<(u32, f32)> = terms
                .into_iter()
                .map(|(id, weight)| (id.unwrap_or_else(|term| self.id_of(term)), weight))
                .collect();
            for &(id, _) in &ids {
                self.frequency[id as usize] += 1;
            }
            term_ids.push(ids);
            self.signatures.push(signature);
            // a headline's terms are the article's: numbered by now
            let mut headline: Vec<u32> = headline
                .iter()
                .filter_map(|term| self.vocabulary.get(term).copied())
                .collect();
            headline.sort_unstable();
            headline.dedup();
            self.headlines.push(headline);
            // after the article's terms have their ids
            for k in places {
                let Some((term, length)) = &spelled[k] else {
                    continue;
                };
                let id = match known[k] {
                    Some(id) => id,
                    None => match self.vocabulary.get(term.as_ref()) {
                        Some(&id) => *known[k].insert(id),
                        None => continue,
                    },
                };
                if self
                    .spellings
                    .get(&id)
                    .is_none_or(|&(shortest, _)| *length < shortest)
                {
                    self.spellings.insert(id, (*length, distinct[k].to_owned()));
                }
            }
        }
        let vectors: Vec<Vector> = term_ids
            .par_iter()
            .map(|ids| terms::weigh(ids, |id| self.idf(id)))
            .collect();
        for (k, vector) in vectors.into_iter().enumerate() {
            let day = articles[k].time.map(day_of);
            if let Some(day) = day {
                *self.articles_by_day.entry(day).or_default() += 1;
            }
            for &(term, _) in vector.iter().take(DEEP_TERMS).skip(INDEXED_TERMS) {
                self.deep_postings
                    .entry(term)
                    .or_default()
                    .push((first + k) as u32);
            }
            for &(term, _) in vector.iter().take(INDEXED_TERMS) {
                self.postings
                    .entry(term)
                    .or_default()
                    .push((first + k) as u32);
                if let Some(day) = day {
                    *self.heaviest_by_day.entry((term, day)).or_default() += 1;
                }
            }
            let mut by_term = vector;
            by_term.sort_unstable_by_key(|&(term, _)| term);
            self.vectors.push(by_term);
            self.times.push(articles[k].time);
        }
        let new: Vec<u32> = (first as u32..self.vectors.len() as u32).collect();
        let found: Vec<Vec<Edge>> = new.par_iter().map(|&k| self.edges_of(k)).collect();
        self.edges.extend(found.into_iter().flatten());
        self.find_copies(first);
    }

    /// The stories of the articles added so far, numbered in order of their first article, and
    /// the story of each article.
    pub fn stories(&self) -> (Vec<Story>, Vec<u32>) {
        let copies: Vec<(u32, u32)> = self.copies.iter().map(|c| (c.source, c.article)).collect();
        // a weak likeness joins two groups on its own only between two outlets whose headlines
        // name the same rare things; an outlet's two pieces join on their own only alike as a
        // rewrite is and under headlines that agree, else with another outlet's report between
        // them, or another's article in either's group
        let story_of = linkage::average_linkage_supported(
            self.len(),
            &self.edges,
            &copies,
            self.settings.threshold,
            |&(a, b, likeness)| {
                if self.same_outlet(a, b) {
                    likeness >= OWN_ALONE && self.headlines_agree(a, b)
                } else {
                    likeness >= OWN_ALONE || self.headlines_agree(a, b)
                }
            },
        );
        // a big happening's groups, each of its own angle, join as wholes
        let story_of =
            wholes::join_wholes(&story_of, &self.edges, self.settings.threshold, |a, b| {
                self.groups_apart(a, b)
            });
        let mut stories: Vec<Story> = Vec::new();
        for (article, &story) in story_of.iter().enumerate() {
            if story as usize == stories.len() {
                stories.push(Story::default());
            }
            let joined = &mut stories[story as usize];
            joined.members.push(article as u32);
            if let Some(t) = self.times[article] {
                joined.first = Some(joined.first.map_or(t, |f| f.min(t)));
                joined.last = Some(joined.last.map_or(t, |l| l.max(t)));
            }
        }
        (stories, story_of)
    }

    /// The likenesses grouping runs over, as `(earlier, later, likeness)`: a wire copy and its
    /// source 1, two articles told apart `UNLIKE` or `ACTED_APART`, pairs alike in words their
    /// faded cosine (pairs not listed count 0).
    pub fn likenesses(&self) -> &[Edge] {
        &self.edges
    }

    /// The wire copies found so far, in the order found.
    pub fn wire_copies(&self) -> &[WireCopy] {
        &self.copies
    }

    /// The heaviest terms of a group of articles, at most `n`, heaviest first.
    pub fn key_terms(&self, members: &[u32], n: usize) -> Vec<&str> {
        self.key_term_ids(members, n)
            .into_iter()
            .map(|id| self.names[id as usize].as_str())
            .collect()
    }

    /// [`key_terms`](Self::key_terms) as the titles and leads added wrote them: the shortest
    /// word for each (قمة, الرياض rather than قمه, رياض).
    pub fn key_words(&self, members: &[u32], n: usize) -> Vec<&str> {
        self.key_terms_and_words(members, n).1
    }

    /// [`key_terms`](Self::key_terms) and [`key_words`](Self::key_words) of one group, its
    /// terms weighed once.
    pub fn key_terms_and_words(&self, members: &[u32], n: usize) -> (Vec<&str>, Vec<&str>) {
        self.key_term_ids(members, n)
            .into_iter()
            .map(|id| {
                let term = self.names[id as usize].as_str();
                let word = self
                    .spellings
                    .get(&id)
                    .map_or(term, |(_, word)| word.as_str());
                (term, word)
            })
            .unzip()
    }

    fn key_term_ids(&self, members: &[u32], n: usize) -> Vec<u32> {
        let mut weighted: Vec<(u32, f32)> = match members {
            // a story of one article (most of them): its own vector, no sums to make
            [article] => self.vectors[*article as usize].clone(),
            _ => {
                let mut sum: FxHashMap<u32, f32> = FxHashMap::default();
                for &article in members {
                    for &(term, weight) in &self.vectors[article as usize] {
                        *sum.entry(term).or_default() += weight;
                    }
                }
                sum.into_iter().collect()
            }
        };
        weighted.sort_unstable_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        weighted.into_iter().take(n).map(|(id, _)| id).collect()
    }

    /// The distinct terms a text is compared by, sorted: what the background frequencies count.
    pub fn terms_of(text: &str) -> Vec<String> {
        let reader = Terms::new(Background::bundled());
        let mut terms: Vec<String> = reader.of(None, text).into_iter().map(|(t, _)| t).collect();
        terms.sort_unstable();
        terms.dedup();
        terms
    }

    /// Each word of a text that stands for a term, as `(term, word)`: see [`Terms::spellings`].
    pub fn spellings_of(text: &str) -> Vec<(String, String)> {
        Terms::new(Background::bundled())
            .spellings(text)
            .into_iter()
            .map(|(term, word)| (term.into_owned(), word.to_owned()))
            .collect()
    }

    fn id_of(&mut self, term: String) -> u32 {
        if let Some(&id) = self.vocabulary.get(&term) {
            return id;
        }
        let id = self.names.len() as u32;
        self.background_frequency.push(self.background.count(&term));
        self.names.push(term.clone());
        self.vocabulary.insert(term, id);
        self.frequency.push(0);
        id
    }

    /// How rare a term is in news: the background corpus and this one together.
    fn idf(&self, id: u32) -> f32 {
        let background = self.background_frequency[id as usize];
        // every article read so far, as the frequencies count them (a signature is kept per article)
        let articles = (self.background.articles as usize + self.signatures.len()) as f32;
        let frequency = (background + self.frequency[id as usize]) as f32;
        ((articles + 1.0) / (frequency + 1.0)).ln()
    }

    /// The likenesses of article `k` with the articles before it that share a heavy term; those
    /// whose headline reports another kind of happening than its own are [`UNLIKE`], those whose
    /// headline names other actors [`ACTED_APART`].
    fn edges_of(&self, k: u32) -> Vec<Edge> {
        let vector = &self.vectors[k as usize];
        let time = self.times[k as usize];
        let window = f64::from(self.settings.window_days) * DAY;
        let mut heaviest: Vec<(u32, f32)> = vector.clone();
        heaviest.sort_unstable_by(|a, b| b.1.total_cmp(&a.1));
        // the articles before this one within the window that have `term` in `posting`, newest
        // first (postings run in article order); a term that more than CROWDED_POSTING of them
        // share tells nothing of the story, and looking no further keeps a corpus of copies
        // linear
        let near = |posting: &Vec<u32>, found: &mut Vec<u32>| {
            let before = &posting[..posting.partition_point(|&other| other < k)];
            let near: Vec<u32> = before
                .iter()
                .rev()
                .take(2 * CROWDED_POSTING)
                .copied()
                .filter(|&other| self.near(time, self.times[other as usize], window))
                .take(CROWDED_POSTING + 1)
                .collect();
            if near.len() <= CROWDED_POSTING {
                found.extend(near);
            }
        };
        // pairs that share one of the INDEXED_TERMS heaviest of each
        let mut candidates: Vec<u32> = Vec::new();
        for (term, _) in heaviest.iter().take(INDEXED_TERMS) {
            if let Some(posting) = self.postings.get(term) {
                near(posting, &mut candidates);
            }
        }
        candidates.sort_unstable();
        candidates.dedup();
        // and pairs that share a term only further down either's heaviest: compared for their
        // likeness, but not told apart. Their headlines' kinds, days or actors would tell apart
        // two articles alike only in lesser terms, which join a story (if at all) through its
        // other articles, and a story holding both would lose one of them for nothing.
        let mut deep: Vec<u32> = Vec::new();
        for (rank, (term, _)) in heaviest.iter().take(DEEP_TERMS).enumerate() {
            if rank >= INDEXED_TERMS {
                if let Some(posting) = self.postings.get(term) {
                    near(posting, &mut deep);
                }
            }
            if let Some(posting) = self.deep_postings.get(term) {
                near(posting, &mut deep);
            }
        }
        deep.sort_unstable();
        deep.dedup();
        deep.retain(|other| candidates.binary_search(other).is_err());
        candidates.extend(deep.iter().copied());
        let is_deep = |other: u32| deep.binary_search(&other).is_ok();
        // per term and day a pair starts on: how much the term counts (kept for the article's
        // other pairs; as many entries as pairs need, whatever the window)
        let day = time.map(day_of);
        let mut weights: FxHashMap<(u32, i64), f32> = FxHashMap::default();
        // the pairs that join an article to its story, and those whose headlines name two
        // kinds of happening or two actors, which keep it from one
        let (mut edges, unlike): (Vec<Edge>, Vec<Edge>) = candidates
            .into_iter()
            .map(|other| {
                let cosine = match (day, self.times[other as usize].map(day_of)) {
                    (Some(day), Some(theirs)) => {
                        let start = day.min(theirs);
                        weighed_dot(vector, &self.vectors[other as usize], |term| {
                            *weights
                                .entry((term, start))
                                .or_insert_with(|| self.news_weight(term, start))
                        })
                    }
                    _ => dot(vector, &self.vectors[other as usize]),
                };
                (
                    other,
                    k,
                    cosine
                        * self.fade(time, self.times[other as usize])
                        * self.outlet_weight(k, other),
                )
            })
            .filter(|e| e.2 >= LEAST_EDGE)
            .partition(|e| {
                is_deep(e.0) || (!self.told_apart(k, e.0, e.2) && !self.acted_apart(k, e.0))
            });
        let (mut unlike, mut acted): (Vec<Edge>, Vec<Edge>) = unlike
            .into_iter()
            .partition(|e| self.told_apart(k, e.0, e.2));
        // an outlet's own follow-up is no edge; it stays an unlike pair when told apart
        edges.retain(|&(other, k, _)| !self.own_follow_up(other, k));
        // an outlet's two pieces of one affair that share less than a rewrite: two happenings
        let (mut edges, own): (Vec<Edge>, Vec<Edge>) =
            edges.into_iter().partition(|&(other, k, likeness)| {
                is_deep(other) || !self.own_apart(other, k, likeness)
            });
        acted.extend(own);
        // the strongest of each only, in memory bounded per article; an unlike pair weighs
        // UNLIKE whatever its words share, a pair of two actors ACTED_APART
        strongest(&mut edges);
        strongest(&mut unlike);
        strongest(&mut acted);
        edges.extend(unlike.into_iter().map(|(other, k, _)| (other, k, UNLIKE)));
        edges.extend(
            acted
                .into_iter()
                .map(|(other, k, _)| (other, k, ACTED_APART)),
        );
        edges
    }

    /// How much a term shared by two articles counts when the earlier of them was published on
    /// `day`: less the more the news of the days before was about it. A term that more of those
    /// days' articles had among their heaviest than of the corpus's names an affair already
    /// running (a besieged town, a protest wave, a missing journalist): two articles sharing it
    /// share the affair, not a happening; those of one happening share its own words besides.
    /// The weight is the term's rarity in those days over its rarity in the corpus (two inverse
    /// document frequencies), at most 1; those days' share is drawn towards the corpus's by
    /// `AFFAIR_PRIOR` articles, so that a few articles of a small corpus do not make an affair.
    /// The day right before is left out: a happening of the evening before is reported the next
    /// day, and is not yet an affair.
    fn news_weight(&self, term: u32, day: i64) -> f32 {
        let (mut having, mut articles) = (0u32, 0u32);
        for before in day - 1 - AFFAIR_DAYS..day - 1 {
            having += self
                .heaviest_by_day
                .get(&(term, before))
                .copied()
                .unwrap_or(0);
            articles += self.articles_by_day.get(&before).copied().unwrap_or(0);
        }
        if having == 0 {
            return 1.0;
        }
        let in_corpus = self.postings.get(&term).map_or(0, Vec::len) as f32;
        let overall = (in_corpus + 1.0) / (self.vectors.len() as f32 + 1.0);
        if overall >= 1.0 {
            return 1.0;
        }
        let lately = (having as f32 + AFFAIR_PRIOR * overall) / (articles as f32 + AFFAIR_PRIOR);
        (lately.ln() / overall.ln()).clamp(0.0, 1.0)
    }

    /// Whether two articles report two happenings however alike their words: their headlines
    /// name two kinds of happening, or their first sentences date their news on two days and
    /// their `likeness` is below `DAYS_TELL_BELOW`.
    fn told_apart(&self, a: u32, b: u32, likeness: f32) -> bool {
        let (a, b) = (a as usize, b as usize);
        happenings::apart(self.kinds[a], self.kinds[b])
            || (likeness < DAYS_TELL_BELOW && days::apart(self.days[a], self.days[b]))
    }

    /// Whether the headlines of two articles name different actors (an act and another
    /// government's reaction to it), or one reports a statement by someone the other does not
    /// name: then they report two happenings however alike their words, and their likeness is
    /// `ACTED_APART`.
    fn acted_apart(&self, a: u32, b: u32) -> bool {
        match (&self.actors[a as usize], &self.actors[b as usize]) {
            (Some(x), Some(y)) => x.differ(y),
            // a statement, and a headline that names no one
            (Some(x), None) | (None, Some(x)) => x.speaker.is_some(),
            (None, None) => false,
        }
    }

    /// How much of their likeness two articles keep for their outlets: an outlet reports a
    /// happening once (its repeats are wire copies, found apart), so two of its articles alike
    /// in words on one day are most often two happenings of one affair.
    fn outlet_weight(&self, a: u32, b: u32) -> f32 {
        match (self.outlets[a as usize], self.outlets[b as usize]) {
            (Some(x), Some(y)) if x == y => SAME_OUTLET,
            _ => 1.0,
        }
    }

    /// Whether two articles of one outlet, of `likeness` (their outlet's share taken), report
    /// two happenings of one affair: alike in words as an outlet's own pieces of a day on it are
    /// (its report, the official's statement, the side piece, the next development), not as a
    /// rewrite of one report is. An outlet reports a happening once; a second piece of its own
    /// in the same story is most often another happening, and a rewrite of the same happening
    /// shares most of its words (`DAYS_TELL_BELOW` at least, as reports alike on two days).
    /// Then they are told apart as two actors are (`ACTED_APART`): a third outlet's report
    /// alike to both joins one, not both.
    /// An outlet's pictures, video or text of a happening beside its report of the same affair
    /// ([`shows_happening`]) is not told apart: it shows the happening its report tells.
    fn own_apart(&self, a: u32, b: u32, likeness: f32) -> bool {
        let (a, b) = (a as usize, b as usize);
        matches!((self.outlets[a], self.outlets[b]), (Some(x), Some(y)) if x == y)
            && likeness < SAME_OUTLET * DAYS_TELL_BELOW
            && !(self.media[a] || self.media[b])
    }

    /// Whether the headlines of two articles name the same rare things: the inverse document
    /// frequencies of the terms they share sum to `HEADLINES_AGREE` at least.
    fn headlines_agree(&self, a: u32, b: u32) -> bool {
        let (x, y) = (&self.headlines[a as usize], &self.headlines[b as usize]);
        let (mut i, mut j, mut rarity) = (0, 0, 0.0);
        while i < x.len() && j < y.len() {
            match x[i].cmp(&y[j]) {
                std::cmp::Ordering::Less => i += 1,
                std::cmp::Ordering::Greater => j += 1,
                std::cmp::Ordering::Equal => {
                    rarity += self.idf(x[i]);
                    i += 1;
                    j += 1;
                }
            }
        }
        rarity >= HEADLINES_AGREE
    }

    /// Whether two groups report two happenings as wholes: more than `WHOLES_HOURS` lie between
    /// them, or each names in most of its headlines a rare thing the other's rarely name (the
    /// award and the record of one player on one day, two border crossings opened one morning).
    fn groups_apart(&self, a: &[u32], b: &[u32]) -> bool {
        let span = |g: &[u32]| {
            let times = g.iter().filter_map(|&k| self.times[k as usize]);
            let first = times.clone().fold(f64::INFINITY, f64::min);
            (first, times.fold(f64::NEG_INFINITY, f64::max))
        };
        let ((first_a, last_a), (first_b, last_b)) = (span(a), span(b));
        let gap = first_a.max(first_b) - last_a.min(last_b);
        (gap.is_finite() && gap > WHOLES_HOURS * 3600.0)
            || (self.owns_headline_term(a, b) && self.owns_headline_term(b, a))
    }

    /// Whether a rare term stands in at least half of group `a`'s headlines and at most a third
    /// of group `b`'s.
    fn owns_headline_term(&self, a: &[u32], b: &[u32]) -> bool {
        let mut held: FxHashMap<u32, (usize, usize)> = FxHashMap::default();
        for &k in a {
            for &term in &self.headlines[k as usize] {
                held.entry(term).or_default().0 += 1;
            }
        }
        for &k in b {
            for &term in &self.headlines[k as usize] {
                if let Some(counts) = held.get_mut(&term) {
                    counts.1 += 1;
                }
            }
        }
        held.into_iter().any(|(term, (in_a, in_b))| {
            2 * in_a >= a.len() && 3 * in_b <= b.len() && self.idf(term) >= OWN_HEADLINE_TERM
        })
    }

    /// Whether two articles are of one known outlet.
    fn same_outlet(&self, a: u32, b: u32) -> bool {
        matches!((self.outlets[a as usize], self.outlets[b as usize]), (Some(x), Some(y)) if x == y)
    }

    /// Whether two articles are of one outlet and more than `OWN_FOLLOW_UP_HOURS` apart: the
    /// later is the outlet's follow-up on the earlier's happening, not another report of it.
    fn own_follow_up(&self, a: u32, b: u32) -> bool {
        let (a, b) = (a as usize, b as usize);
        match (
            self.outlets[a],
            self.outlets[b],
            self.times[a],
            self.times[b],
        ) {
            (Some(x), Some(y), Some(s), Some(t)) => {
                x == y && (s - t).abs() > OWN_FOLLOW_UP_HOURS * 3600.0
            }
            _ => false,
        }
    }

    /// Whether two articles of one outlet share much of their text under leads of their own:
    /// the later reuses the earlier as background to a new development, and is no copy of it.
    fn own_reuse(&self, a: u32, b: u32) -> bool {
        let (a, b) = (a as usize, b as usize);
        match (self.outlets[a], self.outlets[b]) {
            (Some(x), Some(y)) if x == y => {
                copies::lead_similarity(&self.leads[a], &self.leads[b]) < copies::OWN_COPY_LEAD
            }
            _ => false,
        }
    }

    fn near(&self, a: Option<f64>, b: Option<f64>, window: f64) -> bool {
        match (a, b) {
            (Some(a), Some(b)) => (a - b).abs() <= window,
            _ => true,
        }
    }

    /// How much of their likeness two articles keep for the time between them.
    fn fade(&self, a: Option<f64>, b: Option<f64>) -> f32 {
        match (a, b) {
            (Some(a), Some(b)) => {
                let days = ((a - b).abs() / DAY) as f32;
                (-days / self.settings.fade_days).exp()
            }
            _ => 1.0,
        }
    }

    /// Finds the wire copies among the articles from `first` on, earliest article first; each
    /// is in its source's story whatever else it is like.
    fn find_copies(&mut self, first: usize) {
        let mut order: Vec<u32> = (first as u32..self.len() as u32).collect();
        order.sort_by(
            |&a, &b| match (self.times[a as usize], self.times[b as usize]) {
                (Some(x), Some(y)) => x.total_cmp(&y),
                _ => std::cmp::Ordering::Equal,
            },
        );
        for article in order {
            let Some(signature) = self.signatures[article as usize] else {
                continue;
            };
            let mut best: Option<(u32, f32)> = None;
            for candidate in self.bands.candidates(&signature) {
                let Some(other) = &self.signatures[candidate as usize] else {
                    continue;
                };
                let similarity = copies::similarity(&signature, other);
                if similarity >= copies::COPY_SIMILARITY
                    && best.is_none_or(|(_, s)| similarity > s)
                    && !self.own_reuse(article, candidate)
                {
                    best = Some((candidate, similarity));
                }
            }
            self.bands.insert(article, &signature);
            if let Some((source, similarity)) = best {
                self.copies.push(WireCopy {
                    article,
                    source,
                    similarity,
                });
                self.edges
                    .push((source.min(article), source.max(article), 1.0));
            }
        }
    }
}

/// Whether a headline opens with a word of `lexicons/stories/media.tsv` (شاهد.. ، بالصور.. ،
/// نص رسالة…): its article is the outlet's pictures, video, live coverage or text of a
/// happening, not a report of a happening of its own.
fn shows_happening(headline: &str) -> bool {
    static MEDIA: std::sync::OnceLock<Vec<&'static str>> = std::sync::OnceLock::new();
    let words = MEDIA.get_or_init(|| {
        include_str!("../../lexicons/stories/media.tsv")
            .lines()
            .map(str::trim)
            .filter(|line| !line.is_empty() && !line.starts_with('#'))
            .collect()
    });
    headline
        .split(|c: char| !terms::is_word_char(c))
        .find(|w| !w.is_empty())
        .is_some_and(|first| words.contains(&first))
}

/// Keeps the `EDGES_PER_ARTICLE` likest of `edges`.
fn strongest(edges: &mut Vec<Edge>) {
    if edges.len() > EDGES_PER_ARTICLE {
        edges.select_nth_unstable_by(EDGES_PER_ARTICLE, |a, b| {
            b.2.total_cmp(&a.2).then(a.0.cmp(&b.0))
        });
        edges.truncate(EDGES_PER_ARTICLE);
    }
}

/// The day (UTC, from 1970) of a time in seconds.
fn day_of(time: f64) -> i64 {
    (time / DAY).floor() as i64
}

/// The dot product of two sparse vectors sorted by term, each shared term's product times
/// `weight` of its id.
fn weighed_dot(a: &Vector, b: &Vector, mut weight: impl FnMut(u32) -> f32) -> f32 {
    let (mut i, mut j, mut sum) = (0, 0, 0.0);
    while i < a.len() && j < b.len() {
        match a[i].0.cmp(&b[j].0) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                sum += a[i].1 * b[j].1 * weight(a[i].0);
                i += 1;
                j += 1;
            }
        }
    }
    sum
}

/// The dot product of two sparse vectors sorted by term.
fn dot(a: &Vector, b: &Vector) -> f32 {
    weighed_dot(a, b, |_| 1.0)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn article(text: &str, day: f64) -> Article<'_> {
        Article {
            text,
            title: None,
            time: Some(day * DAY),
            outlet: None,
        }
    }

    /// The stories of two texts, each (text, day) written by the outlet at its place.
    fn stories_of_two(texts: [(&str, f64); 2], outlets: [&'static str; 2]) -> Vec<u32> {
        let mut index = StoryIndex::new(Settings::default());
        let articles: Vec<Article<'_>> = texts
            .iter()
            .zip(outlets)
            .map(|(&(text, day), outlet)| Article {
                outlet: Some(outlet),
                ..article(text, day)
            })
            .collect();
        index.add(&articles);
        index.stories().1
    }

    const VOTE: &str = "مجلس الأمن يصوت على هدنة في الغوطة الشرقية\nصوت مجلس الأمن الدولي بالإجماع على قرار هدنة لمدة 30 يوما في الغوطة الشرقية بريف دمشق";
    const VOTE_AGAIN: &str = "بالإجماع: مجلس الأمن يقر هدنة الغوطة\nأقر مجلس الأمن الدولي بالإجماع قرارا بهدنة 30 يوما في الغوطة الشرقية";
    const MATCH: &str = "برشلونة يفوز على إشبيلية في نهائي كأس الملك\nفاز برشلونة على إشبيلية بخمسة أهداف في نهائي كأس ملك إسبانيا";

    #[test]
    fn texts_given_normalized_are_read_as_the_texts() {
        let search = crate::normalize::Normalizer::new(crate::normalize::Options::SEARCH);
        let texts = [VOTE, VOTE_AGAIN, MATCH];
        let articles: Vec<Article<'_>> = texts.iter().map(|text| article(text, 1.0)).collect();
        let normalized: Vec<String> = texts
            .iter()
            .map(|text| search.normalize(text).into_owned())
            .collect();
        let (mut alone, mut given) = (
            StoryIndex::new(Settings::default()),
            StoryIndex::new(Settings::default()),
        );
        alone.add(&articles);
        // the last one not given: normalized by the index
        given.add_normalized(&articles, &[Some(&normalized[0]), Some(&normalized[1])]);
        assert_eq!(alone.vectors, given.vectors);
        assert_eq!(alone.signatures, given.signatures);
        assert_eq!(alone.likenesses(), given.likenesses());
        assert_eq!(alone.stories(), given.stories());
        // and a text given wrong would be read as given: the texts are what is read
        let mut wrong = StoryIndex::new(Settings::default());
        wrong.add_normalized(&articles, &[Some(&normalized[2])]);
        assert_ne!(alone.vectors[0], wrong.vectors[0]);
    }

    #[test]
    fn the_same_happening_is_one_story_and_another_is_another() {
        let mut index = StoryIndex::new(Settings::default());
        index.add(&[
            article(VOTE, 0.0),
            article(MATCH, 0.2),
            article(VOTE_AGAIN, 1.0),
        ]);
        let (stories, story_of) = index.stories();
        assert_eq!(story_of, [0, 1, 0]);
        assert_eq!(stories[0].members, [0, 2]);
        assert_eq!((stories[0].first, stories[0].last), (Some(0.0), Some(DAY)));
    }

    #[test]
    fn a_window_of_any_width_costs_no_more_memory() {
        // the news of the days before is read over a fixed number of days, whatever the window
        let settings = Settings {
            window_days: 1.0e6,
            ..Settings::default()
        };
        let mut index = StoryIndex::new(settings);
        index.add(&[
            article(VOTE, 0.0),
            article(MATCH, 9.0e5),
            article(VOTE_AGAIN, 1.0),
        ]);
        assert_eq!(index.stories().1, [0, 1, 0]);
    }

    #[test]
    fn the_same_words_weeks_apart_are_another_story() {
        let mut index = StoryIndex::new(Settings::default());
        index.add(&[article(VOTE, 0.0), article(VOTE_AGAIN, 30.0)]);
        assert_eq!(index.stories().1, [0, 1]);
    }

    #[test]
    fn an_act_and_a_reaction_to_it_are_two_stories() {
        const ACT: &str = "ترامب يعلن انسحاب الولايات المتحدة من الاتفاق النووي مع إيران\nأعلن الرئيس الأمريكي دونالد ترامب انسحاب بلاده من الاتفاق النووي مع إيران وإعادة فرض العقوبات";
        const ACT_AGAIN: &str = "واشنطن تنسحب من الاتفاق النووي مع إيران وتعيد العقوبات\nأعلن ترامب انسحاب الولايات المتحدة من الاتفاق النووي مع إيران وإعادة العقوبات";
        const REACTION: &str = "السعودية ترحب بانسحاب ترامب من الاتفاق النووي مع إيران\nرحبت السعودية بإعلان الرئيس الأمريكي دونالد ترامب انسحاب بلاده من الاتفاق النووي مع إيران وإعادة العقوبات";
        let mut index = StoryIndex::new(Settings::default());
        index.add(&[
            article(ACT, 0.0),
            article(REACTION, 0.05),
            article(ACT_AGAIN, 0.1),
        ]);
        assert_eq!(index.stories().1, [0, 1, 0]);
    }

    #[test]
    fn a_reaction_does_not_join_the_decision_through_its_other_reports() {
        let texts = [
            "المغرب يقطع علاقاته الدبلوماسية مع إيران\nأعلن وزير الخارجية المغربي قطع العلاقات الدبلوماسية مع إيران بسبب دعمها جبهة البوليساريو عبر حزب الله وإغلاق السفارة في طهران وطرد السفير الإيراني من الرباط",
            "المغرب يطرد السفير الإيراني ويغلق سفارته في طهران\nقرر المغرب قطع علاقاته مع إيران وطرد سفيرها في الرباط وإغلاق سفارته في طهران متهما حزب الله بتسليح جبهة البوليساريو وتدريب عناصرها",
            "أزمة دبلوماسية.. قطع العلاقات بين الرباط وطهران\nقطعت الرباط علاقاتها الدبلوماسية مع طهران وطردت السفير الإيراني بعد اتهام حزب الله بدعم جبهة البوليساريو بالسلاح والتدريب",
            "السعودية تؤيد قرار المغرب قطع علاقاته مع إيران\nأعلنت السعودية تأييدها قرار المغرب قطع العلاقات الدبلوماسية مع إيران وطرد السفير الإيراني بسبب دعم حزب الله جبهة البوليساريو وأدانت التدخل الإيراني",
        ];
        let articles: Vec<Article<'_>> = texts
            .iter()
            .zip(["a", "b", "c", "d"])
            .enumerate()
            .map(|(k, (text, outlet))| Article {
                outlet: Some(outlet),
                ..article(text, k as f64 / 10.0)
            })
            .collect();
        let mut index = StoryIndex::new(Settings::default());
        index.add(&articles);
        // the third report names no actor: the reaction is alike to it, and to the others only
        // in words
        assert_eq!(index.stories().1, [0, 0, 0, 1]);
    }

    /// A closing block of teasers: the leads (second lines) of `articles`.
    fn teaser_block(articles: &[&str]) -> String {
        let leads: Vec<&str> = articles
            .iter()
            .map(|t| t.split_once('\n').map_or(*t, |(_, lead)| lead))
            .collect();
        leads.join("\n")
    }

    /// `texts` as articles of one outlet, a hundredth of a day apart.
    fn of_one_outlet<'a>(texts: &[&'a str]) -> Vec<Article<'a>> {
        texts
            .iter()
            .enumerate()
            .map(|(k, text)| Article {
                outlet: Some("x"),
                ..article(text, k as f64 / 100.0)
            })
            .collect()
    }

    #[test]
    fn two_pieces_ending_with_one_block_of_teasers_are_two_stories() {
        // a page lists the outlet's latest articles after its own text, each by its lead
        const LATEST: [&str; 4] = [
            "افتتاح مستشفى للأطفال\nأعلنت وزارة الصحة اليوم الثلاثاء عن افتتاح مستشفى جديد للأطفال في العاصمة بسعة مئتي سرير",
            "الأهلي يفوز بهدفين\nفاز فريق النادي الأهلي على ضيفه بهدفين نظيفين في المباراة التي جرت مساء الاثنين على ملعب القاهرة",
            "خفض الضرائب على الشركات\nقال وزير المالية إن الحكومة ستخفض الضرائب على الشركات الصغيرة بداية من العام المقبل لدعم النمو",
            "إطلاق قمر صناعي\nأطلقت وكالة الفضاء قمرا صناعيا جديدا لرصد الطقس من قاعدة في الجنوب صباح الثلاثاء بنجاح",
        ];
        let block = teaser_block(&LATEST);
        let court = format!("تأجيل محاكمة المتهمين بالاختلاس\nقررت المحكمة الجنائية تأجيل محاكمة المتهمين باختلاس أموال البلدية إلى الشهر المقبل\n{block}");
        let flood = format!("فيضانات تغمر قرى الشمال\nغمرت مياه الفيضانات عشرات القرى في الشمال بعد أمطار غزيرة استمرت ثلاثة أيام\n{block}");
        let mut texts: Vec<&str> = LATEST.to_vec();
        texts.extend([court.as_str(), flood.as_str()]);
        let articles = of_one_outlet(&texts);
        let mut index = StoryIndex::new(Settings::default());
        index.add(&articles);
        assert_eq!(index.stories().1, [0, 1, 2, 3, 4, 5]);
    }

    #[test]
    fn a_repost_of_a_page_with_teasers_is_its_copy() {
        // the first post announces articles added after it and keeps its block; the re-post,
        // added after them, has its block cut from its words but not from its text
        const LATEST: [&str; 3] = [
            "افتتاح مستشفى للأطفال\nأعلنت وزارة الصحة اليوم الثلاثاء عن افتتاح مستشفى جديد للأطفال في العاصمة بسعة مئتي سرير وبتكلفة بلغت عشرين مليون دولار",
            "الأهلي يفوز بهدفين\nفاز فريق النادي الأهلي على ضيفه بهدفين نظيفين في المباراة التي جرت مساء الاثنين على ملعب القاهرة أمام عشرين ألف متفرج",
            "خفض الضرائب على الشركات\nقال وزير المالية إن الحكومة ستخفض الضرائب على الشركات الصغيرة بداية من العام المقبل لدعم النمو وتشجيع الاستثمار المحلي",
        ];
        let page = format!(
            "تأجيل محاكمة المتهمين بالاختلاس\nقررت المحكمة الجنائية اليوم تأجيل محاكمة المتهمين باختلاس أموال البلدية إلى الشهر المقبل بطلب من هيئة الدفاع التي طالبت بمهلة لدراسة ملف القضية والاطلاع على تقارير الخبراء\n{}",
            teaser_block(&LATEST)
        );
        let mut texts: Vec<&str> = vec![page.as_str()];
        texts.extend(LATEST);
        texts.push(page.as_str());
        let articles = of_one_outlet(&texts);
        let mut index = StoryIndex::new(Settings::default());
        index.add(&articles);
        let copies: Vec<(u32, u32)> = index
            .wire_copies()
            .iter()
            .map(|c| (c.article, c.source))
            .collect();
        assert_eq!(copies, [(4, 0)]);
    }

    #[test]
    fn an_opening_and_killings_near_it_the_same_day_are_two_stories() {
        const OPENING: &str = "افتتاح الجسر الجديد فوق نهر النيل في حفل رسمي\nافتتح رئيس الوزراء الجسر الجديد فوق نهر النيل في حفل رسمي حضره الوزراء وسط إجراءات أمنية مشددة قرب المنطقة التي شهدت احتجاجات";
        const OPENING_AGAIN: &str = "تدشين جسر النيل الجديد بحضور رئيس الوزراء\nدشن رئيس الوزراء الجسر الجديد فوق نهر النيل في حفل رسمي وسط إجراءات أمنية مشددة قرب منطقة الاحتجاجات";
        const KILLING: &str = "مقتل خمسة محتجين قرب الجسر الجديد فوق نهر النيل\nقتل خمسة محتجين برصاص قوات الأمن قرب الجسر الجديد فوق نهر النيل قبل حفل رسمي حضره رئيس الوزراء وسط إجراءات أمنية مشددة";
        let mut index = StoryIndex::new(Settings::default());
        index.add(&[
            article(OPENING, 0.0),
            article(KILLING, 0.05),
            article(OPENING_AGAIN, 0.1),
        ]);
        assert_eq!(index.stories().1, [0, 1, 0]);
    }

    #[test]
    fn follow_ups_on_the_next_day_are_another_story_and_reports_of_one_day_are_one() {
        // Sunday: the ministry confirms an inquiry; Monday: it names the charge; Monday: another
        // outlet reports Sunday's confirmation as yesterday's
        const CONFIRMED: &str = "الوزارة تؤكد التحقيق مع رئيس الاتحاد الرياضي المختفي\nأكدت وزارة الداخلية، اليوم الأحد، أن رئيس الاتحاد الرياضي المختفي منذ أسبوع يخضع للتحقيق لدى لجنة مكافحة الفساد في العاصمة";
        const CONFIRMED_AGAIN: &str = "مصير رئيس الاتحاد الرياضي المختفي: تحقيق لدى لجنة مكافحة الفساد\nأكدت وزارة الداخلية أمس أن رئيس الاتحاد الرياضي المختفي منذ أسبوع يخضع للتحقيق لدى لجنة مكافحة الفساد";
        const CHARGED: &str = "شبهة رشوة من شركة مقاولات وراء التحقيق مع رئيس الاتحاد الرياضي\nقالت الوزارة، اليوم الاثنين، إن رئيس الاتحاد متهم بتلقي رشوة بملايين الدولارات من شركة مقاولات فازت بعقود بناء الملاعب";
        let sunday = 3.5;
        let mut index = StoryIndex::new(Settings::default());
        index.add(&[
            article(CONFIRMED, sunday),
            article(CHARGED, sunday + 1.0),
            article(CONFIRMED_AGAIN, sunday + 1.1),
        ]);
        assert_eq!(index.stories().1, [0, 1, 0]);
    }

    #[test]
    fn reports_alike_in_most_words_are_one_story_whatever_day_they_name() {
        // one arrest: one outlet dates the police's word, the other the arrest the night before
        const TODAY: &str = "الشرطة تعتقل مدير شركة الصرافة المتهم بغسل الأموال في مطار العاصمة\nأعلنت الشرطة، اليوم الأحد، اعتقال مدير شركة الصرافة المتهم بغسل الأموال في مطار العاصمة أثناء محاولته السفر إلى الخارج بجواز سفر مزور";
        const NIGHT: &str = "اعتقال مدير شركة الصرافة المتهم بغسل الأموال في مطار العاصمة\nاعتقلت الشرطة مساء السبت مدير شركة الصرافة المتهم بغسل الأموال في مطار العاصمة أثناء محاولته السفر إلى الخارج بجواز سفر مزور";
        let sunday = 3.5;
        let mut index = StoryIndex::new(Settings::default());
        index.add(&[article(NIGHT, sunday), article(TODAY, sunday + 0.2)]);
        assert_eq!(index.stories().1, [0, 0]);
    }

    #[test]
    fn groups_each_naming_a_rare_thing_of_their_own_or_days_apart_are_two_happenings() {
        // two crossings opened on one morning: each pair's headlines name their own bridge
        const BRIDGE: &str = "إعادة فتح جسر اللنبي أمام المسافرين\nأعيد صباح اليوم فتح الجسر أمام حركة المسافرين بعد إغلاق دام شهرين";
        const PORT: &str = "إعادة فتح ميناء طرطوس أمام السفن\nأعيد صباح اليوم فتح الميناء أمام حركة السفن بعد إغلاق دام شهرين";
        let index_of = |texts: [(&'static str, f64); 4]| {
            let mut index = StoryIndex::new(Settings::default());
            let articles: Vec<Article<'_>> =
                texts.iter().map(|&(t, day)| article(t, day)).collect();
            index.add(&articles);
            index
        };
        let two = index_of([(BRIDGE, 0.3), (BRIDGE, 0.4), (PORT, 0.3), (PORT, 0.4)]);
        assert!(two.groups_apart(&[0, 1], &[2, 3]));
        // one port's reopening in four reports: nothing of their own
        let one = index_of([(PORT, 0.3), (PORT, 0.4), (PORT, 0.5), (PORT, 0.6)]);
        assert!(!one.groups_apart(&[0, 1], &[2, 3]));
        // the same reports four days later are another happening
        let later = index_of([(PORT, 0.3), (PORT, 0.4), (PORT, 4.3), (PORT, 4.4)]);
        assert!(later.groups_apart(&[0, 1], &[2, 3]));
    }

    #[test]
    fn two_articles_of_one_outlet_on_one_affair_are_two_stories() {
        // one outlet's two pieces of the day on the missing ship: the search widened, the
        // owner's statement; two outlets' pieces alike as much, their headlines naming the
        // same ship, are one happening
        const SEARCH: &str = "توسيع البحث عن السفينة المفقودة قبالة الساحل الشمالي\nوسعت فرق الإنقاذ البحث عن سفينة الشحن المفقودة قبالة الساحل الشمالي منذ ثلاثة أيام وعلى متنها 18 بحارا بمشاركة طائرات وزوارق";
        const OWNER: &str = "مالكة السفينة المفقودة: فقدنا الاتصال بالطاقم فجأة بعد العاصفة\nقالت الشركة المالكة للسفينة المفقودة إنها فقدت الاتصال بالقبطان فجأة بعد هبوب عاصفة قوية وإنها تتعاون مع السلطات";
        let grouped = |outlets| stories_of_two([(SEARCH, 0.1), (OWNER, 0.1)], outlets);
        assert_eq!(grouped(["one", "another"]), [0, 0]);
        assert_eq!(grouped(["one", "one"]), [0, 1]);
    }

    #[test]
    fn an_outlets_piece_half_a_day_after_its_own_is_its_follow_up() {
        // the ferry's sinking in the evening, and the toll the next morning: two outlets write
        // them as one happening, one outlet writing both has moved on to a new development
        const SANK: &str = "غرق عبارة تقل مئات الركاب في بحيرة فكتوريا\nغرقت عبارة تقل مئات الركاب في بحيرة فكتوريا قرب جزيرة أوكارا وفرق الإنقاذ تبحث عن ناجين بين الركاب";
        const TOLL: &str = "عشرات القتلى في غرق عبارة بحيرة فكتوريا قرب جزيرة أوكارا\nانتشلت فرق الإنقاذ جثث عشرات الركاب من بحيرة فكتوريا بعد غرق العبارة قرب جزيرة أوكارا وما زال البحث عن ناجين جاريا";
        let grouped = |outlets| stories_of_two([(SANK, 0.7), (TOLL, 1.3)], outlets);
        assert_eq!(grouped(["one", "another"]), [0, 0]);
        assert_eq!(grouped(["one", "one"]), [0, 1]);
    }

    #[test]
    fn two_happenings_of_an_affair_running_for_days_are_two_stories() {
        // a town under siege fills the news for days; on the fifth, a shelling and the rebels'
        // refusal to hand over their weapons share the town's names, not their happening, while
        // two reports of the shelling share its own words
        const SIEGE: [&str; 3] = [
            "الحصار يشتد على مدينة الزهراوية وسط نقص الغذاء\nيشتد الحصار على مدينة الزهراوية المحاصرة منذ أسابيع وسط نقص الغذاء والدواء",
            "نزوح مئات العائلات من أطراف الزهراوية المحاصرة\nنزحت مئات العائلات من أطراف مدينة الزهراوية المحاصرة هربا من المعارك",
            "المنظمات الإنسانية تطالب بممر آمن إلى الزهراوية\nطالبت المنظمات الإنسانية بفتح ممر آمن إلى مدينة الزهراوية المحاصرة لإدخال الغذاء والدواء",
        ];
        const SHELLING: &str = "مقتل عشرة مدنيين بقصف مدفعي على سوق الخضار في الزهراوية\nقتل عشرة مدنيين بينهم أطفال في قصف مدفعي استهدف سوق الخضار المزدحم وسط الزهراوية صباح اليوم، وقال مسعفون إن القذائف سقطت قرب مخبز ومدرسة ابتدائية وإن عدد الجرحى تجاوز الثلاثين";
        const SHELLING_AGAIN: &str = "قذائف على سوق الخضار في الزهراوية تقتل عشرة مدنيين\nسقطت قذائف مدفعية على سوق الخضار المزدحم وسط الزهراوية صباح اليوم فقتلت عشرة مدنيين بينهم أطفال وأصابت أكثر من ثلاثين قرب مخبز ومدرسة ابتدائية بحسب مسعفين";
        const REFUSAL: &str = "فصائل الزهراوية ترفض تسليم سلاحها الثقيل\nرفضت فصائل المعارضة في الزهراوية تسليم سلاحها الثقيل شرطا روسيا للتفاوض على خروج المقاتلين وعائلاتهم إلى الشمال، وقال قائد ميداني إن المفاوضات متعثرة وإن الضمانات غائبة";
        let others: Vec<String> = (0..1200)
            .map(|k| {
                format!(
                    "تقرير {} عن {}\nنشر التقرير {} اليوم",
                    1000 + k,
                    5000 + k,
                    9000 + k
                )
            })
            .collect();
        let mut articles: Vec<Article<'_>> = Vec::new();
        for (k, text) in others.iter().enumerate() {
            // a few a day around the siege, the rest on days long after
            let day = if k < 30 {
                10.0 + (k % 3) as f64
            } else {
                40.0 + (k / 40) as f64
            };
            articles.push(article(text, day + 0.3));
        }
        for day in 10..13 {
            for copy in 0..4 {
                for (k, text) in SIEGE.iter().enumerate() {
                    articles.push(article(text, f64::from(day) + 0.1 * (k + 3 * copy) as f64));
                }
            }
        }
        let first = articles.len();
        articles.push(article(SHELLING, 14.4));
        articles.push(article(REFUSAL, 14.5));
        articles.push(article(SHELLING_AGAIN, 14.6));
        let mut index = StoryIndex::new(Settings::default());
        index.add(&articles);
        let story_of = index.stories().1;
        let (shelling, refusal, again) =
            (story_of[first], story_of[first + 1], story_of[first + 2]);
        assert_eq!(shelling, again);
        assert_ne!(shelling, refusal);
    }

    #[test]
    fn chunks_give_what_one_batch_gives() {
        let all = [
            article(VOTE, 0.0),
            article(MATCH, 0.2),
            article(VOTE_AGAIN, 1.0),
        ];
        let mut once = StoryIndex::new(Settings::default());
        let mut chunked = StoryIndex::new(Settings::default());
        once.add(&all);
        chunked.add(&all[..2]);
        chunked.add(&all[2..]);
        assert_eq!(once.stories(), chunked.stories());
    }

    #[test]
    fn copies_of_one_text_are_one_story_however_many() {
        let text = format!("{VOTE}\n{}", VOTE_AGAIN.repeat(3));
        let copies: Vec<Article<'_>> = (0..400)
            .map(|k| article(&text, f64::from(k) / 400.0))
            .collect();
        let mut index = StoryIndex::new(Settings::default());
        index.add(&copies);
        let (stories, _) = index.stories();
        assert_eq!(stories.len(), 1);
        assert_eq!(index.wire_copies().len(), 399);
    }

    #[test]
    fn an_outlets_piece_reusing_its_own_text_under_a_new_lead_is_no_copy() {
        let background = "قال المتحدث باسم الوزارة في مؤتمر صحفي عقده اليوم إن الحكومة ستعلن خلال الأيام المقبلة عن خطة جديدة لدعم المزارعين المتضررين من موجة الجفاف التي ضربت البلاد هذا العام وأضاف أن الخطة تشمل قروضا ميسرة وتعويضات مباشرة. وأوضح أن اللجنة المكلفة بالملف عقدت اجتماعات مع ممثلي النقابات الزراعية في المحافظات الجنوبية والشمالية لبحث حجم الخسائر وطرق توزيع المساعدات على الأسر الأكثر حاجة قبل موسم الزراعة المقبل";
        let first = format!("الحكومة تعلن خطة للمزارعين\n{background}");
        let reposted = format!("خطة حكومية لدعم المزارعين\n{background}");
        let next = format!("البرلمان يرفض خطة المزارعين\nرفض البرلمان مساء الثلاثاء بأغلبية كبيرة خطة الحكومة لدعم المزارعين بعد جلسة نقاش حادة استمرت ساعات. {background}");
        let found = |second: &str, outlets: [&'static str; 2]| {
            let mut index = StoryIndex::new(Settings::default());
            let articles: Vec<Article<'_>> = [(first.as_str(), 0.0), (second, 0.6)]
                .into_iter()
                .zip(outlets)
                .map(|((text, day), outlet)| Article {
                    outlet: Some(outlet),
                    ..article(text, day)
                })
                .collect();
            index.add(&articles);
            (index.wire_copies().len(), index.stories().1)
        };
        // the outlet's own next piece, its earlier text as background: another happening
        assert_eq!(found(&next, ["a", "a"]), (0, vec![0, 1]));
        // the outlet's re-post, and another outlet's copy of the dispatch: copies
        assert_eq!(found(&reposted, ["a", "a"]), (1, vec![0, 0]));
        assert_eq!(found(&next, ["a", "b"]).0, 1);
    }

    #[test]
    fn an_outlets_two_pieces_of_an_affair_do_not_both_join_a_report_like_each() {
        // an outlet's airport capture and its air strikes elsewhere on the front, an hour apart,
        // alike in part (0.16 before the outlet's share); another outlet's capture report is
        // like both (0.44 and 0.17): it joins the capture, and the strikes stay apart
        let capture = "الجيش يسيطر على مطار الحديدة\nسيطرت القوات اليمنية المشتركة على مطار الحديدة الدولي بعد معارك عنيفة مع ميليشيات الحوثي في الساحل الغربي";
        let strikes = "غارات للتحالف على مواقع الحوثي في صعدة\nشنت مقاتلات التحالف غارات على مواقع ميليشيات الحوثي في محافظة صعدة وسط فرار جماعي للمسلحين من الساحل الغربي";
        let report = "القوات المشتركة تحرر مطار الحديدة\nحررت القوات اليمنية المشتركة مطار الحديدة الدولي من ميليشيات الحوثي بإسناد من مقاتلات التحالف";
        let grouped = |outlets: [Option<&'static str>; 3]| {
            let mut index = StoryIndex::new(Settings::default());
            let articles: Vec<Article<'_>> =
                [(capture, 0.0), (strikes, 1.0 / 24.0), (report, 0.5 / 24.0)]
                    .into_iter()
                    .zip(outlets)
                    .map(|((text, day), outlet)| Article {
                        outlet,
                        ..article(text, day)
                    })
                    .collect();
            index.add(&articles);
            index.stories().1
        };
        assert_eq!(grouped([Some("a"), Some("a"), Some("b")]), [0, 1, 0]);
        // of three outlets, alike as they are, the three are one story
        assert_eq!(grouped([Some("a"), Some("c"), Some("b")]), [0, 0, 0]);
    }

    #[test]
    fn a_weak_likeness_joins_two_outlets_only_when_their_headlines_agree() {
        // two outlets' pieces of one day alike in their bodies' background only: the bourse
        // falls, and another country's minister speaks on the sanctions behind it
        let bourse = "هبوط حاد للأسهم في بورصة موسكو\nتراجعت الأسهم والروبل بشدة في تعاملات اليوم وسط قلق المستثمرين من تداعيات العقوبات الأميركية الجديدة على شركات روسية كبرى ورجال أعمال مقربين من الكرملين. وهوت أسهم شركة الألمنيوم العملاقة بنحو النصف وسجل المؤشر الرئيسي أكبر خسارة يومية منذ سنوات بينما باع المضاربون السندات الحكومية";
        let minister = "وزير ألماني يحذر من حرب تجارية\nحذر وزير الاقتصاد الألماني من أن تقود العقوبات الأميركية الجديدة على شركات روسية ورجال أعمال مقربين من الكرملين إلى حرب تجارية تضر بأوروبا. وقال الوزير في مقابلة مع صحيفة محلية إن برلين ستناقش مع شركائها في الاتحاد الأوروبي حماية المصانع والصادرات الألمانية من الرسوم الجمركية ودعا إلى الحوار";
        // a piece on the minister's word on the bourse, under a headline that names it
        let named = "وزير ألماني يعلق على هبوط بورصة موسكو\nقال وزير الاقتصاد الألماني في مقابلة مع صحيفة محلية إن برلين ستناقش مع شركائها في الاتحاد الأوروبي حماية المصانع والصادرات الألمانية من الرسوم الجمركية ودعا إلى الحوار مع واشنطن وأشار إلى أن الصناعيين الألمان يراقبون الأسواق عن كثب وأن الحكومة تدرس خطة لدعم المصدرين في قطاع السيارات والآلات";
        let grouped = |texts: [&str; 2]| {
            let mut index = StoryIndex::new(Settings::default());
            let articles: Vec<Article<'_>> = texts
                .into_iter()
                .zip(["a", "b"])
                .enumerate()
                .map(|(k, (text, outlet))| Article {
                    outlet: Some(outlet),
                    ..article(text, k as f64 / 24.0)
                })
                .collect();
            index.add(&articles);
            let likeness = index.likenesses()[0].2;
            assert!((0.09..OWN_ALONE).contains(&likeness), "{likeness}");
            index.stories().1
        };
        assert_eq!(grouped([bourse, minister]), [0, 1]);
        assert_eq!(grouped([bourse, named]), [0, 0]);
    }

    #[test]
    fn an_outlets_two_pieces_join_on_their_own_only_under_headlines_that_agree() {
        // one outlet's record, and its piece an hour later on the star's tweet about it: alike
        // as a rewrite is, their headlines name different things
        let record = "صلاح يحطم الرقم القياسي لعدد الأهداف في موسم واحد\nسجل محمد صلاح هدفه الثاني والثلاثين في الدوري الإنجليزي الممتاز أمام برايتون ليحطم الرقم القياسي لعدد الأهداف في موسم من 38 مباراة ويتوج بالحذاء الذهبي";
        let tweet = "نجم ليفربول يغرد بعد تتويجه بالحذاء الذهبي\nنشر محمد صلاح تغريدة على حسابه بعد تتويجه بالحذاء الذهبي للدوري الإنجليزي الممتاز إثر تسجيله هدفه الثاني والثلاثين أمام برايتون";
        // the outlet's rewrite of the record under a headline naming it
        let rewrite = "صلاح يحطم الرقم القياسي ويتوج بالحذاء الذهبي\nتوج محمد صلاح بالحذاء الذهبي للدوري الإنجليزي الممتاز بعد تسجيله هدفه الثاني والثلاثين أمام برايتون محطما الرقم القياسي";
        let grouped = |second: &str| {
            let mut index = StoryIndex::new(Settings::default());
            index.add(&[
                Article {
                    outlet: Some("a"),
                    ..article(record, 0.0)
                },
                Article {
                    outlet: Some("a"),
                    ..article(second, 1.0 / 24.0)
                },
            ]);
            let likeness = index.likenesses()[0].2;
            assert!(likeness >= OWN_ALONE, "{likeness}");
            index.stories().1
        };
        assert_eq!(grouped(tweet), [0, 1]);
        assert_eq!(grouped(rewrite), [0, 0]);
    }

    #[test]
    fn two_articles_alike_only_below_their_heaviest_terms_are_compared_not_told_apart() {
        // words of no news (rare alike): each article's own in its title and lead, which make
        // its heaviest terms, and twenty shared further down its body
        let word = |n: usize| {
            let letters: Vec<char> = "بتثجحخدذرزسشصضطظعغفقكلمنهي".chars().collect();
            format!(
                "ز{}{}ق",
                letters[n / letters.len()],
                letters[n % letters.len()]
            )
        };
        let own = |from: usize| (from..from + 15).map(word).collect::<Vec<_>>().join(" ");
        let shared = (100..120).map(word).collect::<Vec<_>>().join(" ");
        // the lead's end: no words
        let padding = ". ".repeat(200);
        let text = |headline: &str, from: usize| {
            format!(
                "{headline} {}\n{} {padding}\n{shared}",
                word(from + 50),
                own(from)
            )
        };
        // headlines naming two kinds of happening, which would tell apart two articles alike
        // in their heaviest terms
        let (killing, opening) = (text("مقتل", 200), text("افتتاح", 300));
        let mut index = StoryIndex::new(Settings::default());
        index.add(&[article(&killing, 0.0), article(&opening, 0.1)]);
        let edges = index.likenesses();
        assert_eq!(edges.len(), 1);
        assert!(edges[0].2 > 0.1, "{edges:?}");
    }

    #[test]
    fn an_outlets_video_of_a_happening_joins_the_happening_its_report_tells() {
        // an outlet's report of the teachers' leaders arrested at a protest, and its video of
        // the tear gas fired there, alike in part (0.06 after the outlet's half); another
        // outlet's report tells both
        let report = "اعتقال قادة نقابة المعلمين بعد مظاهرة أمام البرلمان\nاعتقلت الشرطة خمسة من قادة نقابة المعلمين ووجهت إليهم تهمة تنظيم تجمع غير مرخص بعد مظاهرة المطالبين بزيادة الأجور أمام البرلمان في العاصمة";
        let moment = "لحظة إطلاق الغاز المسيل للدموع على المحتجين في العاصمة\nمقطع مصور يظهر عناصر الشرطة يطلقون الغاز المسيل للدموع على المعلمين المحتجين ويطاردونهم في الشوارع المجاورة";
        let other = "الشرطة تفرق مظاهرة المعلمين بالغاز وتعتقل قادة نقابتهم\nأطلقت الشرطة الغاز المسيل للدموع لتفريق آلاف المعلمين المحتجين أمام البرلمان للمطالبة بزيادة الأجور واعتقلت خمسة من قادة نقابة المعلمين بتهمة تنظيم تجمع غير مرخص";
        let grouped = |second: &str| {
            let mut index = StoryIndex::new(Settings::default());
            let articles: Vec<Article<'_>> = [(report, 0.0), (second, 0.02), (other, 0.04)]
                .into_iter()
                .zip(["a", "a", "b"])
                .map(|((text, day), outlet)| Article {
                    outlet: Some(outlet),
                    ..article(text, day)
                })
                .collect();
            index.add(&articles);
            index.stories().1
        };
        let video = format!("شاهد.. {moment}");
        assert_eq!(grouped(&video), [0, 0, 0]);
        // the same piece under a headline of its own: the outlet's second happening of the day
        assert_eq!(grouped(moment), [0, 1, 0]);
    }

    #[test]
    fn a_wire_copy_is_found_with_its_source() {
        let body = "قال المتحدث باسم الوزارة في مؤتمر صحفي عقده اليوم إن الحكومة ستعلن خلال الأيام المقبلة عن خطة جديدة لدعم المزارعين المتضررين من موجة الجفاف التي ضربت البلاد هذا العام وأضاف أن الخطة تشمل قروضا ميسرة وتعويضات مباشرة";
        let copy = format!("عنوان آخر\n{body}");
        let original = format!("الحكومة تعلن خطة للمزارعين\n{body}");
        let mut index = StoryIndex::new(Settings::default());
        index.add(&[article(&original, 0.0), article(&copy, 0.1)]);
        assert_eq!(index.stories().1, [0, 0]);
        assert_eq!(index.wire_copies().len(), 1);
        assert_eq!(
            (
                index.wire_copies()[0].article,
                index.wire_copies()[0].source
            ),
            (1, 0)
        );
    }
}
