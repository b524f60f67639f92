//! Names no lexicon knows: how far an unknown name runs, its given and family names, and a name
//! that stands before its verb.

use super::*;

impl Finder<'_, '_> {
    /// A name no lexicon knows as the subject written before its reporting verb, opening a
    /// headline, a sentence or a clause (مارادونا ينتقد ...، لكن بوبليت قالت إن): the words of
    /// a name with the verb right after them, not a conjoined one (which goes on with the
    /// subject before it).
    pub(super) fn fronted_name(&mut self, k: usize) -> Option<Mention> {
        if !self.opens_before_verb(k) {
            return None;
        }
        let first = self.word(k);
        let given = self.lexicon.given_names.contains_key(first);
        // ومضى يقول، وطالما نفى، لذا يتوقع، يمكن القول: a conjunction, a verb that carries
        // the next one or a particle opens the clause, not a name (ي opens names only when
        // they are given names: يوسف، ياسر)
        let carrier = |w: &str| {
            self.lexicon.is(w, Grammar::Auxiliary)
                || matches!(w, "مضي" | "راح" | "بات" | "جري" | "تم")
        };
        if !given
            && (first.starts_with(['و', 'ي'])
                || first.starts_with("لكن")
                || first.starts_with("لذ")
                || carrier(first))
        {
            return None;
        }
        // شخصيا لا أعتقد، حاليا يقول: an adverb of relation opens the clause (not a given
        // name: ماريا)
        if !given && first.ends_with("يا") && first.chars().count() >= 5 {
            return None;
        }
        let reports_at = |end: usize| self.reports_at(end);
        // a line opens with its subject, a headline always: a description (معارضون بريطانيون
        // يطالبون) or, opening the text, any noun phrase of up to three words (المنتخب
        // التونسي يستبعد، التحالف يطالب) before the verb
        let line_start = k == 0 || self.tokens.after_break(k);
        if line_start {
            if let Some(described) = self.described(k).filter(|m| reports_at(m.end)) {
                return Some(described);
            }
            let phrase = self.plain_run(k, 3);
            if k == 0 && phrase > 0 && reports_at(k + phrase) && self.unknown_name(k) < phrase {
                return Some(self.described_mention(k, k + phrase));
            }
        }
        let len = self.unknown_name(k);
        // one word (مارادونا ينتقد، لكن بوبليت قالت), or a given name and more (شيرين عبد
        // الوهاب أعلنت): a run of unknown words before a verb is as often a phrase
        // (opening the text, the headline's subject all the same: مهاتير محمد يعلن, read as
        // a description, not learned)
        if k == 0 && len > 1 && !given && reports_at(k + len) {
            return Some(self.described_mention(k, k + len));
        }
        if len == 0 || len > 1 && !given || !reports_at(k + len) {
            return None;
        }
        Some(self.learned_name(k, k, k + len))
    }

    /// Whether a comma and a title follow within a name's length of `k`, with nothing but words
    /// before the comma: where a name in apposition may start (a quick test before reading it).
    pub(super) fn comma_and_title_ahead(&self, k: usize) -> bool {
        let next = self.apposition_commas.partition_point(|&c| c <= k);
        self.apposition_commas.get(next).is_some_and(|&comma| {
            comma < k + 6 && (k + 1..comma).all(|j| self.tokens.kind(j) == Kind::Word)
        })
    }

    /// A name no lexicon knows that a comma and a title in apposition close, wherever it stands
    /// (نقلا عن بيوتر ماتيس، الخبير، خرج خلف الحبتور، رجل الأعمال، بعد وفاة كوفي عنان، الأمين
    /// العام): the title says the words name a person. The words must start where a name does:
    /// with a given name the lexicon holds, or as one word, no given name, that the text writes
    /// alone again (وشعر مونتيلا، المدير الفني). Any other run before the comma is as often a verb, a noun or a
    /// time with the name after it (وسوف يواجه أندرو غيلوم، خلال فترة غياب نوير، في مارس
    /// الحالي، المدرب), and a name is read there only from its given name on.
    pub(super) fn apposed_name(&mut self, k: usize, governed: bool) -> Option<Mention> {
        let len = self.unknown_name(k);
        let comma = k + len;
        // (a title with its holder after it is the next person's: مالك مانشستر سيتي، الشيخ
        // منصور بن زايد; a pronoun is no name: إن الاهتمام بي أنا ستيفاني كليفورد، النجمة)
        let apposed = self.is(comma, ',')
            && self
                .title_at(comma + 1, false)
                .is_some_and(|(title, _, _)| self.holder(comma + 1 + title).is_none());
        let pronoun = matches!(self.word(k), "انا" | "نحن" | "انت" | "انتم");
        if len == 0 || !apposed || pronoun || self.name_at(k).is_some() {
            return None;
        }
        let given = self.lexicon.given_names.contains_key(self.word(k))
            || self.words.whole(k).classes.has(Classes::GIVEN);
        // (a given name alone before the comma is the last word of a name it does not start,
        // a father's name: أشرقت أحمد، نجمة; learned, it would take every later أحمد)
        let starts_name = if len == 1 {
            !given && !self.lone_non_name(k) && self.recurs_alone(k)
        } else {
            given
        };
        if !starts_name || !self.noun_phrase_opens(k) {
            return None;
        }
        let mut mention = self.learned_name(k, k, comma);
        mention.governed = governed;
        Some(mention)
    }

    /// Whether a noun phrase may open at `k`: after a mark, a function word, a verb, a title, a
    /// nationality or a noun of kin, or after a plain noun that governs it (بعد وفاة كوفي عنان);
    /// not inside a name, after a given name or a word with ال that follows one (وقال رمضان
    /// البدري حسين،: حسين is the name's last word, not a name of its own).
    fn noun_phrase_opens(&self, k: usize) -> bool {
        if k == 0 || self.tokens.kind(k - 1) != Kind::Word || self.tokens.after_break(k) {
            return true;
        }
        let before = self.word(k - 1);
        let given = |j: usize| {
            self.lexicon.given_names.contains_key(self.word(j))
                || self.words.whole(j).classes.has(Classes::GIVEN)
        };
        if self.is_function_word(k - 1)
            || self.verb(k - 1).is_some()
            || self.title_at(k - 1, true).is_some()
            || self.is_side(k - 1)
            || is_kin(before)
        {
            return true;
        }
        !given(k - 1) && !before.starts_with("ال")
    }

