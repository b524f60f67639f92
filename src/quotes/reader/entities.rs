//! Stage 4b: entities. The mentions of one referent are joined into one entity of the
//! document: a full name and its surname or first name alone, two spellings of one name
//! (ترامب/ترمب، عراقجي/عراقتشي), a title alone and whoever the document gives that title
//! (الوزير → the minister it named), a shorter name of an organisation and its full one
//! (وزارة الداخلية → وزارة الداخلية البريطانية), a description and what it points back at
//! (الوكالة). Each entity is named by its fullest name in the document.

use rustc_hash::{FxHashMap as HashMap, FxHashSet};

use super::super::lexicon::{strip_conjunction, Class, Classes, Refers};
use super::super::words::Sieve;
use super::super::Speaker;
use super::mentions::{is_kin, is_state_organ, Mention, Mentions};
use super::text::Text;
use crate::quotes::lexicon::{skeleton, Grammar};
use crate::tokens::Kind;

/// Up to this many names or titles, a name is compared with each of the others (an article
/// has a few dozen); beyond, through an index, so that a long document stays linear.
const FEW: usize = 64;

/// One referent of the document.
#[derive(Clone, Debug)]
pub struct Referent {
    /// Its canonical name (the fullest the document gives), type and side.
    pub speaker: Speaker,
    /// Its mentions, as indices into the document's mentions, in order.
    pub mentions: Vec<usize>,
    /// Those of its mentions that name it, shown to the caller: not a document that stands for
    /// it (وقال التقرير، أظهرت دراسة حديثة), which is how it spoke, not a name of it.
    pub shown: Vec<usize>,
    /// The mentions of it inside a person's title (المتحدث باسم الجيش), as indices into the
    /// document's inner mentions.
    pub inner: Vec<usize>,
}

/// The entities of a document.
#[derive(Debug, Default)]
pub struct Entities {
    /// In order of their first mention.
    pub list: Vec<Referent>,
    /// Every name a mention gave a speaker → its entity.
    pub of_name: HashMap<String, usize>,
    /// Each mention's entity.
    pub of_mention: Vec<Option<usize>>,
}

impl Entities {
    /// Each entity's index among those shown to the caller, which leave out an entity that
    /// only documents mention (تقارير إعلامية، دراسة حديثة: no person and no organisation).
    pub fn shown(&self) -> Vec<Option<usize>> {
        let mut next = 0;
        self.list
            .iter()
            .map(|referent| {
                (!referent.shown.is_empty() || !referent.inner.is_empty()).then(|| {
                    next += 1;
                    next - 1
                })
            })
            .collect()
    }

    /// The entity a speaker found by name belongs to, and its canonical form.
    pub fn canonical(&self, speaker: &Speaker) -> Option<(usize, &Speaker)> {
        let &e = self.of_name.get(&speaker.name)?;
        Some((e, &self.list[e].speaker))
    }
}

/// What is known of one name (one distinct `Speaker::name`) the mentions give.
struct Node<'m> {
    /// The speaker of the first mention giving it.
    speaker: &'m Speaker,
    /// Its words as names are matched: search-normalized skeletons.
    words: Vec<String>,
    /// Its words with transliteration variants folded (تش → ج).
    loose: String,
    /// Whether it is only a title that nobody held when it was read.
    title: bool,
    /// The first mention giving it (for a body named inside a title, the mention after it).
    first: usize,
    /// Whether a body named inside a title gave it first, with no mention of its own.
    inner: bool,
    /// Whether it is an organ of a state by its head alone (الحكومة، السلطات).
    organ: bool,
    /// Whether it is a description by a head that names no one (مصدر قضائي، مصادر مطلعة).
    described: bool,
    /// Whether it is one of the lexicon's entities, by its own name.
    known: bool,
}

struct Union(Vec<usize>);

impl Union {
    fn root(&mut self, mut i: usize) -> usize {
        while self.0[i] != i {
            self.0[i] = self.0[self.0[i]];
            i = self.0[i];
        }
        i
    }