    /// How many plain words (no function word, complementizer or verb) run from `k` on its
    /// line, up to `longest`.
    pub(super) fn plain_run(&self, k: usize, longest: usize) -> usize {
        (k..k + longest)
            .take_while(|&j| {
                self.tokens.kind(j) == Kind::Word
                    && (j == k || !self.tokens.after_break(j))
                    && !self.is_function_word(j)
                    && !self.is_complementizer(j)
                    && self.verb(j).is_none()
            })
            .count()
    }

    /// The name no lexicon knows in tokens `from..to`, learned, as a mention starting at
    /// `first` (a nationality before it is the mention's, not the name's).
    pub(super) fn learned_name(&mut self, first: usize, from: usize, to: usize) -> Mention {
        let speaker = self.learn(from, to, 0);
        Mention {
            first,
            end: to,
            name: (self.starts(from), self.ends(to - 1)),
            speaker: Some(speaker),
            how: "name",
            ..Mention::default()
        }
    }

    /// The subject right after a reporting verb that is the first word of an organisation's
    /// name the text gave before (الكتل → الكتل البرلمانية اليمنية): that organisation.
    pub(super) fn shortened(&self, k: usize) -> Option<Mention> {
        let after_verb = k > 0 && self.verb(k - 1).is_some_and(|v| v.class == Class::Verb);
        let bare = self.word(k).strip_prefix("ال")?;
        if !after_verb || bare.chars().count() < 3 || self.is_function_word(k) {
            return None;
        }
        // (as written, not by skeleton: الصحفية is not صحيفة)
        let speaker = self.found.list.iter().rev().take(LOOKBACK).find_map(|m| {
            let speaker = m.speaker.as_ref()?;
            if !matches!(speaker.kind, "institution" | "medium") {
                return None;
            }
            let name = self.lexicon.normalizer.normalize(&speaker.name);
            let mut words = name.split_whitespace();
            let first = words.next()?;
            let first = first.strip_prefix("ال").unwrap_or(first);
            (words.next().is_some() && first == bare).then(|| speaker.clone())
        })?;
        Some(self.word_mention(k, speaker))
    }

    /// The one word at `k` as a description of `speaker` (الكتل, والدها).
    pub(super) fn word_mention(&self, k: usize, speaker: Speaker) -> Mention {
        Mention {
            first: k,
            end: k + 1,
            name: (self.starts(k), self.ends(k)),
            speaker: Some(speaker),
            how: "description",
            ..Mention::default()
        }
    }

    /// A person no lexicon knows, named in full wherever the text names them: a given name
    /// (`given_names`), more given names or a particle and its word, then a family name (حسن
    /// الترابي، أحمد سعد، محمد بن عبد الله). Learned, so that the family name alone is known
    /// later (وكان الترابي قد قدم).
    pub(super) fn given(&mut self, k: usize, governed: bool) -> Option<Mention> {
        let form = self
            .words
            .of(k, true)
            .find(|f| f.classes.has(Classes::GIVEN))?;
        let prefix = form.prefix;
        // a conjunction on it, nothing else (وأحمد; كريم is not ك + ريم)
        if prefix > 1 || prefix == 1 && !self.word(k).starts_with('و') {
            return None;
        }
        // أنا أشعر: a name written with a madda is the common word without it (آنا بيرنز)
        if self.lexicon.given_madda.contains(form.text)
            && !(self.display)(self.starts(k) + prefix, self.ends(k)).starts_with('آ')
        {
            return None;
        }
        // والآن أثبت: a given name that is also a function word (آلان، الآن "now") is the
        // name only where the text writes a hamza or madda on its first letter
        if self.lexicon.function_words.contains(form.text) && !self.first_alef_marked(k, prefix) {
            return None;
        }
        if self.is_side(k) && !self.nisba_given(k) || self.construct_noun(k) {
            return None;
        }
        // a word that spells a given name is a verb after a particle that governs one (لم ينس
        // "did not forget", لن أنس، قد يزن), and one in the present's ي or ت after a relative
        // pronoun is its clause's verb (الحوت الذي يزن ستة أطنان): no name starts there; nor
        // after غير, which negates the adjective it is in construct with (غير مأمون، غير موفق)
        if let Some(before) = k.checked_sub(1).map(|b| self.word(b)) {
            let before = strip_conjunction(before).unwrap_or(before);
            let present = self.word(k).starts_with(['ي', 'ت']);
            if matches!(before, "لم" | "لن" | "قد" | "سوف" | "كي" | "لكي" | "غير")
                || present && self.plays(k - 1, Grammar::Relative)
            {
                return None;
            }
        }
        let mut j = k + 1;
        while j < k + 4 {
            if self.tokens.kind(j - 1) != Kind::Word
                || self.tokens.get(j).is_none_or(|t| t.after_break)
            {
                return None;
            }
            if self.plays(j, Grammar::Particle)
                && self.tokens.get(j + 1).is_some_and(|t| t.kind == Kind::Word)
            {
                j += 2;
                continue;
            }
            if self.words.whole(j).classes.has(Classes::GIVEN) {
                j += 1;
                continue;
            }
            break;
        }
        let family = self.word(j);
        // وقالت سارة: "...", وأضاف محمد إن: the given name alone as a reporting verb's
        // subject, right before what it says
        let says = k > 0
            && self.verb(k - 1).is_some_and(|v| v.class == Class::Verb)
            && (self.is_complementizer(j) || self.mark(j).is_some_and(|c| ":\"«“".contains(c)));
        // نفى فؤاد كل ما: the given name alone, before a word that ends a name
        if j > k && (ends_name(family) || says) {
            let speaker = self.learn(k, j, prefix);
            return Some(Mention {
                first: k,
                end: j,
                name: (self.starts(k) + prefix, self.ends(j - 1)),
                speaker: Some(speaker),
                how: "name",
                governed: governed || governs(self.word(k), prefix),
                ..Mention::default()
            });
        }
        // بيومي فؤاد يقاضي منتحلي شخصيته: a word in ي after a given name, with a word after
        // it and never written alone elsewhere, is a verb in the present, not a family name
        let verb = family.starts_with('ي')
            && family.chars().count() >= 4
            && !self.lexicon.given_names.contains_key(family)
            && self.tokens.kind(j + 1) == Kind::Word
            && !self.recurs_alone(j);
        let plausible = !verb
            && self
                .tokens
                .get(j)
                .is_some_and(|t| t.kind == Kind::Word && !t.after_break)
            && family.chars().count() >= 2
            && !family.starts_with("لل")
            && !family.starts_with("بال")
            && !self.is_function_word(j)
            && !self.is_complementizer(j)
            && self.verb(j).is_none()
            && self.title_at(j, true).is_none()
            && self.label_at(j).is_none()
            && !self.is_side(j)
            && !self.is_group_word(j)
            && !ends_name(family)
            // دانيال ودارين، أحمد والجزائري: the conjunction before another person
            && !self.joins_another(j)
            // (أنا أحترم رغبتها، محمد ولحنها: a word with its pronoun is no family name)
            && !is_suffixed_word(family)
            && strip_conjunction(family).is_none_or(|w| !self.lexicon.is_function_word(w));
        if !plausible {
            return None;
        }
        let mut end = j + 1;
        // one or two more family names before a boundary: كريستين بلاسي فورد، وهي; a
        // Turkish or Western name of four words (جنان كفتان جو أوغلو، مسؤولة الحزب)
        let boundary = |i: usize| {
            self.tokens
                .get(i)
                .is_none_or(|t| t.kind == Kind::Mark || t.after_break)
                || self.is_function_word(i)
                || self.is_complementizer(i)
                || self.verb(i).is_some()
                || ends_name(self.word(i))
                // جان كلود يونكر رئيس المفوضية: a title in apposition closes the name
                || self.title_at(i, false).is_some()
        };
        let more = |i: usize| {
            let word = self.word(i);
            // in Arabic letters: دنهام Elizabeth Denham is a name and its gloss
            let arabic = word
                .chars()
                .next()
                .is_some_and(|c| ('\u{0600}'..='\u{06FF}').contains(&c));
            arabic
                && !word.starts_with("ال")
                && self
                    .tokens
                    .get(i)
                    .is_some_and(|t| t.kind == Kind::Word && !t.after_break)
                && word.chars().count() >= 2
                && !word.starts_with(['و', 'ل', 'ب'])
                // بيومي فؤاد يقاضي منتحلي شخصيته: a noun with its pronoun ends the name
                && !(word.ends_with('ه') && is_possessed_word(word))
                && !is_suffixed_word(word)
                // ماريانو راخوي اقتراعا، ميشيل بلاتيني لعبا: an indefinite accusative after the
                // family name is the clause's object or adverb
                && !self.accusative_tail(i)
                // حسين كروبي نجل المسؤول: a noun of kin starts an apposition
                && !is_kin(word)
                && !boundary(i)
                && self.title_at(i, true).is_none()
                && !self.is_side(i)
                && !self.is_group_word(i)
        };
        // (or a title in apposition: جان كلود يونكر رئيس المفوضية)
        let closed = |i: usize| boundary(i) || self.title_at(i, false).is_some();
        // زيد رعد الحسين في، عبيد سالم الزعابي،: the given name, the father's, then a family
        // name with ال before a boundary, a given name itself or a nisba (not لينا حداد الطب في)
        let with_al = |i: usize| {
            let last = self.word(i);
            let bare = last.strip_prefix("ال").unwrap_or("");
            let family = self.lexicon.given_names.contains_key(bare)
                || bare.ends_with('ي') && bare.chars().count() >= 3;
            family
                && last.chars().count() > 3
                && self.tokens.get(i).is_some_and(|t| !t.after_break)
                && !self.is_function_word(i)
                && !self.is_side(i)
                && !self.is_group_word(i)
                && self.title_at(i, true).is_none()
                && self.label_at(i).is_none()
                && self.name_at(i).is_none()
        };
        if !family.starts_with("ال") {
            if more(end) && closed(end + 1) {
                end += 1;
            } else if more(end) && more(end + 1) && closed(end + 2) {
                end += 2;
            } else if with_al(end) && closed(end + 1) {
                end += 1;
            } else if self.family_closed(end) {
                // محمد علي الحوثي رئيس اللجنة: given, father's and family name with ال
                end += 1;
            }
        }
        if self.theophoric(end) {
            end += 1;
        }
        let speaker = self.learn(k, end, prefix);
        Some(Mention {
            first: k,
            end,
            name: (self.starts(k) + prefix, self.ends(end - 1)),
            speaker: Some(speaker),
            how: "name",
            governed: governed || governs(self.word(k), prefix),
            ..Mention::default()
        })
    }

    /// Whether the word at `j` is an elative before من (أول من سجل، أكثر من، أفضل من): a
    /// word of the form أفعل written with its hamza, which is no name there.
    pub(super) fn elative(&self, j: usize) -> bool {
        let letters = self.word(j).chars().count();
        (3..=4).contains(&letters)
            && self.word(j + 1) == "من"
            && self.written_starts_with(j, 'أ')
            && !self.is_given_name(j)
    }