    fn join(&mut self, a: usize, b: usize) {
        let (a, b) = (self.root(a), self.root(b));
        if a != b {
            // the earlier name stays the root: entities keep the order of their first mention
            let (low, high) = if a < b { (a, b) } else { (b, a) };
            self.0[high] = low;
        }
    }
    /// Whether the entities of `a` and `b` hold two different people by name: each has one of
    /// `named` (people named in full), and no name of the one shares a word with a name of the
    /// other (a first name or a family name alone, a spelling variant, shares one).
    fn apart(&mut self, nodes: &[Node<'_>], named: &[usize], a: usize, b: usize) -> bool {
        let (ra, rb) = (self.root(a), self.root(b));
        if ra == rb {
            return false;
        }
        let (mut left, mut right): (Vec<usize>, Vec<usize>) = (Vec::new(), Vec::new());
        for &n in named {
            let r = self.root(n);
            if r == ra {
                left.push(n);
            } else if r == rb {
                right.push(n);
            }
        }
        let shares = |x: usize, y: usize| {
            let words = |n: usize| nodes[n].loose.split(' ').filter(|w| !w.is_empty());
            words(x).any(|w| words(y).any(|v| v == w))
        };
        !left.is_empty()
            && !right.is_empty()
            && !left.iter().any(|&x| right.iter().any(|&y| shares(x, y)))
    }

    /// Joins `n` to the entity of `candidates` when they all belong to one; with none, or with
    /// several, which one is meant is unknown and `n` stays apart.
    fn join_the_only(&mut self, n: usize, candidates: impl IntoIterator<Item = usize>) {
        let mut found: Option<usize> = None;
        for l in candidates {
            match found {
                Some(f) if self.root(f) != self.root(l) => return,
                _ => found = Some(l),
            }
        }
        if let Some(l) = found {
            self.join(n, l);
        }
    }
}

/// Joins the mentions of `text` into entities.
pub fn join(text: &Text, mentions: &Mentions) -> Entities {
    let list = &mentions.list;
    // descriptions resolved against the mentions before them
    let mut nodes: Vec<Node> = Vec::with_capacity(list.len());
    let mut node_of: HashMap<&str, usize> = HashMap::default();
    let mut node_of_mention: Vec<Option<usize>> = Vec::with_capacity(list.len());
    let mut node_of_inner: Vec<(usize, usize)> = Vec::with_capacity(mentions.inner.len());
    // the mentions and the bodies inside titles, in the order of their first token: a body
    // named inside a title is after that title's mention
    let mut order: Vec<(usize, Option<usize>)> = (0..list.len()).map(|m| (m, None)).collect();
    for (i, inner) in mentions.inner.iter().enumerate() {
        let m = list.partition_point(|outer| outer.first < inner.first);
        order.push((m, Some(i)));
    }
    order.sort_by_key(|&(m, inner)| (m, inner.is_none()));
    for (m, inner) in order {
        let speaker = match inner {
            Some(i) => mentions.inner[i].speaker.as_ref(),
            None => speaker_of(list, m),
        };
        let Some(speaker) = speaker else {
            // (a body inside a title always has its speaker)
            if inner.is_none() {
                node_of_mention.push(None);
            }
            continue;
        };
        let n = *node_of.entry(speaker.name.as_str()).or_insert_with(|| {
            let normalized = text.lexicon.normalizer.normalize(&speaker.name);
            // its words as skeletons, variants folded (a name of no word: one empty word)
            let mut words: Vec<String> = normalized
                .split_whitespace()
                .map(|word| loose(skeleton(word)))
                .collect();
            if words.is_empty() {
                words.push(String::new());
            }
            let mut heads = normalized.split_whitespace();
            let described = normalized.split_whitespace().next().is_some_and(|head| {
                text.lexicon
                    .groups
                    .get(head)
                    .is_some_and(|&kind| matches!(kind, "person" | "group"))
            });
            let organ = speaker.kind == "institution"
                && match (heads.next(), heads.next()) {
                    (Some(head), None) => {
                        is_state_organ(&skeleton(head.strip_prefix("ال").unwrap_or(head)))
                    }
                    _ => false,
                };
            nodes.push(Node {
                organ,
                described,
                loose: words.join(" "),
                words,
                speaker,
                title: inner.is_none() && list[m].unheld,
                first: m,
                inner: inner.is_some(),
                known: text.lexicon.entity_names.contains(&speaker.name),
            });
            nodes.len() - 1
        });
        if let Some(i) = inner {
            node_of_inner.push((i, n));
            continue;
        }
        // a name once given as a name is a name, even if a title read as one before
        if !list[m].unheld && list[m].refers.is_none() {
            nodes[n].title = false;
        }
        node_of_mention.push(Some(n));
    }
    let mut union = Union((0..nodes.len()).collect());
    join_names(text, &nodes, &mut union);
    join_phrases(text, &nodes, &mut union);
    join_titles(
        text,
        list,
        mentions,
        &nodes,
        &node_of,
        &node_of_mention,
        &mut union,
    );
    join_named_next(text, list, &nodes, &node_of_mention, &mut union);
    join_stacked_titles(text, mentions, &nodes, &node_of_mention, &mut union);
    join_heads(&nodes, &mut union);
    join_ministries(text, &nodes, &mut union);
    join_bracketed(text, list, &nodes, &node_of_mention, &mut union);
    join_body_names(text, list, &nodes, &node_of_mention, &mut union);
    let with_family = join_family_names(text, mentions, &nodes, &node_of_mention, &mut union);
    // one entity per root, named by its fullest name
    let mut entity_of_root: HashMap<usize, usize> = HashMap::default();
    let mut entities = Entities::default();
    let mut members: Vec<Vec<usize>> = Vec::new();
    for n in 0..nodes.len() {
        let root = union.root(n);
        let e = *entity_of_root.entry(root).or_insert_with(|| {
            members.push(Vec::new());
            members.len() - 1
        });
        members[e].push(n);
    }
    // the one-word names of people, to look for in full
    let single: Vec<usize> = members
        .iter()
        .map(|group| best_of(&nodes, group))
        .filter(|&b| {
            nodes[b].words.len() == 1 && nodes[b].speaker.kind == "person" && !nodes[b].title
        })
        .collect();
    let words: Vec<&str> = single.iter().map(|&b| nodes[b].words[0].as_str()).collect();
    let full: HashMap<usize, String> = single
        .iter()
        .zip(full_names(text, &words))
        .filter_map(|(&b, name)| Some((b, name?)))
        .collect();
    for group in &members {
        let best = best_of(&nodes, group);
        let mut speaker = nodes[best].speaker.clone();
        if let Some(name) = with_family.get(&best).or_else(|| full.get(&best)) {
            speaker.name = name.clone();
        }
        if speaker.side.is_none() {
            speaker.side = group.iter().find_map(|&n| nodes[n].speaker.side.clone());
        }
        entities.list.push(Referent {
            speaker,
            mentions: Vec::new(),
            shown: Vec::new(),
            inner: Vec::new(),
        });
    }
    for (name, &n) in &node_of {
        let e = entity_of_root[&union.root(n)];
        entities.of_name.insert((*name).to_owned(), e);
    }
    for (m, node) in node_of_mention.iter().enumerate() {
        let e = node.map(|n| entity_of_root[&union.root(n)]);
        if let Some(e) = e {
            entities.list[e].mentions.push(m);
            // (a document with its issuer, بيان صادر عن مكتب الرئيس, names the issuer after it)
            let mention = &list[m];
            let document =
                text.is_document(mention.first) && mention.name.0 < text.ends(mention.first);
            if !document {
                entities.list[e].shown.push(m);
            }
        }
        entities.of_mention.push(e);
    }
    for &(i, n) in &node_of_inner {
        let e = entity_of_root[&union.root(n)];
        entities.list[e].inner.push(i);
    }
    entities
}

/// The node that names an entity: a name rather than a title, the fullest, the first.
fn best_of(nodes: &[Node<'_>], group: &[usize]) -> usize {
    group
        .iter()
        .copied()
        .max_by_key(|&n| {
            let node = &nodes[n];
            // a lexicon entity goes by the lexicon's name, not by a longer run the text read
            // around it (رئيسة الوزراء تيريزا ماي)
            (
                !node.title,
                node.known,
                node.words.len(),
                std::cmp::Reverse(node.first),
            )
        })
        .expect("an entity has a name")
}

/// The speaker mention `m` stands for: its own, or for a description, the one it points back
/// to among the mentions before it.
fn speaker_of(list: &[Mention], m: usize) -> Option<&Speaker> {
    let mention = &list[m];
    let Some(refers) = mention.refers else {
        return mention.speaker.as_ref();
    };
    let before = list[..m].iter().rev().take(super::LOOKBACK);
    let wanted = |s: &Speaker| match refers {
        Refers::Medium => s.kind == "medium",
        Refers::Issuer => s.kind == "institution",
        Refers::Author => matches!(s.kind, "institution" | "medium"),
        Refers::Previous => s.kind != "group",
        Refers::Pair | Refers::States | Refers::Leaders => false,
    };
    before
        .filter(|b| b.refers.is_none())
        .filter_map(|b| b.speaker.as_ref())
        .find(|s| wanted(s))
}

/// Spelling variants of transliterations folded together: تش and ج (عراقتشي/عراقجي), ڤ and ف.
fn loose(word: String) -> String {
    // (most names have none of them: one scan, and the word as it is)
    if !word.contains(['ڤ', 'چ']) && !word.contains("تش") {
        return word;
    }
    word.replace("تش", "ج").replace('ڤ', "ف").replace('چ', "ج")
}

/// Names of one referent: equal once variants are folded; a person's surname or first name
/// alone and the full name it belongs to; an organisation's shorter name and its full one.
fn join_names(text: &Text, nodes: &[Node<'_>], union: &mut Union) {
    let mut by_loose: HashMap<&str, usize> = HashMap::default();
    for (n, node) in nodes.iter().enumerate() {
        if node.title {
            continue;
        }
        match by_loose.get(node.loose.as_str()) {
            // places are the lexicon's, each by its own name: اليمن and ألمانيا share a
            // skeleton, not a referent
            Some(&other)
                if nodes[other].speaker.kind == node.speaker.kind
                    && node.speaker.kind != "place"
                    && !too_short(text, node, &nodes[other]) =>
            {
                union.join(n, other)
            }
            Some(_) => {}
            None => {
                by_loose.insert(&node.loose, n);
            }
        }
    }
    // the names by their first and by their last word: the longer names a name can be part of
    // are among those that share one with it (rather than every name of the document)
    let mut by_first: HashMap<&str, Vec<usize>> = HashMap::default();
    let mut by_last: HashMap<&str, Vec<usize>> = HashMap::default();
    for (l, long) in nodes.iter().enumerate().filter(|_| nodes.len() > FEW) {
        if let (Some(first), Some(last)) = (long.words.first(), long.words.last()) {
            by_first.entry(first).or_default().push(l);
            by_last.entry(last).or_default().push(l);
        }
    }
    let mut candidates: Vec<usize> = Vec::new();
    for (n, short) in nodes.iter().enumerate() {
        if short.title || short.speaker.kind == "group" && !short.described {
            continue;
        }
        let person = short.speaker.kind == "person";
        candidates.clear();
        if nodes.len() <= FEW {
            candidates.extend(0..nodes.len());
        } else {
            for index in [&by_first, &by_last] {
                for word in short.words.first().into_iter().chain(short.words.last()) {
                    candidates.extend(index.get(word.as_str()).into_iter().flatten());
                }
            }
            candidates.sort_unstable();
            candidates.dedup();
        }
        let fits = |long: &Node| {
            if long.title || long.words.len() <= short.words.len() {
                return false;
            }
            // two bodies the lexicon knows are two (الاتحاد الأوروبي، الاتحاد الأوروبي لكرة القدم)
            if long.speaker.kind != short.speaker.kind || long.known && short.known {
                return false;
            }
            let w = &short.words;
            if short.described {
                // مصادر قضائية → مصادر قضائية فرنسية: a source described once in full;
                // المسؤولون المطلعون → مسؤولون بالإدارة الأمريكية: the head made definite
                // points back to the sources it names
                long.described
                    && w.len() >= 2
                    && (long.words.starts_with(w)
                        || w[0].strip_prefix("ال") == Some(long.words[0].as_str()))
            } else if person {
                // the surname (بدر عبد العاطي → عبد العاطي) or the first name
                long.words.ends_with(w) && !too_short(text, short, long)
                    || (w.len() == 1 && long.words[0] == w[0])
            } else if short.organ {
                // الحكومة → الحكومة المكسيكية: an organ of the state by its head, and the
                // one state the document gives it
                long.words.len() == 2 && long.words[0] == w[0] && long.speaker.side.is_some()
            } else {
                // وزارة الداخلية → وزارة الداخلية البريطانية; الهيئة الإسرائيلية → هيئة البث
                // الإسرائيلية, its head made definite with the adjective it ends with
                w.len() >= 2 && long.words.starts_with(w)
                    || w.len() == 2
                        && w[0].strip_prefix("ال") == Some(long.words[0].as_str())
                        && long.words.last() == w.last()
            }
        };
        let fitting = candidates
            .iter()
            .copied()
            .filter(|&l| l != n && fits(&nodes[l]));
        union.join_the_only(n, fitting);
    }
}

/// Whether two one-word names of one skeleton are too short to be one name spelled twice: a
/// skeleton of two letters or less tells little (روسي and رايس, بيان and بينيا, كل and كالو),
/// and a transliteration keeps its last letter (نوير، نويير), so that must agree.
fn too_short(text: &Text, a: &Node<'_>, b: &Node<'_>) -> bool {
    let last = |node: &Node<'_>| {
        text.lexicon
            .normalizer
            .normalize(&node.speaker.name)
            .chars()
            .last()
    };
    a.words.len() == 1 && a.words[0].chars().count() <= 2 && last(a) != last(b)
}

/// How many entities back a noun phrase read as a subject looks for the name it shortens.
const PHRASE_LOOKBACK: usize = 30;

/// A noun phrase read as a subject with no lexicon behind it (وأكد التحالف، وأوضحت الداخلية،
/// وقال ثوابه) shortens a name the document gave before: its words are a run of an
/// organisation's name (التحالف العربي، وزارة الداخلية المصرية، البنك المركزي المصري), its head
/// made definite (البعثة → بعثة حفظ السلام), or a person's last words (منصور ثوابه). Joined when
/// one entity alone fits, among the last few named.
fn join_phrases(text: &Text, nodes: &[Node<'_>], union: &mut Union) {
    for (n, short) in nodes.iter().enumerate() {
        if short.title || short.described || short.speaker.kind != "group" {
            continue;
        }
        let w = &short.words;
        if w.len() > 3 || w.iter().any(String::is_empty) {
            continue;
        }
        let bare_head = w[0].strip_prefix("ال");
        let fits = |long: &Node| {
            if long.title || long.words.len() <= w.len() {
                return false;
            }
            match long.speaker.kind {
                "person" => long.words.ends_with(w) && !too_short(text, short, long),
                "institution" | "medium" => {
                    long.words.windows(w.len()).any(|run| run == w.as_slice())
                        || bare_head.is_some_and(|head| {
                            long.words[0] == head && long.words[1..].starts_with(&w[1..])
                        })
                }
                _ => false,
            }
        };
        let from = n.saturating_sub(PHRASE_LOOKBACK);
        union.join_the_only(n, (from..n).filter(|&l| fits(&nodes[l])));
    }
}

/// A description's head alone, made definite, points back to the one description before it
/// that it heads: قال مسؤول أمريكي كبير ... وأضاف المسؤول; قال طلاب مكسيكيون ... وأوضح الطلاب.
/// (Descriptions of several with one head, مصادر أمنية and مصادر طبية, leave it alone, and
/// so does a title already bound to the person it names: قال خبير، ستيف كوك، ... وأضاف الخبير.)
fn join_heads(nodes: &[Node<'_>], union: &mut Union) {
    let people = |node: &Node| matches!(node.speaker.kind, "person" | "group");
    let named = |node: &Node| node.speaker.kind == "person" && !node.title && !node.described;
    let named_roots: FxHashSet<usize> = (0..nodes.len())
        .filter(|&n| named(&nodes[n]))
        .map(|n| union.root(n))
        .collect();
    let mut by_head: HashMap<&str, Vec<usize>> = HashMap::default();
    for (l, long) in nodes.iter().enumerate() {
        if !long.title && long.words.len() >= 2 && people(long) {
            by_head.entry(long.words[0].as_str()).or_default().push(l);
        }
    }
    for (n, short) in nodes.iter().enumerate() {
        // a title no one held, or a description; not a family name (الأسد)
        if short.words.len() != 1 || named(short) || !people(short) {
            continue;
        }
        if named_roots.contains(&union.root(n)) {
            continue;
        }
        let Some(head) = short.words[0].strip_prefix("ال") else {
            continue;
        };
        let before = by_head.get(head).into_iter().flatten().copied();
        union.join_the_only(n, before.filter(|&l| l < n));
    }
}

/// A ministry, and its domain with the state's adjective alone (وزارة الخارجية التركية،
/// الخارجية التركية), as the text writes either: one body.
fn join_ministries(text: &Text, nodes: &[Node<'_>], union: &mut Union) {
    let ministry = loose(skeleton(&text.lexicon.normalizer.normalize("وزارة")));
    let body = |node: &Node| node.speaker.kind == "institution" && !node.title;
    let mut by_domain: HashMap<&[String], usize> = HashMap::default();
    for (n, node) in nodes.iter().enumerate() {
        if body(node) && node.words.len() >= 3 && node.words[0] == ministry {
            by_domain.entry(&node.words[1..]).or_insert(n);
        }
    }
    if by_domain.is_empty() {
        return;
    }
    for (n, node) in nodes.iter().enumerate() {
        if let Some(&m) = by_domain.get(node.words.as_slice()).filter(|_| body(node)) {
            union.join(m, n);
        }
    }
}

/// A name read alone as a person's, that the document also gives after a body's head (شركة
/// فيسبوك، موقع تويتر، وكالة فيتش، تطبيق سناب شات), is that body's: وقالت فيسبوك is the
/// company. Not a given name (مجموعة عمرو: عمرو may be a person), nor a name the lexicon
/// knows, nor a person the document names in full or with a title.
fn join_body_names(
    text: &Text,
    list: &[Mention],
    nodes: &[Node<'_>],
    node_of_mention: &[Option<usize>],
    union: &mut Union,
) {
    // (heads whose name follows them, as `groups`' anaphoric classes say, and a medium's:
    // not a body a person leads, قوات حفتر، مكتب فيجايان)
    let own_name = |node: &Node| {
        let name = text.lexicon.normalizer.normalize(&node.speaker.name);
        let head = name.split_whitespace().next().unwrap_or("");
        node.speaker.kind == "medium"
            || node.speaker.kind == "institution" && text.lexicon.anaphora.contains_key(head)
    };
    let mut bodies: HashMap<&[String], Vec<usize>> = HashMap::default();
    for (l, long) in nodes.iter().enumerate() {
        if !long.title && (2..=3).contains(&long.words.len()) && own_name(long) {
            bodies.entry(&long.words[1..]).or_default().push(l);
        }
    }
    if bodies.is_empty() {
        return;
    }
    for (n, short) in nodes.iter().enumerate() {
        if short.speaker.kind != "person" || short.title || short.known || short.words.len() > 2 {
            continue;
        }
        let Some(candidates) = bodies.get(short.words.as_slice()) else {
            continue;
        };
        let normalized = text.lexicon.normalizer.normalize(&short.speaker.name);
        let first = normalized.split_whitespace().next().unwrap_or("");
        if text.lexicon.given_names.contains_key(first) {
            continue;
        }
        // (a person the text names in full as well: قوات حفتر and خليفة حفتر)
        let root = union.root(n);
        let named_in_full = (0..nodes.len())
            .any(|m| m != n && nodes[m].speaker.kind == "person" && union.root(m) == root);
        // (a person with a title: الرئيس الكوري الجنوبي مون, and حكومة مون)
        let titled = (0..list.len()).any(|m| {
            node_of_mention[m].is_some_and(|o| union.root(o) == root)
                && (list[m].role.is_some() || list[m].title.is_some())
        });
        if named_in_full || titled {
            continue;
        }
        union.join_the_only(n, candidates.iter().copied());
    }
}

/// A family name alone that no lexicon reads as a person's (وقال السلمي، وأضاف بوريطة: a
/// relation in ي, a word in ة, read as a group) is the person whose name the text wrote
/// before with that word right after it, where the name was read without it (رئيس البرلمان
/// العربي مشعل بن فهمي السلمي، وزير الخارجية ناصر بوريطة رسالة): the one such person. Returns
/// the full name each person so joined is written with (its name and the family name).
fn join_family_names(
    text: &Text,
    mentions: &Mentions,
    nodes: &[Node<'_>],
    node_of_mention: &[Option<usize>],
    union: &mut Union,
) -> HashMap<usize, String> {
    let list = &mentions.list;
    let mut with_family: HashMap<usize, String> = HashMap::default();
    // the plain word right after each name of a person, as a skeleton → (its node, mention)
    let mut after: HashMap<String, Vec<(usize, usize)>> = HashMap::default();
    for (m, mention) in list.iter().enumerate() {
        let Some(n) = node_of_mention[m] else {
            continue;
        };
        let node = &nodes[n];
        // (a name the lexicon knows is whole: دونالد ترامب بعضهم; and a name of one word is a
        // given name: not a verb read as a name, يريد العقاد)
        let named = node.speaker.kind == "person" && !node.title && !node.described && !node.known;
        let given = node.words.len() > 1 || {
            let name = text.lexicon.normalizer.normalize(&node.speaker.name);
            text.lexicon.given_names.contains_key(name.as_ref())
        };
        if !named || !given || mention.how != "name" {
            continue;
        }
        let k = mention.end;
        // (right after the name, where the mention ends with it)
        if k == 0 || mention.name.1 != text.ends(k - 1) {
            continue;
        }
        // (not a word of its own standing: a verb, a title, a group's word, a side, another
        // mention, or one over a line break)
        let plain = k < text.tokens.len()
            && text.tokens.kind(k) == Kind::Word
            && !text.tokens.after_break(k)
            && !text.is_function_word(k)
            && !text.plays(k, Grammar::Particle)
            && text.verb(k).is_none()
            && text.title_at(k, true).is_none()
            && !text.is_group_word(k)
            && !text.is_side(k)
            && !mentions.at.contains_key(&k);
        if !plain {
            continue;
        }
        // (as written, not as a skeleton: حسني is not حسن)
        let written = (text.display)(text.starts(k), text.ends(k));
        let word = text.lexicon.normalizer.normalize(&written).into_owned();
        after.entry(word).or_default().push((n, m));
    }
    if after.is_empty() {
        return with_family;
    }
    for (n, short) in nodes.iter().enumerate() {
        // (a body inside a title is an organisation's name, never a family name alone)
        if short.inner {
            continue;
        }
        // (not a plural, which names a group: الديمقراطيون، المحتجين، الناشطات، الأنباء; nor a
        // word with a pronoun: بعضهم)
        let written = text.lexicon.normalizer.normalize(&short.speaker.name);
        let stem: Vec<char> = written
            .strip_prefix("ال")
            .unwrap_or(&written)
            .chars()
            .collect();
        let plural = written.ends_with("ون")
            || written.ends_with("هم")
            || written.ends_with("هما")
            || matches!(stem.as_slice(), ['ا', _, _, 'ا', _])
            || written.starts_with("ال")
                && written.chars().count() >= 7
                && (written.ends_with("ين") || written.ends_with("ات"));
        // (nor the subject of a verb only a document or a law has: ونص العقد على أن)
        let first = list[short.first].first;
        let document = first > 0 && text.verb(first - 1).is_some_and(|v| v.document || v.that);
        let alone = short.speaker.kind == "group"
            && short.words.len() == 1
            && !plural
            && !document
            && !short.title
            && !short.described
            && !short.known;
        let Some(before) = alone.then(|| after.get(written.as_ref())).flatten() else {
            continue;
        };
        let earlier = || before.iter().filter(|&&(_, m)| m < short.first);
        union.join_the_only(n, earlier().map(|&(l, _)| l));
        let root = union.root(n);
        if let Some(&(l, m)) = earlier().find(|&&(l, _)| l != n && union.root(l) == root) {
            let (start, _) = list[m].name;
            let family = list[m].end;
            with_family
                .entry(l)
                .or_insert_with(|| (text.display)(start, text.ends(family)));
        }
    }
    with_family
}

/// Another name of an organisation, in brackets right after it (الاتحاد الدولي لكرة القدم
/// (فيفا)، قوات سوريا الديمقراطية (قسد)), is the same entity where the text uses it alone.
fn join_bracketed(
    text: &Text,
    list: &[Mention],
    nodes: &[Node<'_>],
    node_of_mention: &[Option<usize>],
    union: &mut Union,
) {
    // a name as the key it is met by: its words' skeletons, the first without its article
    let key = |words: &mut dyn Iterator<Item = &str>| {
        let words: Vec<String> = words
            .enumerate()
            .map(|(i, w)| {
                let w = if i == 0 {
                    w.strip_prefix("ال").unwrap_or(w)
                } else {
                    w
                };
                loose(skeleton(w))
            })
            .collect();
        words.join(" ")
    };
    let mut named: HashMap<String, usize> = HashMap::default();
    for (m, mention) in list.iter().enumerate() {
        let Some(n) = node_of_mention[m] else {
            continue;
        };
        // (a place's brackets hold a dateline's medium: دبي، الإمارات العربية المتحدة (CNN))
        if mention.how != "name" || matches!(nodes[n].speaker.kind, "person" | "place") {
            continue;
        }
        // (the mention may end before the closing bracket, or before the opening one)
        let bracket = (mention.first..=mention.end).find_map(|k| {
            let after = text.parenthesis(k)?;
            let closes = k == mention.end || after == mention.end || after == mention.end + 1;
            closes.then_some(k + 1..after - 1)
        });
        if let Some(inside) = bracket {
            named.insert(key(&mut inside.map(|i| text.word(i))), n);
        }
    }
    if named.is_empty() {
        return;
    }
    for (n, node) in nodes.iter().enumerate() {
        let normalized = text.lexicon.normalizer.normalize(&node.speaker.name);
        if let Some(&other) = named.get(&key(&mut normalized.split_whitespace())) {
            if other != n {
                union.join(n, other);
            }
        }
    }
}

/// The nodes of people named in full (no title alone, no description): two of them are two
/// people unless a name of the one shares a word with a name of the other ([`Union::apart`]).
fn named_people(nodes: &[Node<'_>]) -> Vec<usize> {
    (0..nodes.len())
        .filter(|&n| {
            let node = &nodes[n];
            node.speaker.kind == "person" && !node.title && !node.described
        })
        .collect()
}

/// A title alone joins whoever the document gives that title, before or after it: the holder
/// bound to the same title, else the one person whose title has all its words (الوزير، وزير
/// الخارجية → وزير الخارجية الفرنسي جان إيف لو دريان), the nearest before it if several.
fn join_titles(
    text: &Text,
    list: &[Mention],
    mentions: &Mentions,
    nodes: &[Node<'_>],
    node_of: &HashMap<&str, usize>,
    node_of_mention: &[Option<usize>],
    union: &mut Union,
) {
    // the titles given with a name: their words, and the name's node
    let mut held: Vec<(usize, Vec<String>, usize)> = Vec::new();
    for (m, mention) in list.iter().enumerate() {
        if mention.title_only || mention.how != "name" {
            continue;
        }
        if let (Some(_), Some(n)) = (&mention.title, node_of_mention[m]) {
            held.push((m, mention.title_words.clone(), n));
        }
    }
    // the head of an official's description that points back (المسؤول; المسؤولة would need
    // a woman, which a name does not always say)
    let official: Vec<String> = ["مسؤول"]
        .iter()
        .map(|w| skeleton(&text.lexicon.normalizer.normalize(w)))
        .collect();
    // the titles given with a name by each of their words, in order
    let mut holding: HashMap<&str, Vec<usize>> = HashMap::default();
    for (i, (_, role, _)) in held.iter().enumerate().filter(|_| held.len() > FEW) {
        for word in role {
            let places = holding.entry(word.as_str()).or_default();
            if places.last() != Some(&i) {
                places.push(i);
            }
        }
    }
    let definite = |k: usize| {
        let head = text.word(k);
        strip_conjunction(head).unwrap_or(head).starts_with("ال")
    };
    // the people named in full, whom a title shared by two must not make one (اللاعب الكرواتي،
    // لوكا مودريتش على منافسيه المصري، محمد صلاح; محامي ترامب for two lawyers in turn)
    let named = named_people(nodes);
    let join = |union: &mut Union, a: usize, b: usize| {
        if !union.apart(nodes, &named, a, b) {
            union.join(a, b);
        }
    };
    for (m, mention) in list.iter().enumerate() {
        if !mention.unheld {
            continue;
        }
        let (Some(title), Some(n)) = (&mention.title, node_of_mention[m]) else {
            continue;
        };
        // a title in apposition to the name before it: كريم كينيك، رئيس الهلال الأحمر; after
        // a comma also to a name with a title of its own (الجنرال جون هايتن، قائد القوة ...),
        // while a title right after a titled name is rather its object (استقبل الرئيس فلان
        // رئيس الوزراء), and one after a preposition is governed by it (قال ترامب للصحفي)
        if m > 0 && !mention.governed {
            let before = &list[m - 1];
            let comma = before.end + 1 == mention.first && text.is(before.end, ',');
            let adjacent = before.end == mention.first || comma;
            let named =
                before.how == "name" && !before.title_only && (before.role.is_none() || comma);
            if let (true, true, Some(b)) = (adjacent, named, node_of_mention[m - 1]) {
                if nodes[b].speaker.kind == "person" {
                    join(union, b, n);
                    continue;
                }
            }
        }
        if let Some(holder) = mentions.bindings.get(title) {
            if let Some(&h) = node_of.get(holder.name.as_str()) {
                join(union, h, n);
                continue;
            }
        }
        let words = &mention.title_words;
        if words.is_empty() {
            continue;
        }
        // the titles with the rarest of its words, rather than every title of the document
        let rarest = words
            .iter()
            .map(|w| holding.get(w.as_str()).map_or(&[][..], Vec::as_slice))
            .min_by_key(|places| places.len())
            .unwrap_or(&[]);
        let all = 0..if held.len() > FEW { 0 } else { held.len() };
        let candidates: Vec<&(usize, Vec<String>, usize)> = all
            .chain(rarest.iter().copied())
            .map(|i| &held[i])
            .filter(|(_, role, _)| words.iter().all(|w| role.contains(w)))
            .filter(|(_, _, h)| !nodes[*h].title && nodes[*h].speaker.kind == "person")
            .collect();
        // else one whose title has all its words but a last adjective (قائد الجيش البورمي →
        // قائد الجيش الجنرال مين أونغ هلاينغ), of no other side
        let candidates = if candidates.is_empty() && words.len() >= 3 {
            let side = &nodes[n].speaker.side;
            let all = 0..if held.len() > FEW { 0 } else { held.len() };
            all.chain(rarest.iter().copied())
                .map(|i| &held[i])
                .filter(|(_, role, _)| words[..words.len() - 1].iter().all(|w| role.contains(w)))
                .filter(|(_, _, h)| !nodes[*h].title && nodes[*h].speaker.kind == "person")
                .filter(|(_, _, h)| {
                    let other = &nodes[*h].speaker.side;
                    side.is_none() || other.is_none() || side == other
                })
                .collect()
        } else {
            candidates
        };
        let before = candidates.iter().rev().find(|(at, _, _)| *at < m);
        let chosen = before.or_else(|| candidates.first());
        if let Some((_, _, h)) = chosen {
            join(union, *h, n);
        } else if words.len() == 2
            && (official.contains(&words[0]) || text.lexicon.person_roles.contains(&words[0]))
            && mention.end == mention.first + 2
            && is_relation(text.word(mention.first + 1))
        {
            // المسؤول الإيراني، المسؤول العسكري، النجم المصري: an official or a role called by
            // what they are once the text has given them as a speaker (قال وزير النقل الإيراني فلان، أعلن مسؤول
            // إيراني): the nearest person a reporting verb had as its subject, of no other side
            let side = &nodes[n].speaker.side;
            let antecedent = (0..m)
                .rev()
                .take(super::LOOKBACK)
                .filter(|&b| list[b].how == "name" && !list[b].title_only && !list[b].governed)
                .filter(|&b| {
                    let first = list[b].first;
                    first > 0 && text.verb(first - 1).is_some_and(|v| v.class == Class::Verb)
                })
                .filter_map(|b| node_of_mention[b])
                .filter(|&b| nodes[b].speaker.kind == "person" && !nodes[b].title)
                .find(|&b| {
                    let other = &nodes[b].speaker.side;
                    side.is_none() || other.is_none() || side == other
                });
            if let Some(b) = antecedent {
                join(union, b, n);
            }
        } else if definite(mention.first) {
            // وقال متحدث باسم النادي ... وقال المتحدث باسم النادي، وأكد المتحدث: a definite
            // title no one holds by name points back to the last such title with all its words
            let earlier = (0..m)
                .rev()
                .take(super::LOOKBACK)
                .filter(|&b| list[b].unheld && list[b].title.is_some())
                .find(|&b| words.iter().all(|w| list[b].title_words.contains(w)));
            if let Some(b) = earlier.and_then(|b| node_of_mention[b]) {
                join(union, b, n);
            }
        }
    }
}

/// How many tokens after a title that spoke its holder may be named by the next report.
const NAMED_NEXT: usize = 60;

/// How many tokens after such a title a person named with its head may hold it.
const NAMED_FAR: usize = 400;

/// A title alone that a reporting verb had as its subject, and no one named (قال نائب وزير
/// الخارجية الإيراني إن ...، أعلن متحدث باسم الحرس الثوري ...), is held by the person the next
/// report names in full as its subject, opening the next sentence, when no other person is
/// named between them, that person was not named before and the two verbs agree in gender: وقال عباس
/// عراقجي لبي بي سي، وقال المتحدث رمضان شريف. A title with other words makes another person
/// (وقال المدافع، دوجان لوفرن، after المدرب; زميله فلان), and so does another side.
fn join_named_next(
    text: &Text,
    list: &[Mention],
    nodes: &[Node<'_>],
    node_of_mention: &[Option<usize>],
    union: &mut Union,
) {
    let named = named_people(nodes);
    let reported = |m: &Mention| {
        m.first > 0
            && !m.governed
            && text
                .verb(m.first - 1)
                .is_some_and(|v| v.class == Class::Verb)
    };
    // the gender a reporting verb gives its subject (قالت، تقول; not لفت)
    let feminine = |k: usize| {
        let word = text.word(k);
        let word = strip_conjunction(word).unwrap_or(word);
        text.verb(k).is_some_and(|v| {
            let lemma = v.lemma.as_str();
            word.ends_with('ت') && word != lemma || word.starts_with('ت') && !lemma.starts_with('ت')
        })
    };
    for (m, title) in list.iter().enumerate() {
        if !(title.unheld && title.title_only && reported(title)) {
            continue;
        }
        let Some(n) = node_of_mention[m] else {
            continue;
        };
        if nodes[n].speaker.kind != "person" {
            continue;
        }
        // the next person the text names, with nobody named between, in the next sentence
        // at the latest, the subject of a verb of the title's gender
        let next = list[m + 1..]
            .iter()
            .enumerate()
            .take_while(|(_, o)| o.first <= title.end + NAMED_NEXT)
            .find(|(_, o)| o.speaker.as_ref().is_some_and(|s| s.kind == "person"));
        // or, further on, one named with the title's head (أعلن متحدث باسم الحرس الثوري ...
        // وقال المتحدث رمضان شريف), before any other title alone with that head
        let head = title.title_words.first();
        let titled = || {
            list[m + 1..]
                .iter()
                .enumerate()
                .take_while(|(_, o)| o.first <= title.end + NAMED_FAR)
                .take_while(|(_, o)| !(o.title_only && o.title_words.first() == head))
                .find(|(_, o)| {
                    !o.title_only && !o.title_words.is_empty() && o.title_words.first() == head
                })
        };
        let near = next.filter(|(_, o)| o.how == "name" && o.title_words.is_empty());
        let Some((i, holder)) = near.or_else(titled).or(next) else {
            continue;
        };
        let h = m + 1 + i;
        let far = holder.first > title.end + NAMED_NEXT || next.is_some_and(|(j, _)| j != i);
        if holder.how != "name" || holder.title_only || holder.refers.is_some() {
            continue;
        }
        if !reported(holder) || feminine(holder.first - 1) != feminine(title.first - 1) {
            continue;
        }
        // the report opens its sentence (not a name inside the content reported: قال السفير
        // إن ... ودفع أموالا) and names someone in full
        let verb = holder.first - 1;
        let opens = verb == 0
            || text.tokens.after_break(verb)
            || ['.', '!', '?', ':', '"']
                .iter()
                .any(|&c| text.is(verb - 1, c));
        if !opens || node_of_mention[h].is_none_or(|hn| nodes[hn].words.len() < 2) {
            continue;
        }
        // in the next sentence at the latest
        let ends = (title.end..holder.first)
            .filter(|&j| {
                text.tokens.after_break(j) || ['.', '!', '?'].iter().any(|&c| text.is(j, c))
            })
            .count();
        if ends > 1 && !far {
            continue;
        }
        let Some(hn) = node_of_mention[h] else {
            continue;
        };
        // a name given before the title is someone the text had already named
        if nodes[hn].title || nodes[hn].described || nodes[hn].first < m {
            continue;
        }
        // (زميله فلان، ابنته فلانة: someone of the first's, not the first)
        let head = text.word(holder.first);
        if is_kin(head) || is_kin(head.strip_suffix('ه').unwrap_or(head)) {
            continue;
        }
        // its own title, before it or in apposition after it, has only the title's words
        // (المتحدث فلان after متحدث باسم ...; not المدافع، فلان، after المدرب)
        let within = |words: &[String]| words.iter().all(|w| title.title_words.contains(w));
        let apposed = list
            .get(h + 1)
            .filter(|o| o.title_only && (o.first == holder.end || o.first == holder.end + 1));
        if !within(&holder.title_words) || apposed.is_some_and(|o| !within(&o.title_words)) {
            continue;
        }
        // (nor one of another side: وزير الخارجية الكندي ... وزير الخارجية الفرنسي فلان)
        let (a, b) = (&nodes[n].speaker.side, &nodes[hn].speaker.side);
        let sided = a.is_none() || b.is_none() || a == b;
        if sided && !union.apart(nodes, &named, n, hn) {
            // (the title is no one's yet: a holder joined before keeps it)
            let root = union.root(n);
            let held = named.iter().any(|&p| union.root(p) == root);
            if !held {
                union.join(hn, n);
            }
        }
    }
}

/// A title alone right before another title with a name is held by that name: the second is a
/// rank or an honorific the holder is given with it (رئيس جامعة تعز الدكتور محمد الشعيبي،
/// المتحدث الأمني بوزارة الداخلية، اللواء منصور التركي، وزير الخارجية الشيخ فلان). Between
/// them, a comma or the body the first title is of (بوزارة الداخلية).
fn join_stacked_titles(
    text: &Text,
    mentions: &Mentions,
    nodes: &[Node<'_>],
    node_of_mention: &[Option<usize>],
    union: &mut Union,
) {
    let list = &mentions.list;
    let named = named_people(nodes);
    for (m, title) in list.iter().enumerate() {
        if !(title.title_only && title.unheld) {
            continue;
        }
        let Some(n) = node_of_mention[m].filter(|&n| nodes[n].speaker.kind == "person") else {
            continue;
        };
        // past a comma and a body the title is of, with its preposition (بوزارة، في الوزارة)
        let mut j = title.end;
        let holder = loop {
            if j >= text.tokens.len() {
                break None;
            }
            if text.is(j, ',') {
                j += 1;
                continue;
            }
            let Some(&h) = mentions.at.get(&j) else {
                break None;
            };
            let mention = &list[h];
            let of = mention.governed || text.word(j).starts_with(['ب', 'ل']);
            let body = mention.speaker.as_ref().is_some_and(|s| s.kind != "person");
            if body && of && mention.end > j {
                j = mention.end;
                continue;
            }
            break Some(h);
        };
        let Some(h) = holder else {
            continue;
        };
        let holder = &list[h];
        if holder.how != "name" || holder.title_only || holder.title.is_none() {
            continue;
        }
        let Some(hn) = node_of_mention[h] else {
            continue;
        };
        let person = &nodes[hn];
        if person.speaker.kind != "person" || person.title || person.described {
            continue;
        }
        // (the title is no one's yet: a holder joined before keeps it)
        let root = union.root(n);
        let held = named.iter().any(|&p| union.root(p) == root);
        if !held && !union.apart(nodes, &named, n, hn) {
            union.join(hn, n);
        }
    }
}

/// The full names of people the document calls by one name only (ماكنزي), when it writes
/// that name once with another after it (ودرست ماكنزي نولاند) and that other also alone
/// elsewhere (وكانت نولاند): the first name and the family name. `words` are the one-word
/// names, as skeletons; two passes over the tokens serve them all.
fn full_names(text: &Text, words: &[&str]) -> Vec<Option<String>> {
    let tokens = text.tokens;
    if words.is_empty() {
        return Vec::new();
    }
    // each name by its skeleton (the first of equal ones), so that a token is one lookup
    let mut which: HashMap<&str, usize> = HashMap::default();
    let mut names = Sieve::default();
    for (w, word) in words.iter().enumerate() {
        which.entry(word).or_insert(w);
        names.add(word);
    }
    // (which name, where it is written, the proclitic's length, the word after it)
    let mut candidates: Vec<(usize, usize, usize, &str)> = Vec::new();
    // whether the word after it is a name a lexicon knows (ميلانيا ترامب)
    let mut known: Vec<bool> = Vec::new();
    // whether the two words stand in apposition (وتحدثت ساندي بلامبيد، ابنة الضحية): a name
    // and its description, written once in full
    let mut apposed: Vec<bool> = Vec::new();
    let mut has_candidate = vec![false; words.len()];
    for k in 0..tokens.len().saturating_sub(1) {
        if !text.words.may_be_in(k, &names) {
            continue;
        }
        for form in text.words.of(k, true) {
            if !names.may_hold(form.skeleton) {
                continue;
            }
            let Some(&w) = which.get(form.skeleton) else {
                continue;
            };
            if has_candidate[w] {
                break;
            }
            let next = text.words.whole(k + 1);
            let plausible = tokens.kind(k + 1) == Kind::Word
                && !tokens.after_break(k + 1)
                && next.text.chars().count() >= 3
                && !next.text.starts_with("ال")
                && !text.is_function_word(k + 1)
                && !text.plays(k + 1, Grammar::Particle)
                && text.verb(k + 1).is_none()
                && text.title_at(k + 1, true).is_none()
                && !text.is_side(k + 1)
                && next.skeleton != form.skeleton;
            if plausible {
                candidates.push((w, k, form.prefix, next.skeleton));
                known.push(text.entity_at(k + 1).is_some());
                apposed.push(apposed_name(text, k));
                has_candidate[w] = true;
            }
            break;
        }
    }
    let mut found = vec![None; words.len()];
    let mut counts = vec![0usize; candidates.len()];
    // how often the word after the name is written without the name before it: a family name
    // is also used alone (غوغل بلاس, never بلاس alone, is a product of غوغل, not its full name)
    let mut alone = vec![0usize; candidates.len()];
    // the candidates by the word after the name: each token's forms are looked up once
    let mut by_next: Vec<usize> = (0..candidates.len()).collect();
    by_next.sort_by_key(|&c| candidates[c].3);
    let nexts: FxHashSet<&str> = candidates.iter().map(|c| c.3).collect();
    let mut after = Sieve::default();
    nexts.iter().for_each(|next| after.add(next));
    for k in (0..tokens.len()).filter(|_| !candidates.is_empty()) {
        if !text.words.may_be_in(k, &after) {
            continue;
        }
        for form in text.words.of(k, true) {
            if !after.may_hold(form.skeleton) || !nexts.contains(form.skeleton) {
                continue;
            }
            // not a verb after its particle (نايكي تسحب ... أن تسحب)
            let particle = k > 0
                && matches!(
                    text.word(k - 1),
                    "ان" | "لن" | "لم" | "قد" | "سوف" | "لا" | "كي" | "حتي"
                );
            let from = by_next.partition_point(|&c| candidates[c].3 < form.skeleton);
            for &c in by_next[from..]
                .iter()
                .take_while(|&&c| candidates[c].3 == form.skeleton)
            {
                if k == candidates[c].1 + 1 || !particle {
                    counts[c] += 1;
                }
                let name = words[candidates[c].0];
                let after_name = k > 0 && text.words.of(k - 1, true).any(|f| f.skeleton == name);
                if !after_name && !particle {
                    alone[c] += 1;
                }
            }
        }
    }
    for (c, &(w, k, prefix, _)) in candidates.iter().enumerate() {
        let repeated = counts[c] >= 2 && (alone[c] >= 1 || known[c]);
        if (repeated || apposed[c]) && found[w].is_none() {
            found[w] = Some((text.display)(tokens.start(k) + prefix, tokens.end(k + 1)));
        }
    }
    // a family name alone (بروكتر) after the given name it had once (كاسيداي بروكتور): the
    // first place each name still without one is written so, in one pass for all of them
    let mut waiting: Vec<usize> = (0..words.len()).filter(|&w| found[w].is_none()).collect();
    waiting.sort_by_key(|&w| words[w]);
    let mut pending: FxHashSet<&str> = waiting.iter().map(|&w| words[w]).collect();
    let mut waited = Sieve::default();
    pending.iter().for_each(|name| waited.add(name));
    for k in 1..tokens.len() {
        if pending.is_empty() {
            break;
        }
        let skeleton = text.words.whole(k).skeleton;
        if !waited.may_hold(skeleton) || !pending.contains(skeleton) {
            continue;
        }
        let before = text.words.whole(k - 1);
        // (not over a line break: إيران\nهواوي; nor a function word spelt with the name's
        // letters: خلال is not خليل)
        if tokens.kind(k - 1) != Kind::Word || tokens.after_break(k) || text.is_function_word(k) {
            continue;
        }
        // where a name begins after a word that is no part of it: a known name, a function
        // word, a particle, a verb, a title, a definite word
        let opens = text.entity_at(k - 1).is_some()
            || before.text.chars().count() < 3
            || before.text.starts_with("ال")
            || before.text.starts_with('و')
            || text.is_function_word(k - 1)
            || text.plays(k - 1, Grammar::Particle)
            || text.verb(k - 1).is_some()
            || text.title_at(k - 1, true).is_some()
            || text.is_side(k - 1)
            || text.is_group_word(k - 1);
        if opens {
            continue;
        }
        // otherwise the word before is the given name if it reads as one; if not, it is a
        // noun the name depends on, and the name has no given name where the text first
        // writes it after a word: a noun in ة (normalized ه) or ات or with its pronoun (عودة
        // حفتر، يمنحه زيدان; جوزيه is a name), a verb in the present (يبرز زيدان) or a
        // preposition on a noun, a verb or a given name (لمركز دبي، ليصبح كيم، لسيرجيو راموس)
        let word = before.text;
        let given = before.classes.has(Classes::GIVEN);
        let suffixed = word.ends_with("ات")
            || word.ends_with("ها")
            || word.ends_with("هم")
            || word.ends_with('ه') && !word.ends_with("يه");
        let present = word.starts_with('ي')
            && !["يا", "يي"].iter().any(|p| word.starts_with(p))
            && word.chars().count() >= 4;
        let preposition = word.strip_prefix(['ل', 'ب']).is_some_and(|rest| {
            rest.starts_with(['ت', 'م']) || text.lexicon.given_names.contains_key(rest)
        });
        let noun = suffixed || present || preposition;
        if given || !noun {
            let from = waiting.partition_point(|&w| words[w] < skeleton);
            for &w in waiting[from..]
                .iter()
                .take_while(|&&w| words[w] == skeleton)
            {
                found[w] = Some((text.display)(tokens.start(k - 1), tokens.end(k)));
            }
        }
        pending.remove(skeleton);
    }
    found
}

/// Whether the one-word name at `k` and the word after it are a full name in apposition: a
/// comma after them, and before them a comma (وصمم طالب الروبوتات، غيوان بارك، الدائرة) or
/// after the comma a title or a noun of kin (وتحدثت ساندي بلامبيد، ابنة الضحية); the second
/// word a name's, no proclitic, accusative ending or pronoun on it (not رؤى مبكرا، مادونا
/// بمالاوي، تيجاني تفاؤله; a ب may start a name: بلامبيد، بارك).
fn apposed_name(text: &Text, k: usize) -> bool {
    let tokens = text.tokens;
    // (، is , once normalized)
    let comma = |j: usize| text.is(j, ',');
    let second = text.word(k + 1);
    let name_like = tokens.kind(k + 1) == Kind::Word
        && second.chars().count() >= 3
        && !second.starts_with(['و', 'ل', 'ف'])
        && !second.starts_with("بال")
        && text
            .entity_at(k + 1)
            .is_none_or(|(_, prefix, _)| prefix == 0)
        && !second.ends_with(['ا', 'ه'])
        && !second.ends_with("هم");
    let described = tokens.get(k + 3).is_some_and(|t| t.kind == Kind::Word)
        && (text.title_at(k + 3, true).is_some() || is_kin(text.word(k + 3)));
    name_like && comma(k + 2) && (k > 0 && comma(k - 1) || described)
}

/// Whether a word (normalized) is an adjective of relation: الإيراني، العسكري، الأمنية, not
/// السابق or الكبير, which say nothing of whom the official is one of.
fn is_relation(word: &str) -> bool {
    let stem = word.strip_prefix("ال").unwrap_or(word);
    // (not an ordinal: المسؤول الثاني في الوزارة)
    let ordinal = matches!(stem, "ثاني" | "ثانيه");
    !ordinal && stem.chars().count() >= 4 && (stem.ends_with('ي') || stem.ends_with("يه"))
}