    /// Whether the word at `j` is the conjunction و on a word, not a name that starts with
    /// و: و before a hamza (وأعضاء، وإبرام), the article (والمشجعين) or a letter no و of a
    /// name comes before (a transliterated W is followed by a vowel, ويليام، وانغ، ووكر; an
    /// Arabic name's و by its root: وليد، وسام، وجدي): م، ت، ب (ومجلس، وتعيين، وبايرن); on
    /// a verb with the subject's suffix (ولعبنا، ونجحوا); or on a word the lexicons know
    /// (وطلال، وأفريقي، ومهاجم).
    pub(super) fn conjoined(&self, j: usize) -> bool {
        let word = self.word(j);
        let Some(rest) = word.strip_prefix('و') else {
            return false;
        };
        if rest.chars().count() < 3 || self.lexicon.given_names.contains_key(word) {
            return false;
        }
        let written = (self.display)(self.starts(j), self.ends(j));
        written.starts_with(['و']) && written['و'.len_utf8()..].starts_with(['أ', 'إ', 'آ', 'ؤ'])
            || rest.starts_with("ال") && rest.chars().count() >= 5
            || rest.starts_with(['م', 'ت', 'ب'])
            // ولعبنا، ونجحوا: a verb in the past with نا (we) or وا (they)
            || rest.chars().count() >= 4 && (rest.ends_with("نا") || rest.ends_with("وا"))
            || self
                .words
                .of(j, true)
                .any(|f| f.prefix == 1 && f.classes.has(KNOWN_WORDS))
    }

    /// Whether the word at `j`, after a word of a name, is the conjunction و before another
    /// person or their description (هيرنانديز وتوما، لودريان والألماني، صبري فواز وصلاح):
    /// `conjoined`, and not written again alone elsewhere in the document (a family name in و
    /// that reads as a conjunction: كاتي والدمان ... وأضافت والدمان), nor, unless before the
    /// article, written و and a bare alif, a transliterated W and its vowel (كريستوفر وايلي،
    /// روبرت واتس; not وإيلي).
    pub(super) fn joins_another(&self, j: usize) -> bool {
        if !self.conjoined(j) {
            return false;
        }
        let definite = self
            .word(j)
            .strip_prefix('و')
            .is_some_and(|rest| rest.starts_with("ال"));
        let written = (self.display)(self.starts(j), self.ends(j));
        (definite || !written.starts_with("وا")) && !self.recurs_alone(j)
    }

    /// Whether the word at `j` is a given name written with أل (ألكسندر، ألان) and a name
    /// follows it: a holder's name, though it looks like a definite word.
    pub(super) fn given_with_al(&self, j: usize) -> bool {
        let word = self.word(j);
        word.starts_with("ال")
            && self.lexicon.given_names.contains_key(word)
            && self.tokens.get(j).is_some_and(|t| t.kind == Kind::Word)
            && self.unknown_name(j + 1) > 0
    }

    /// Whether the word at `j` is الله ending a name after its word before (مصطفى صنع الله،
    /// حسن نصر الله، رامي الحمد الله، فتح الله غولن): not a formula's (صلى الله عليه، رحمه
    /// الله، الله يرحمها), nor after a function word or over a line break.
    pub(super) fn theophoric(&self, j: usize) -> bool {
        j > 0
            && self.word(j) == "الله"
            && self.tokens.get(j).is_some_and(|t| !t.after_break)
            && self.tokens.kind(j - 1) == Kind::Word
            && !self.plays(j - 1, Grammar::Blessing)
            && !self.is_function_word(j - 1)
            && !self.plays(j + 1, Grammar::Blessing)
    }

    /// Whether the given name at `k` is rather the common noun it also spells, in construct
    /// with the definite word after it (من عمر المباراة، في عمر السادسة، على عمر البطارية، أن
    /// عمر الإنسان): a name marked `noun` in `given_names`, after a preposition or a
    /// complementizer, where a noun phrase starts (a person's name comes with their title
    /// there: الرئيس السوداني عمر البشير; not after a pronoun: من هو عمر الرزاز), and before
    /// a definite word.
    pub(super) fn construct_noun(&self, k: usize) -> bool {
        k > 0
            && self.lexicon.given_nouns.contains(self.word(k))
            && self
                .tokens
                .get(k + 1)
                .is_some_and(|t| t.kind == Kind::Word && !t.after_break && t.text.starts_with("ال"))
            && self.tokens.kind(k - 1) == Kind::Word
            && !self.tokens.get(k).is_some_and(|t| t.after_break)
            && (self.plays(k - 1, Grammar::Preposition)
                // (after أن, a name has its title after it: أن عمر الرزاز رئيس الحكومة)
                || self.is_complementizer(k - 1) && !self.closes_name(k + 2))
    }

    /// Whether the word at `j`, without the ب on it, is written alone elsewhere in the
    /// document (بجدة ... في جدة): a preposition and a place, no family name (بوريطة is not
    /// ب and وريطة).
    pub(super) fn recurs_alone_without_b(&self, j: usize) -> bool {
        const WINDOW: usize = 2000;
        let Some(bare) = self.word(j).strip_prefix('ب') else {
            return false;
        };
        let key = skeleton(bare);
        (j.saturating_sub(WINDOW)..(j + WINDOW).min(self.tokens.len()))
            .any(|k| k != j && self.words.whole(k).skeleton == key)
    }

    /// Whether the word at `j` is written again elsewhere in the document, not after the word
    /// before it here: a family name used alone.
    pub(super) fn recurs_alone(&self, j: usize) -> bool {
        // within a window of an article's length either side: a document of a thousand titles
        // costs a thousand windows, not a thousand whole readings (time stays linear)
        const WINDOW: usize = 2000;
        let key = self.words.whole(j).skeleton;
        let before = self.words.whole(j.wrapping_sub(1)).skeleton;
        (j.saturating_sub(WINDOW).max(1)..(j + WINDOW).min(self.tokens.len())).any(|k| {
            k != j
                && self.words.of(k, true).any(|f| f.skeleton == key)
                && self.words.whole(k - 1).skeleton != before
        })
    }

    /// Whether a reporting verb that takes a noun phrase as content (أعلن، أكد، نفى) stands a
    /// few words before token `k`, in its clause: only there is a verbal noun after a title or
    /// a name its content (وكالة أنباء تسنيم، الراحل توفيق الحكيم are names).
    pub(super) fn after_nominal_verb(&self, k: usize) -> bool {
        (k.saturating_sub(8)..k)
            .rev()
            .take_while(|&i| self.tokens.kind(i) == Kind::Word)
            .any(|i| self.verb(i).is_some_and(|v| v.nominal))
    }

    /// Whether token `j` is written with the article ال (not a name in أل once normalized:
    /// ألونسو).
    pub(super) fn definite_written(&self, j: usize) -> bool {
        self.tokens
            .get(j)
            .is_some_and(|t| (self.display)(t.start, t.end).starts_with("ال"))
    }

    /// How many tokens from `k` read as a name no lexicon knows: up to three words that are not
    /// function words, titles, reporting words, definite nouns or pronoun-suffixed nouns.
    pub(super) fn unknown_name(&self, k: usize) -> usize {
        let mut len = 0;
        // hyphens inside a name (جان-باسكال): tokens that are not words of it
        let mut hyphens = 0;
        // particles with their word (عبد الله، بن سلمان): each pair counts as one word of a
        // name that ends there (عبده عبد الله مجلي، في بيان)
        let mut particles = 0;
        while len < 5 + hyphens {
            let j = k + len;
            let Some(token) = self.tokens.get(j) else {
                break;
            };
            // a name does not run on over a line break
            if len > 0 && token.after_break {
                break;
            }
            let word = token.text;
            // بروكتر لبي بي سي: a known name behind a preposition is where the name ends
            if len > 0
                && token.text.starts_with(['ل', 'ب', 'ك'])
                && self.name_at(j).is_some_and(|(_, prefix, _)| prefix > 0)
            {
                break;
            }
            // منير أديب لموقع "سكاي نيوز عربية": a medium behind ل is whom the name spoke to
            if len > 0
                && word.starts_with('ل')
                && !word.starts_with("لل")
                && self
                    .words
                    .of(j, true)
                    .any(|f| self.lexicon.groups.get(f.text) == Some(&"medium"))
            {
                break;
            }
            // عبد العاطي، أبو الغيط، بن سلمان: a particle takes the next word into the name
            let after_particle = len > 0 && self.plays(j - 1, Grammar::Particle);
            if len - hyphens >= 3 && !after_particle && !self.plays(j, Grammar::Particle) {
                // (a fourth word after a particle's pair only where a mark or a complementizer
                // ends the name after it: not محمد بن سلمان موعد، حمد بن جاسم بالقول)
                let closed = len - hyphens - particles < 3
                    && !self.word(j).starts_with(['ب', 'ل'])
                    && (self.mark(j + 1).is_some_and(|c| c != '(')
                        || self.is_complementizer(j + 1));
                if !closed {
                    break;
                }
            }
            if after_particle {
                particles += 1;
            }
            // علي written so (the preposition is على), before a name, or first and before a
            // family name with ال (آية الله علي السيستاني)
            let ali = word == "علي"
                && (self.display)(token.start, token.end).ends_with('ي')
                && (self.unknown_name(j + 1) > 0 || len == 0 && self.plain_family(j + 1));
            // أسامة، سارة، هيرفيه: a first name in ة or ه, when a name goes on after it (a
            // noun with the pronoun ه does not take one)
            let feminine = len == 0
                && word.ends_with('ه')
                // الرئيس الفرنسي وضيفه: a conjunction and a noun with its pronoun, unless the
                // word is a given name itself (وجيه)
                && (!word.starts_with('و') || self.lexicon.given_names.contains_key(word))
                && token.kind == Kind::Word
                && word.chars().count() >= 3
                // قال عنه مون: a preposition with its pronoun, not a first name
                && !is_pronoun_phrase(word)
                // شخصت إصابة لورا: a verbal noun of the form إفعالة, which no first name is
                && !self.written_starts_with(j, 'إ')
                && !self.is_function_word(j)
                && self.verb(j).is_none()
                && self.title_at(j, true).is_none()
                && !self.is_group_word(j)
                // هدنة لوقف، خطة لإنهاء: a verbal noun and its purpose, not a name
                && !self.word(j + 1).starts_with('ل')
                && self.unknown_name(j + 1) > 0;
            // جان إيف لو دريان، لولا دا سيلفا: a particle inside a name
            // (عبدالعزيز آل الشيخ: آل and a word with ال)
            let inner_particle = len > 0
                && self.plays(j, Grammar::Particle)
                && (self.unknown_name(j + 1) > 0
                    || self.word(j + 1).starts_with("ال")
                        && self.word(j + 1).chars().count() > 3
                        && !self.is_function_word(j + 1));
            // المبعوث الدولي ومشاورات جنيف، قال المدرب وتابعنا: a name does not start with the
            // conjunction; هيرنانديز وتوما ليمار، لودريان والألماني: nor does it run on over
            // it into another person (not after a particle: أبو وليد)
            if len == 0 && (self.conjoined(j) || self.construct_noun(j))
                || len > 0 && !after_particle && self.joins_another(j)
            {
                break;
            }
            let plausible = ali
                || feminine
                || inner_particle
                || len > 0 && self.theophoric(j)
                || token.kind == Kind::Word
                    && word.chars().count() >= 2
                    && (!word.starts_with("ال") || after_particle)
                    // (رضا جعفر زاده المتحدث: a last name in ه, closed by a title or a mark)
                    && (!word.ends_with('ه')
                        || after_particle
                        // a name made with الله (عبدالله، نصرالله): the ه is no pronoun
                        || word.len() > "الله".len() && word.ends_with("الله")
                        || len > 0
                            && (self.display)(token.start, token.end).ends_with('ه')
                            && !is_possessed_word(word)
                            // (or right after a given name: ميشيل باشليه إن)
                            && (self.closes_name(j + 1)
                                || len == 1 && self.words.whole(k).classes.has(Classes::GIVEN))
                        // غسان سلامة إن، رياض سلامة،: a family name written with ة, right
                        // after a given name and where the name ends (not محمد صلاح مرة
                        // أخرى, نفى ماجد صحة الأنباء)
                        // (nor a document, nor a place behind ب: الملك سلمان بالمجمعة،
                        // ونشر الشيخ محمد تغريدة)
                        || len == 1
                            && self.words.whole(k).classes.has(Classes::GIVEN)
                            && self.family_in_ta(j))
                    && !word.starts_with("لل")
                    // تامر لإنقاذ كلبها: a preposition on a word with a hamza
                    && !self.clitic_on_hamza(j)
                    // (a family name in بال, closed by a comma or a title: مارسيلو بالفي،)
                    && (!word.starts_with("بال") || len > 0 && self.closes_name(j + 1))
                    // ليونيل غرانوياك أحد أقارب بترونان: "one of" starts an apposition
                    && !matches!(word, "احد" | "احدي")
                    // ماريا شارابوفا عودتها، أعلن أهدافها: a word with its pronoun is no name
                    && (after_particle || !is_suffixed_word(word))
                    // انتخب نيكول باشينيان رئيسا، عين الملك وزيرا: a title in the accusative
                    && (after_particle || !self.accusative_title(word))
                    // مانويل نوير جاهزا، مايكل كوهين فعلا: after two words of a name, an
                    // indefinite accusative is an adjective, adverb or object, not a third name
                    && (after_particle || len - particles < 2 || !self.accusative_tail(j))
                    // النجم المصري أول من سجل، أكثر من: an elative before من
                    && (len > 0 || !self.elative(j))
                    // (كمال عبد المعروف: after عبد the word is the name's)
                    && (after_particle || !ends_name(word))
                    // حسين كروبي نجل المسؤول: a noun of kin starts an apposition
                    && (len == 0 || !is_kin(word))
                    // وهي، وهو: a pronoun after a conjunction starts a clause
                    && strip_conjunction(word).is_none_or(|w| !self.lexicon.is_function_word(w))
                    // بذلك، عنها، فيها: a preposition and a pronoun or a demonstrative
                    && !is_pronoun_phrase(word)
                    // ردا على، تعليقا على: a verbal noun as an adverb, not a name
                    && !(word.ends_with('ا') && self.word(j + 1) == "علي")
                    // أعلن محمد سالم تأجيل البطولة: after a name begun, a verbal noun of a
                    // derived form with the definite noun it governs is the report's content,
                    // not more of the name (a given name of that shape is one: توفيق الحكيم)
                    && !(len > 0
                        && is_verbal_noun(word)
                        && self.definite_written(j + 1)
                        && !self.words.whole(j).classes.has(Classes::GIVEN)
                        && self.after_nominal_verb(k))
                    && !self.is_function_word(j)
                    && !self.is_complementizer(j)
                    && self.verb(j).is_none()
                    && (after_particle || self.title_at(j, true).is_none())
                    && self.label_at(j).is_none()
                    && !self.is_group_word(j)
                    && (!self.is_side(j) || len == 0 && self.nisba_given(j));
            if !plausible {
                break;
            }
            len += 1;
            // جان-باسكال تريكواغ: a hyphen with no space either side joins two words of a name
            let glued = |a: usize, b: usize| self.tokens.end(a) == self.tokens.start(b);
            if j + 2 < self.tokens.len()
                && self.is(j + 1, '-')
                && glued(j, j + 1)
                && glued(j + 1, j + 2)
                && self.tokens.kind(j + 2) == Kind::Word
            {
                hyphens += 1;
                // مون جاي-إن، دي-آن: إن or آن so joined, written as the complementizer, is
                // the name's last syllable (not فان, a particle: غريغوار-فان هارن)
                if self.word(j + 2) == "ان" {
                    len += 2;
                    break;
                }
                if self.is_function_word(j + 2) {
                    break;
                }
                len += 1;
            }
        }
        // a hyphen with no name after it is not part of the name
        if hyphens > 0 && self.is(k + len - 1, '-') {
            len -= 1;
        }
        // مون جاي إن، رئيس كوريا: إن before a comma, a full stop or another إن opens no
        // clause, it is the last word of the name (written after a hyphen too: مون جاي- إن)
        let hyphen = usize::from(self.is(k + len, '-'));
        let last = k + len + hyphen;
        if len > 0
            && self.word(last) == "ان"
            && (self.mark(last + 1).is_some_and(|c| matches!(c, ',' | '.'))
                // (a name of two words before it: not سي إن إن)
                || len >= 2 && self.word(last + 1) == "ان")
            && self.tokens.get(last).is_some_and(|t| !t.after_break)
        {
            return len + hyphen + 1;
        }
        // أحمد الشرع، ماجد الأنصاري: a family name with ال, when the name ends there
        let family = self.word(k + len);
        let ends = |j: usize| {
            j >= self.tokens.len()
                || self.tokens.kind(j) == Kind::Mark
                || self.is_function_word(j)
                || self.is_complementizer(j)
                || self.word(j).starts_with("لل")
                // عاطف الطراونة بطلب إلى ...: a prepositional phrase after the name
                || self.word(j).starts_with(['ب', 'ل']) && self.word(j).chars().count() > 3
                // علي السيستاني دعا: its reporting verb
                || self.verb(j).is_some()
        };
        let plain = family.starts_with("ال")
            && !ends_name(family)
            && !self.is_function_word(k + len)
            && !self.is_side(k + len)
            && !self.is_group_word(k + len)
            && self.title_at(k + len, false).is_none();
        // after one name (أحمد الشرع) or a compound one (عبد الفتاح السيسي), not after two
        // (موسى ويتانغ التعليق على)
        // a compound given name alone (عبد الملك الحوثي، نور الدين البدوي) is a given name
        let compound_given = len == 2
            && (self.word(k) == "عبد" && self.plays(k, Grammar::Particle)
                || self.plays(k + 1, Grammar::Particle) && self.word(k + 1).starts_with("ال"));
        let compound = compound_given || len >= 2 && self.plays(k + len - 2, Grammar::Particle);
        // after a given name, or one glued to عبد (عبدالفتاح السيسي المصريين), the word with
        // ال is the family name whatever follows
        let given = compound_given
            || len == 1
                && (self.words.whole(k).classes.has(Classes::GIVEN)
                    || self.word(k).starts_with("عبد") && self.word(k).chars().count() > 4);
        if (len == 1 || compound) && plain && (ends(k + len + 1) || given) {
            len += 1;
        } else if len == 2 && !compound && self.family_closed(k + len) {
            // محمد فاضل الهاملي رئيس مجلس الإدارة: a name of three words, the family's with
            // ال, closed by a title in apposition
            len += 1;
        }
        // رامي الحمد الله: a family name with ال, then الله
        if len > 0 && self.theophoric(k + len) {
            len += 1;
        }
        len
    }

    /// Whether the word at `j`, written with ة right after a first name, is the family name
    /// where the name ends (غسان سلامة إن، رياض سلامة،), not a noun after it: a document, a place
    /// behind ب (الملك سلمان بالمجمعة، ونشر الشيخ محمد تغريدة), a verbal noun إفعالة, a noun
    /// before من or إلى (الأمير ويليام إضافة إلى، الملكة فيكتوريا واحدة من), a known place (آلدار
    /// خليل أنقرة بسبب), or one the name does not end at (محمد صلاح مرة أخرى، نفى ماجد صحة الأنباء).
    pub(super) fn family_in_ta(&self, j: usize) -> bool {
        let Some(token) = self.tokens.get(j) else {
            return false;
        };
        let word = token.text;
        if token.kind != Kind::Word || token.after_break || !self.written_ends_with(j, 'ة') {
            return false;
        }
        let written = (self.display)(token.start, token.end);
        // (a place or a noun behind a preposition: بالمجمعة، للحكومة)
        let behind_preposition = word.starts_with("بال")
            || word.starts_with("لل")
            || word.starts_with('ب') && self.recurs_alone_without_b(j);
        !behind_preposition
            // (nor whom the name spoke to: ساندي لصحيفة)
            && !self.addressee(j)
            && !self.is_document(j)
            && !self.plays(j, Grammar::Occasion)
            && !written.starts_with('إ')
            && !matches!(self.word(j + 1), "من" | "الي")
            && self.entity_at(j).is_none()
            && !self.is_function_word(j)
            && self.verb(j).is_none()
            && self.title_at(j, true).is_none()
            && !self.is_group_word(j)
            // (nor an adjective of nationality, a number or a noun of kin: رئيسة الوزراء
            // بتحديد خمسة، الأميرة يوجيني حفيدة الملكة)
            && !self.is_side(j)
            && !is_kin(word)
            && !super::groups::is_number_word(word)
            && (self.closes_name(j + 1) || self.ends_apposition(j + 1))
    }

    /// Whether the word at `j` is a head of `groups` behind ل: whom a speaker spoke to (لصحيفة،
    /// لصحف محلية), no word of a name (لوجين، ليث).
    pub(super) fn addressee(&self, j: usize) -> bool {
        self.word(j).starts_with('ل')
            && self
                .words
                .of(j, true)
                .any(|f| f.prefix > 0 && self.lexicon.groups.contains_key(f.text))
    }

    /// How many words (0 or 1) a family name adds to the `len` words of a name at `j` that is
    /// surely one (after a title, or as a reporting verb's subject), though its first word is
    /// no given name of the lexicon: a family name written with ة after one word (رويدا عطية
    /// عن), or with ال after two and before a comma (سعيد منتظر المهدي،), closes it as it
    /// would after a given name.
    pub(super) fn family_closing(&self, j: usize, len: usize) -> usize {
        let ta = len == 1 && self.family_in_ta(j + 1);
        let al = len == 2
            && self.plain_family(j + 2)
            && !self.plays(j + 2, Grammar::Time)
            // (، is , once normalized)
            && self.is(j + 3, ',');
        usize::from(ta || al)
    }

    /// Whether the word at `j` may be a family name with ال after a first name: a word of more
    /// than four letters on the first's line, no function word, title, side, group or verb.
    pub(super) fn plain_family(&self, j: usize) -> bool {
        let family = self.word(j);
        self.tokens
            .get(j)
            .is_some_and(|t| t.kind == Kind::Word && !t.after_break)
            && family.starts_with("ال")
            && family.chars().count() > 4
            && !ends_name(family)
            && !self.is_function_word(j)
            && !self.is_side(j)
            && !self.is_group_word(j)
            && self.title_at(j, true).is_none()
            && self.verb(j).is_none()
    }

    /// Whether the word at `j`, after two words of a name, is its family name with ال: a word
    /// no title, side, group or function word, with a title in apposition after it (محمد علي
    /// الحوثي رئيس اللجنة). (Not a comma: قال باسيسكو أثناء المظاهرة:)
    pub(super) fn family_closed(&self, j: usize) -> bool {
        self.plain_family(j)
            && self.label_at(j).is_none()
            && self.tokens.get(j + 1).is_some_and(|t| !t.after_break)
            && self.title_at(j + 1, false).is_some()
            // المؤتمر الصحفي: a definite adjective of relation agrees with a noun before it
            && !(self.word(j + 1).starts_with("ال") && self.word(j + 1).ends_with(['ي', 'ه']))
    }

    /// Whether the word at `k`, a given name that is also an adjective of nationality (تركي),
    /// is the name: where no adjective could stand (after a definite word, a verb or a mark,
    /// not after an indefinite noun: مسؤول تركي) and with a family name after it (العقيد
    /// الركن تركي المالكي، الأمير تركي الفيصل، تركي آل الشيخ، تركي بن طلال).
    pub(super) fn nisba_given(&self, k: usize) -> bool {
        if !self.words.whole(k).classes.has(Classes::GIVEN) {
            return false;
        }
        let before = k.checked_sub(1);
        let named_here = before.is_none_or(|b| {
            self.tokens.kind(b) == Kind::Mark
                || self.word(b).starts_with("ال")
                || self.verb(b).is_some()
                || self.is_function_word(b)
        });
        let family = self.word(k + 1);
        named_here
            && (self.plays(k + 1, Grammar::Particle)
                || family.starts_with("ال")
                    && family.chars().count() > 3
                    && !self.is_function_word(k + 1)
                    && !self.is_side(k + 1)
                    && !self.is_group_word(k + 1)
                    && self.title_at(k + 1, true).is_none())
    }

    /// Whether the word at `j`, after two words of a name, is an indefinite accusative
    /// (`is_accusative_tail`) rather than a third name: not after a hyphen (مارتي-ديبا), and
    /// before a comma or a title in apposition only an adjective of relation (حاليا،), since a
    /// name is closed there (رونالد ديلا روزا، في مؤتمر).
    pub(super) fn accusative_tail(&self, j: usize) -> bool {
        let word = self.word(j);
        is_accusative_tail(word)
            && !(j > 0 && self.is(j - 1, '-'))
            && (!self.closes_name(j + 1) || is_relation_adverb(word))
    }

    /// Whether the word at `j` carries a preposition on a word written with a hamza (لإنقاذ،
    /// بأوبك، لآخرين، لأسباب): no word of a name starts so (transliterations write a bare
    /// alif: لافروف، لاكازيت).
    pub(super) fn clitic_on_hamza(&self, j: usize) -> bool {
        // (normalizing writes a hamza's seat as a bare ا: a word that does not start with the
        // preposition and ا is not looked up as written)
        let mut normalized = self.word(j).chars();
        if !matches!(normalized.next(), Some('ل' | 'ب' | 'ك')) || normalized.next() != Some('ا')
        {
            return false;
        }
        let Some(token) = self.tokens.get(j) else {
            return false;
        };
        let written = (self.display)(token.start, token.end);
        let mut letters = written.chars();
        matches!(letters.next(), Some('ل' | 'ب' | 'ك'))
            && matches!(letters.next(), Some('أ' | 'إ' | 'آ'))
            && letters.count() >= 2
    }

    /// Whether the word at `j`, alone where a name would stand (a title's holder, a reporting
    /// verb's subject), has a shape no name has and is not the text's name for someone (no
    /// given name, never written alone elsewhere): a word in the indefinite accusative, written
    /// with its tanween (خصيصاً), an adjective of relation (حاليا، رسميا) or of two letters
    /// (سرا، جدا) (not a transliterated name in ا: كلارا، أماندا; nor a noun with نا: مراسلنا);
    /// a verb with the future's س or the conjunction on the ت of the present (سيعطي، سيرافق،
    /// وستعلن، وتستعد; not و before ي, a transliterated W: وينتر، ويليام); a feminine plural in
    /// ات (تقديرات، اتهامات، معلومات، إعفاءات); a number of times before مرة or مرات (خمس مرات);
    /// غير before its genitive; or a preposition on a word with a hamza.
    pub(super) fn lone_non_name(&self, j: usize) -> bool {
        let word = self.word(j);
        let Some(token) = self.tokens.get(j) else {
            return false;
        };
        if token.kind != Kind::Word
            || self.lexicon.given_names.contains_key(word)
            || self.words.whole(j).classes.has(Classes::GIVEN)
        {
            return false;
        }
        let written = (self.display)(token.start, token.end);
        let tanween = written.contains(['\u{064B}', '\u{064C}', '\u{064D}']);
        let accusative = !word.ends_with("نا")
            && word.strip_suffix('ا').is_some_and(|stem| {
                is_relation_adverb(word)
                    || stem.chars().count() == 2
                        && !stem.chars().any(|c| matches!(c, 'ا' | 'و' | 'ي'))
            });
        let present = |w: &str| w.starts_with(['ي', 'ت', 'ن']) && w.chars().count() >= 4;
        let future = |w: &str| w.strip_prefix('س').is_some_and(present);
        let verb = future(word)
            || word
                .strip_prefix(['و', 'ف'])
                .is_some_and(|w| future(w) || w.starts_with('ت') && w.chars().count() >= 4);
        let plural = word.ends_with("ات") && word.chars().count() >= 5;
        // أفضل لاعب في العالم خمس مرات: a number before مرة or مرات counts times
        let count = matches!(self.word(j + 1), "مرات" | "مره" | "مرتين");
        let shaped = tanween || accusative || verb || plural || count || word == "غير";
        self.clitic_on_hamza(j) || shaped && !self.recurs_alone(j)
    }

    /// Whether a name may end before token `j` because what follows closes it: a comma or a
    /// colon, a title in apposition.
    pub(super) fn closes_name(&self, j: usize) -> bool {
        // (، is , once normalized)
        self.mark(j).is_some_and(|c| matches!(c, ',' | ':')) || self.title_at(j, false).is_some()
    }
}

/// Whether `word` (normalized) reads as an indefinite accusative where a third word of a name
/// would stand (جاهزا، فعلا، خلفا، اقتراعا، حاليا، حدا): it ends in the accusative's ا, and its
/// stem is an adjective of relation (رسميا، احترازيا), two letters with no long vowel (ردا،
/// حدا, not هوا), or has fewer than two long vowels after its first letter. A foreign family
/// name in ا spells its vowels (تراموتولا، كازانوفا، لاكروا، فونسيكا).
pub(crate) fn is_accusative_tail(word: &str) -> bool {
    let Some(stem) = word.strip_suffix('ا') else {
        return false;
    };
    let long = |c: &char| matches!(c, 'ا' | 'و' | 'ي');
    match stem.chars().count() {
        0 | 1 => false,
        2 => !stem.chars().any(|c| long(&c)),
        _ => is_relation_adverb(word) || stem.chars().skip(1).filter(long).count() < 2,
    }
}

/// Whether `word` is an adjective of relation in the indefinite accusative (حاليا، رسميا،
/// احترازيا): a stem of four letters or more in ي, then ا.
fn is_relation_adverb(word: &str) -> bool {
    word.strip_suffix('ا')
        .is_some_and(|stem| stem.ends_with('ي') && stem.chars().count() >= 4)
}
