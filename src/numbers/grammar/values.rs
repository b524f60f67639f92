//! Values: numbers in digits and in words, fractions, shares and the vague ones (dozens of).

use super::*;

impl<'a> Parser<'a> {
    // ---- numbers -----------------------------------------------------------------------------

    /// A number at token `i`: digits (with a scale word: 3 ملايين) or number words.
    pub(super) fn number(&self, i: usize) -> Option<Number> {
        let mut number = self.whole_number(i)?;
        // اثنين وخمسين فاصلة سبعة في المئة، 1 فاصلة 5: a decimal point written as a word; the
        // digits after it are those of the number that follows (سبعة → .7, خمسة وعشرين → .25)
        if self.is(number.next, Cue::DecimalPoint)
            && self.joined(number.next - 1)
            && self.joined(number.next)
        {
            let after = self.whole_number(number.next + 1).or_else(|| {
                // واحد فاصلة واحد، اثنين فاصلة صفر: one digit in words after the point
                let word = self.word(number.next + 1)?;
                match self.lex.number_words.get(word)? {
                    &(value, Role::Unit) if value <= 1.0 => Some(Number {
                        value,
                        next: number.next + 2,
                        prefix: 0,
                        words: true,
                        definite: false,
                        note: None,
                    }),
                    _ => None,
                }
            });
            if let Some(after) = after.filter(|n| {
                n.value.fract() == 0.0 && n.value >= 0.0 && n.value < 1e6 && n.note.is_none()
            }) {
                let digits = if after.words {
                    format!("{}", after.value as u64).len()
                } else {
                    self.text(number.next + 1)
                        .map_or(1, |t| t.chars().filter(|c| c.is_numeric()).count().max(1))
                };
                number.value += after.value / 10f64.powi(digits as i32);
                number.next = after.next;
            }
        }
        Some(number)
    }

    /// A number without its decimals in words.
    pub(super) fn whole_number(&self, i: usize) -> Option<Number> {
        let token = self.tokens.get(i)?;
        if token.kind != Kind::Number {
            return self.number_words(i);
        }
        // 0223456789 is a telephone or an identifier, not a quantity
        if token.text.len() >= 6
            && token.text.starts_with('0')
            && token.text.bytes().all(|b| b.is_ascii_digit())
        {
            return None;
        }
        let mut number = Number {
            value: token.value().unwrap_or(f64::NAN),
            next: i + 1,
            prefix: 0,
            words: false,
            definite: false,
            note: None,
        };
        // 3 ملايين، 1.5 مليار، 3 ملايين ونصف; (612) مليون دولار، «40» ألف: the number alone in
        // brackets or marks before its scale
        // (not across a line: a headline's number and the next paragraph's مليون)
        let at = if self.bracketed(i, i + 1).is_some() {
            i + 2
        } else {
            i + 1
        };
        let scale = self
            .word(at)
            .filter(|_| self.joined(at - 1))
            .and_then(|w| self.lex.number_words.get(w));
        if let Some(&(scale, role @ (Role::Scale | Role::Plural))) =
            scale.filter(|(v, _)| *v >= 1000.0)
        {
            // 3000 آلاف، 6000 آلاف قطعة: a plural scale follows three to ten only; after a figure
            // of its own size or more it repeats what the digits say (a slip of the writer), as
            // it does after a figure written out in groups (2.280.000.000 مليار جنيه)
            let grouped = token.text.matches(['.', ',']).count() >= 2;
            if (role == Role::Plural || grouped) && number.value >= scale {
                number.next = at + 1;
                return Some(number);
            }
            number.value *= scale;
            number.next = at + 1;
            if let Some(half) = self.fraction_word(at + 1) {
                number.value += half * scale;
                number.next = at + 2;
                if self.scale_repeated(at + 2, scale) {
                    number.next = at + 3;
                }
            } else if self.text(at + 1) == Some("و") && self.joined(at) && self.joined(at + 1) {
                // 45 ألفا و800، 17 مليون و500 ألف (with its own scale); but 20 ألف و41 ألف
                // are two amounts
                let rest = self
                    .tokens
                    .get(at + 2)
                    .filter(|t| t.kind == Kind::Number)
                    .and_then(|_| self.whole_number(at + 2));
                if let Some(rest) = rest.filter(|r| r.value < scale) {
                    number.value += rest.value;
                    number.next = rest.next;
                }
            } else if let Some(rest) = self
                .word(at + 1)
                .filter(|w| w.starts_with('و') && self.joined(at))
                .and_then(|_| self.number_words(at + 1))
                .filter(|r| r.prefix == 1 && r.value < scale)
            {
                // 12 ألفا وخمسمائة، 3 ملايين وثلاثمئة ألف: the rest in words, و attached
                number.value += rest.value;
                number.next = rest.next;
            }
        } else if let Some(half) = self.fraction_word(at) {
            // 7 ونصف مليون يورو: the fraction before the scale is of the whole (7.5 million)
            let scale = self
                .word(at + 1)
                .filter(|_| self.joined(at))
                .and_then(|w| self.lex.number_words.get(w))
                .filter(|(v, role)| *v >= 1000.0 && matches!(role, Role::Scale | Role::Plural));
            if let Some(&(scale, _)) = scale {
                number.value = (number.value + half) * scale;
                number.next = at + 2;
            }
        }
        if !number.value.is_finite() {
            number.note = Some("too_large");
        }
        Some(number)
    }

    /// اليومين الماضيين، العامين المقبلين، الأسبوعين الأخيرين: a dual unit of time with the
    /// article, before the word that makes them the last or the next two; the unit and the
    /// clitic letters before the article.
    pub(super) fn definite_dual(&self, i: usize) -> Option<(&'a Unit, usize)> {
        let (clitics, stem) = Self::stems(self.word(i)?)
            .find(|(_, s)| s.starts_with("ال") && s.chars().count() > 3)?;
        let unit = self
            .unit_word(&stem["ال".len()..])
            .filter(|u| u.count == 2 && Self::is_time(u.unit))?;
        let around = self
            .qualifier_at(i + 1, Place::After)
            .is_some_and(|(q, _, _)| matches!(q, "last" | "next"));
        (around && self.joined(i)).then_some((unit, clitics))
    }

    /// Whether the word at `k` says again the scale a fraction was of (مليون ونصف المليون،
    /// مليونين ونصف مليون): it names what the half is of and adds nothing.
    pub(super) fn scale_repeated(&self, k: usize, scale: f64) -> bool {
        self.joined(k - 1)
            && self.word(k).is_some_and(|w| {
                let bare = w.strip_prefix("ال").unwrap_or(w);
                self.lex.number_words.get(bare).is_some_and(|&(v, role)| {
                    v == scale && matches!(role, Role::Scale | Role::Plural)
                })
            })
    }

    /// ونصف، وربع، وثلث after a number: the part it adds.
    pub(super) fn fraction_word(&self, i: usize) -> Option<f64> {
        let stem = self.word(i)?.strip_prefix('و')?;
        match self.lex.number_words.get(stem)? {
            &(value, Role::Fraction) if self.joined(i - 1) => Some(value),
            _ => None,
        }
    }

    /// Whether the scale word at `k` (ألفا، مليونا، مليارا) is a dual in construct: no number
    /// before it (خمسة عشر ألفا، 20 ألفا are the accusative of one) and its noun right after
    /// it (not من، في, a number or the end: قتل ألفا من المسلحين is a thousand).
    fn dual_construct(&self, k: usize) -> bool {
        let Some(word) = self.word(k) else {
            return false;
        };
        let after = self
            .word(k + 1)
            .filter(|_| self.joined(k))
            .is_some_and(|w| {
                !w.starts_with('و')
                    && !self.lex.is(w, Cue::NotNoun)
                    && !self.lex.number_words.contains_key(w)
            });
        let number_before = k > 0
            && self.joined(k - 1)
            && self
                .tokens
                .get(k - 1)
                .is_some_and(|t| t.kind == Kind::Number);
        word.ends_with('ا') && after && !number_before
    }

    /// Whether a plural noun stands right after `i`: one of the plurals lexicon, a unit in the
    /// plural, or an indefinite sound feminine plural (لست محاولات، لست طائرات; not لست متأكدا،
    /// لست جاهلة, "I am not").
    fn plural_after(&self, i: usize) -> bool {
        let Some(noun) = self.word(i + 1).filter(|_| self.joined(i)) else {
            return false;
        };
        self.lex.plurals.contains_key(noun)
            || self.unit_word(noun).is_some_and(|u| u.count == 0)
            || noun.ends_with("ات") && noun.chars().count() >= 5 && !Self::definite(noun)
    }

    /// A number in words: units, teens, tens, hundreds and scales joined by و (attached or
    /// standing alone), with fractions of a scale (مليون ونصف، نصف مليون).
    pub(super) fn number_words(&self, i: usize) -> Option<Number> {
        if let Some((_, found)) = self.number_words.get().filter(|(at, _)| *at == i) {
            return found;
        }
        let found = self.read_number_words(i);
        self.number_words.set(Some((i, found)));
        found
    }

    /// [`Self::number_words`], read.
    fn read_number_words(&self, i: usize) -> Option<Number> {
        let (mut total, mut current, mut scale) = (0.0_f64, 0.0_f64, 0.0_f64);
        let (mut k, mut prefix, mut last): (usize, usize, Option<Role>) = (i, 0, None);
        let mut count = 0;
        let mut definite = false;
        // لست "I am not" reads ل + ست "six": six only before a plural it counts (لست سنوات)
        if self.word(i).is_some_and(|w| self.lex.is(w, Cue::NotNumber)) && !self.plural_after(i) {
            return None;
        }
        // وأثنى ترامب على: اثنا، اثني stand only before عشر/عشرة
        let teen_after = self
            .word(i + 1)
            .filter(|_| self.joined(i))
            .and_then(|w| self.lex.number_words.get(w))
            .is_some_and(|e| e.1 == Role::Teen);
        if !teen_after
            && self
                .word(i)
                .is_some_and(|w| Self::stems(w).any(|(_, s)| self.lex.is(s, Cue::TeenOnly)))
        {
            return None;
        }
        while let Some(mut word) = self.word(k) {
            if count > 0 && !self.joined(k - 1) {
                break;
            }
            // و written apart: أربعة و عشرون
            let mut apart = false;
            if word == "و" && count > 0 && self.joined(k) {
                match self.word(k + 1) {
                    Some(next) if self.lex.number_words.contains_key(next) => {
                        word = next;
                        apart = true;
                    }
                    _ => break,
                }
            }
            let found = Self::stems(word).find_map(|(p, stem)| {
                let continues = apart || p == 0 || (p == 1 && word.starts_with('و'));
                let direct = self.lex.number_words.get(stem).map(|e| (e, false));
                let entry = direct.or_else(|| {
                    let bare = stem.strip_prefix("ال").filter(|_| count == 0)?;
                    let entry = self.lex.number_words.get(bare)?;
                    // الأحد عشر، الخمسة عشر: the article on a compound's first word; الدول
                    // الخمس، الثلاثة أيام: on a number of units, tens or hundreds
                    let teen = self.word(k + 1).and_then(|w| self.lex.number_words.get(w));
                    // not الواحد، الاثني (adjectives, the ethnic), which are no counts
                    let counted =
                        matches!(entry.1, Role::Unit | Role::Ten | Role::Teen | Role::Hundred)
                            && entry.0 >= 3.0;
                    (counted || teen.is_some_and(|t| t.1 == Role::Teen)).then_some((entry, true))
                })?;
                (count == 0 || continues).then_some((p, *entry.0, entry.1))
            });
            let Some((p, (value, role), article)) = found else {
                break;
            };
            let after_tens = matches!(last, Some(Role::Ten | Role::Teen));
            match role {
                Role::Unit if last == Some(Role::Unit) || after_tens => break,
                Role::Unit => current += value,
                // خمسة وعشرون, مئة وعشرون; never عشرة وعشرون
                Role::Ten if current % 100.0 < 10.0 && !after_tens => current += value,
                Role::Ten => break,
                // ثلاثة عشر (a unit before it), or عشرة alone or after a hundred (مئة وعشرة)
                Role::Teen if last == Some(Role::Unit) && current % 100.0 < 10.0 => current += 10.0,
                Role::Teen if current % 100.0 == 0.0 && !after_tens => current += 10.0,
                Role::Teen => break,
                Role::Hundred if value == 100.0 && last == Some(Role::Unit) => current *= 100.0,
                Role::Hundred if current % 100.0 == 0.0 && current < 100.0 => current += value,
                Role::Hundred => break,
                Role::Scale | Role::Plural if last == Some(Role::Fraction) && count == 1 => {
                    total += current * value;
                    current = 0.0;
                    scale = value;
                }
                // ألفا شخص، مليونا دولار: two of the scale, in construct with its noun
                Role::Scale if count == 0 && self.dual_construct(k) => {
                    total += 2.0 * value;
                    current = 0.0;
                    scale = value;
                }
                Role::Scale => {
                    total += if current == 0.0 { 1.0 } else { current } * value;
                    current = 0.0;
                    scale = value;
                }
                Role::Plural if current > 0.0 => {
                    total += current * value;
                    current = 0.0;
                    scale = value;
                }
                Role::DualScale if current == 0.0 => {
                    total += value;
                    scale = value / 2.0;
                }
                // مليون ونصف: half of the scale before it
                Role::Fraction if count > 0 && scale > 0.0 && current == 0.0 => {
                    total += value * scale;
                    if self.scale_repeated(k + 1, scale) {
                        k += 1;
                    }
                }
                Role::Fraction if count > 0 => current += value,
                // نصف مليون: a fraction first only when a scale follows
                Role::Fraction
                    if count == 0
                        && self.word(k + 1).is_some_and(|w| {
                            self.lex.number_words.get(w).is_some_and(|e| {
                                matches!(e.1, Role::Scale | Role::Plural) && e.0 >= 1000.0
                            })
                        }) =>
                {
                    current = value
                }
                Role::Plural | Role::DualScale | Role::Fraction => break,
            }
            if count == 0 {
                prefix = p;
                definite = article;
            }
            last = Some(role);
            count += 1;
            k += if apart { 2 } else { 1 };
        }
        let mut value = total + current;
        // ألفين و300، مليون و250 ألفاً: digits after a scale word
        if scale >= 1000.0 && self.text(k) == Some("و") && self.joined(k - 1) && self.joined(k) {
            let rest = self.tokens.get(k + 1).filter(|t| t.kind == Kind::Number);
            if let Some(rest) = rest.and_then(|_| self.number(k + 1)) {
                if rest.value < scale {
                    value += rest.value;
                    k = rest.next;
                }
            }
        }
        // one alone (أحد، إحدى، واحد) is a pronoun or an adjective far more often than a number;
        // not alone on its line, nor before a decimal point (واحد فاصلة خمسة), nor before the
        // word of a percentage (واحد في المئة، واحدا بالمئة: one percent)
        let single = count == 1
            && value <= 1.0
            && !self.alone(i)
            && !(self.is(k, Cue::DecimalPoint) && self.joined(k - 1))
            && !(self.joined(k - 1) && self.unit_at(k).is_some_and(|(u, _)| u.unit == "percent"));
        (count > 0 && !single).then_some(Number {
            value,
            next: k,
            prefix,
            words: true,
            definite,
            note: None,
        })
    }

    /// Whether a minus sign stands right before the number at `i` (-5%), not a dash between two
    /// numbers (10-20) or a dash set apart (القراءة - 5).
    pub(super) fn minus_before(&self, i: usize) -> bool {
        let (Some(sign), Some(number)) = (
            i.checked_sub(1).map(|k| &self.tokens[k]),
            self.tokens.get(i),
        ) else {
            return false;
        };
        let dash = matches!(sign.text, "-" | "\u{2212}") && sign.end == number.start;
        let apart = i < 2 || self.tokens[i - 2].end < sign.start || sign.after_break;
        dash && apart
    }

    /// "ونصف" or "وربع" after a unit, and the unit repeated after it (ساعة ونصف ساعة).
    pub(super) fn fraction_after(&self, i: usize, unit: &str) -> Option<(f64, usize)> {
        let word = self.word(i)?;
        let stem = word.strip_prefix('و')?;
        let &(value, role) = self.lex.number_words.get(stem)?;
        if role != Role::Fraction || !self.joined(i - 1) {
            return None;
        }
        // ساعة ونصف ساعة، عام ونصف العام
        let again = self.word(i + 1).and_then(|w| {
            let w = w
                .strip_prefix("ال")
                .filter(|w| w.chars().count() > 1)
                .unwrap_or(w);
            self.unit_word(w)
        });
        let next = match self.unit_at(i + 1) {
            Some((u, next)) if u.unit == unit && u.count == 1 && self.joined(i) => next,
            _ if again.is_some_and(|u| u.unit == unit && u.count == 1) && self.joined(i) => i + 2,
            _ => i + 1,
        };
        Some((value, next))
    }

    /// Whether the one number word from `start` to `next`, counting nothing, is no number: a
    /// dual in construct (ألفي، مليوني) needs the noun it is joined to (بالفي is a name), and ست
    /// before a definite noun is "lady" (ست الكل، ست البيت), not six.
    pub(super) fn not_a_number(&self, start: usize, next: usize) -> bool {
        if next != start + 1 {
            return false;
        }
        let Some(word) = self.word(start) else {
            return false;
        };
        Self::stems(word).any(|(_, s)| match s {
            "الفي" | "ألفي" | "مليوني" | "ملياري" | "مءتي" | "ماءتي" => {
                true
            }
            "ست" => self.word(next).is_some_and(Self::definite) && self.joined(start),
            _ => false,
        })
    }

    /// A cardinal the lexicon reads as a fraction before a definite noun (خمس الفرنسيين, a fifth
    /// of the French; خمس سيارات is five cars): its value.
    pub(super) fn definite_fraction(&self, i: usize) -> Option<f64> {
        let value = self.lex.cue(self.word(i)?, Cue::DefiniteFraction)??;
        let definite = self.word(i + 1).is_some_and(Self::definite) && self.fraction_of(i + 1);
        definite.then(|| value.parse().ok()).flatten()
    }

    /// A fraction word with a pronoun attached (نصفهم، ثلثها): its value.
    pub(super) fn fraction_pronoun(&self, word: &str) -> Option<f64> {
        let stem = Self::stems(word).last()?.1;
        PRONOUNS.iter().find_map(|p| {
            let (value, role) = self.lex.number_words.get(stem.strip_suffix(p)?)?;
            (*role == Role::Fraction).then_some(*value)
        })
    }

    /// Whether the number in digits at `i`, glued to the Arabic word before it, measures what
    /// follows it after a space: scraped pages drop the space before a number (شراء200 طائرة،
    /// طرد23 دبلوماسيا، بلغت1.28 مليون، العمر19 عاما), while a name glued to its number is
    /// followed by anything else (فرانس24 في، بورز500 الأوسع، فالكون9 من). A unit, a scale, a
    /// noun the lexicon knows (its plurals, its singulars, the nouns news counts most) or one in
    /// the accusative (ـا) counts as what follows.
    pub(super) fn amount_after_glued(&self, i: usize) -> bool {
        let arabic = i > 0
            && self.tokens[i - 1]
                .text
                .starts_with(|c: char| ('\u{0621}'..='\u{064A}').contains(&c));
        let spaced = self
            .tokens
            .get(i + 1)
            .is_some_and(|t| t.kind == Kind::Word && t.start > self.tokens[i].end);
        if !arabic || !spaced || !self.joined(i) {
            return false;
        }
        let Some(next) = self.word(i + 1) else {
            return false;
        };
        let scale = matches!(
            self.lex.number_words.get(next),
            Some((_, Role::Scale | Role::Plural | Role::DualScale))
        );
        let accusative = next.ends_with('ا')
            && next.chars().count() >= 4
            && !Self::definite(next)
            && self.counted_noun(i + 1).is_some();
        let bare = next.strip_suffix('ا').unwrap_or(next);
        self.unit_at(i + 1).is_some()
            || scale
            || accusative
            || self.lex.plurals.contains_key(next)
            || self.lex.singulars.contains_key(next)
            || self.lex.is(next, Cue::Counted)
            || self.lex.is(bare, Cue::Counted)
    }

    /// Whether the number in digits at `i` names something rather than counts it: after a word
    /// that heads identifiers (القرار 2254، رقم 16، المادة (26)), glued to a name (إف-16،
    /// فرانس24), or numbering a list at the start of a line (1- حجم).
    pub(super) fn identifier(&self, i: usize) -> bool {
        let Some(token) = self.tokens.get(i).filter(|t| t.kind == Kind::Number) else {
            return false;
        };
        let prev = i.checked_sub(1).map(|k| &self.tokens[k]);
        let glued = |t: &Token| t.end == token.start;
        // إف-16، قيام-1: a dash between a word and the number
        if let (Some(dash), Some(word)) = (prev, i.checked_sub(2).map(|k| &self.tokens[k])) {
            if dash.text == "-" && glued(dash) && word.end == dash.start && word.kind == Kind::Word
            {
                return true;
            }
        }
        if let Some(word) = prev.filter(|t| t.kind == Kind::Word && glued(t)) {
            // فرانس24, not و200، بنحو250، الـ24، من1,7
            let known = Self::stems(word.text).any(|(_, s)| {
                s == "ال"
                    || self.lex.starters.contains(s)
                    || self.lex.cues.contains_key(s) && !self.lex.is(s, Cue::Identifier)
            });
            if word.text.chars().count() > 2 && !known && !self.amount_after_glued(i) {
                return true;
            }
        }
        // iPhone 6، Galaxy S9، iOS 12، G20، 4K، H7N9: a number in a name in Latin letters is
        // part of the name (but Ryanair 47% and Messi 30 عاما measure)
        let latin =
            |t: &Token| t.kind == Kind::Word && t.text.chars().all(|c| c.is_ascii_alphabetic());
        let latin_before = prev.is_some_and(|t| latin(t) && self.joined(i - 1));
        let latin_after = self
            .tokens
            .get(i + 1)
            .is_some_and(|t| latin(t) && t.start == token.end);
        // (IBM Think 2018: a year in an event's name is still the year)
        let year = self.integer(i, 1900.0..=2100.0).is_some();
        if (latin_before || latin_after) && !year && self.unit_at(i + 1).is_none() {
            return true;
        }
        // صواريخ إس 300: a Latin letter spelt in Arabic names a model (جائزة بي بي سي 2016: a
        // year is still one)
        let letter = i > 0
            && self.joined(i - 1)
            && self
                .word(i - 1)
                .is_some_and(|w| self.lex.is(w, Cue::Letter));
        if !year && (letter || self.closes_quoted_name(i)) {
            return true;
        }
        // اللواء 35 مدرع، الكتيبة 101: a military formation's number, whatever follows it
        if i > 0
            && self.joined(i - 1)
            && self
                .word(i - 1)
                .is_some_and(|w| Self::stems(w).any(|(_, s)| self.lex.is(s, Cue::Formation)))
        {
            return true;
        }
        // (but الرحلة 5 ساعات، الرقم 35 ألف سيارة: a unit or a scale after it makes it
        // an amount; a word that could be a noun does not, as after the head the number names
        // and the next word begins the clause: القرار رقم 2254 ونعتقد، القميص رقم 7 أسوة بوالده)
        let amount = self.unit_at(i + 1).is_some()
            || self.word(i + 1).is_some_and(|w| {
                matches!(
                    self.lex.number_words.get(w),
                    Some((_, Role::Scale | Role::Plural | Role::DualScale))
                )
            });
        let counts = amount || self.counted_noun(i + 1).is_some();
        if !amount && self.headed(i) {
            return true;
        }
        // رقمي 43709، 43866، القرارين 2254 و2216: the next numbers of a list after the head; and
        // القانون رقم 12 لسنة 70: the year of an identifier, when it is no year of our era
        let mut k = i;
        for _ in 0..3 {
            let Some(before) = k
                .checked_sub(2)
                .filter(|&b| self.tokens[b].kind == Kind::Number)
            else {
                break;
            };
            let year =
                self.text(k - 1) == Some("لسنه") && self.integer(k, 1000.0..=2100.0).is_none();
            // (لسنة 71 قضائية: the judicial year, whatever word follows)
            let listed = matches!(self.text(k - 1), Some("،" | "," | "و")) && (k < i || !counts);
            if !(year || listed) {
                break;
            }
            if self.headed(before) {
                return true;
            }
            k = before;
        }
        // طراز "إيه.تي.آر 600-72"، طراز أنتونوف 148: a model's number, after its maker's name
        let mut words = 0;
        for k in (i.saturating_sub(10)..i).rev() {
            let token = &self.tokens[k];
            match token.kind {
                Kind::Word if Self::stems(token.text).any(|(_, s)| self.lex.is(s, Cue::Model)) => {
                    return !counts;
                }
                Kind::Word if words < 3 && !self.lex.starters.contains(token.text) => words += 1,
                Kind::Number => {}
                Kind::Mark if matches!(token.text, "." | "-" | "\"" | "«" | "(") => {}
                _ => break,
            }
        }
        // 1- حجم ومدى ...: a list item, a dash glued to the number and no number after it; or
        // at the start of a line a point or a bracket (1. مايكروسوفت، 2) افتح التطبيق)
        let line_start = i == 0 || token.after_break;
        let dash = self.tokens.get(i + 1).filter(|t| {
            t.start == token.end && (t.text == "-" || line_start && matches!(t.text, "." | ")"))
        });
        dash.is_some_and(|d| {
            self.tokens
                .get(i + 2)
                .is_none_or(|t| t.start > d.end && t.kind != Kind::Number)
        })
    }

    /// A fraction before `i` is of a noun: a word, definite or not, that is not an idiom with
    /// it (ربع النهائي).
    pub(super) fn fraction_of(&self, i: usize) -> bool {
        // ثلث هذه الوقائع، نصف ذلك المبلغ
        let demonstrative = self
            .word(i)
            .is_some_and(|w| self.lex.is(w, Cue::Demonstrative))
            && self.joined(i - 1)
            && self.joined(i)
            && self.word(i + 1).is_some_and(Self::definite);
        demonstrative
            || self.word(i).is_some_and(|w| {
                self.joined(i - 1)
                    && !self.lex.is(w, Cue::NotNoun)
                    && !self.lex.is(w, Cue::FractionIdiom)
                    && !self.lex.number_words.contains_key(w)
                    && w.chars().count() > 1
            })
    }

    /// من [بين] كل 5 after a number: the whole it is a share of, and the token after it (and
    /// after the noun counted, if one follows).
    pub(super) fn share(&self, i: usize) -> Option<(f64, usize)> {
        if self.word(i) != Some("من") || !self.joined(i) {
            return None;
        }
        let mut k = i + 1;
        if self.word(k) == Some("بين") && self.joined(k) {
            k += 1;
        }
        if self.word(k) != Some("كل") || !self.joined(k) {
            return None;
        }
        let whole = self.number(k + 1).filter(|n| n.value > 0.0)?;
        let next = match self.counted_noun(whole.next) {
            Some(_) => whole.next + 1,
            None => whole.next,
        };
        Some((whole.value, next))
    }

    /// اثنان، اثنتين written alone (وأصيب اثنان حين انفجرت): two of a noun said before, which it
    /// follows (رجلان اثنان) and never comes before, unlike اثنين in اثنين وعشرين شخصا.
    pub(super) fn two_alone(&self, i: usize) -> bool {
        self.word(i).is_some_and(|w| {
            Self::stems(w).any(|(_, s)| matches!(s, "اثنان" | "اثنين" | "اثنتان" | "اثنتين"))
        })
    }

    /// Whether اثنين, اثنتين (or اثنان, اثنتان) follows the word at `i`: the dual said twice
    /// (طفلين اثنين), one count.
    pub(super) fn two_after(&self, i: usize) -> bool {
        self.joined(i)
            && self
                .word(i + 1)
                .is_some_and(|w| matches!(w, "اثنين" | "اثنتين" | "اثنان" | "اثنتان"))
    }

    /// اثنين after a noun in ـين or ـان (صحفيين اثنين، مرشحان اثنان): a count of two of it, the
    /// noun in the span, whether or not the lexicon knows its dual.
    pub(super) fn two(&self, i: usize) -> Option<Draft> {
        let k = i.checked_sub(1)?;
        let noun = self.word(k)?;
        let dual = noun.ends_with("ين") || noun.ends_with("ان");
        if !self.two_after(k) || !dual || !self.indefinite_noun(noun, 4) {
            return None;
        }
        let prefix = self.noun_clitics(noun)?;
        Some(Draft {
            first: k,
            last: i + 1,
            prefix,
            kind: "count",
            value: Some(2.0),
            noun: Some((k, prefix)),
            ..Draft::default()
        })
    }

    /// Whether `noun`, of at least `letters` letters, can be the indefinite noun a count of two
    /// or one stands in (no article, no number word, nothing the lexicon says is no noun).
    fn indefinite_noun(&self, noun: &str, letters: usize) -> bool {
        !Self::definite(noun)
            && noun.chars().count() >= letters
            && !self.lex.is(noun, Cue::NotNoun)
            && !self.lex.number_words.contains_key(noun)
    }

    /// The clitic letters before a noun a count of one or two follows (وطفل واحد، ومدربين
    /// اثنين، بمدربين اثنين: و and the preposition stay out of the span, as the golds leave them
    /// out of لقسمين): those before the first form of the word the lexicon knows as a noun, in
    /// the accusative or the dual too; none when it knows no form (وثيقة، وقت، ودية: و may be
    /// the noun's own letter). `None` when a form is a word that is no noun (وهي واحدة من،
    /// وهذه واحدة: "one of", no count of هي).
    pub(super) fn noun_clitics(&self, noun: &str) -> Option<usize> {
        if Self::stems(noun)
            .any(|(_, s)| self.lex.is(s, Cue::NotNoun) || self.lex.number_words.contains_key(s))
        {
            return None;
        }
        Some(
            Self::stems(noun)
                .find(|(_, s)| self.known_noun(s))
                .map_or(0, |(p, _)| p),
        )
    }

    /// Whether the lexicon knows `stem` as a noun news counts, in the accusative or the dual
    /// too.
    fn known_noun(&self, stem: &str) -> bool {
        let l = &self.lex;
        let noun = |b: &str| {
            l.singulars.contains_key(b)
                || l.plurals.contains_key(b)
                || l.duals_an.contains_key(b)
                || l.is(b, Cue::Counted)
        };
        noun(stem)
            || [
                stem.strip_suffix('ا'),
                stem.strip_suffix("ين"),
                stem.strip_suffix("ان"),
            ]
            .into_iter()
            .flatten()
            .any(|b| b.chars().count() >= 2 && noun(b))
    }

    /// A noun with واحد or واحدة after it is a count of one (مباراة واحدة، قرية واحدة), and
    /// so with وحيد، وحيدة, "single" (هدف وحيد، نقطة وحيدة).
    pub(super) fn one(&self, i: usize) -> Option<Draft> {
        let word = self.word(i)?;
        if i > 0 && matches!(word, "الواحد" | "الواحده") {
            return self.definite_one(i);
        }
        if i == 0 || !self.lex.is(word, Cue::Whole) || self.lex.is(word, Cue::Duration) {
            return None;
        }
        // واحد، واحدة، واحدا، وحيد: not كامل, which says "whole" of a unit only; not وحيد
        // القرن, the rhinoceros (لاستنساخ وحيد القرن)
        let rhinoceros = self.joined(i) && self.word(i + 1) == Some("القرن");
        // وحيد is also "alone" after a verb, a pronoun or a place (تجلس وحيدة، بأنني وحيد،
        // روسيا وحيدا) and a name (كريم وحيد): "single" only after a noun the lexicon counts
        let single = word.starts_with("وحيد")
            && !rhinoceros
            && Self::stems(self.word(i - 1)?)
                .any(|(_, s)| self.known_noun(s) || self.unit_word(s).is_some());
        let one = word.starts_with("واحد") || single;
        let noun = self.word(i - 1)?;
        // هو واحد من 4 مشاريع، وسينتوسا واحدة من 63 جزيرة: "one of N" is a count of one, the
        // word alone (N counts its noun itself), unless a noun is its own, one the lexicon
        // counts (نقطة واحدة من 12) or one in the accusative (طلبا واحدا من اثنين), or كل
        // makes it "each" (كل واحد من 3)
        let accusative = word.ends_with('ا') && noun.ends_with('ا') && !noun.ends_with("ها");
        if word.starts_with("واحد")
            && !accusative
            && self.of_a_number(i + 1)
            && !Self::stems(noun)
                .any(|(_, s)| s == "كل" || self.known_noun(s) || self.unit_word(s).is_some())
        {
            return Some(Draft {
                first: i,
                last: i + 1,
                kind: "count",
                value: Some(1.0),
                ..Draft::default()
            });
        }
        // حالة وفاة واحدة، سيارة إسعاف واحدة: from the light head, حالة too
        let first = if i >= 2 && self.joined(i - 2) && self.compound_tail(i - 2) {
            i - 2
        } else {
            i - 1
        };
        // هدفا واحدا: واحدا agrees with a noun in the accusative, in ا; after another word it
        // is "one" itself (يعد واحدا من أبرز، ليصبح واحدا من), or "alone" (ينتظر وحيدا)
        let agrees = !word.ends_with('ا') || noun.ends_with('ا') && !noun.ends_with("ها");
        if !one || !agrees || !self.joined(i - 1) || !self.indefinite_noun(noun, 2) {
            return None;
        }
        // ليوم واحد، لليلة واحدة، بعام واحد: a unit of time behind a preposition, lasting one
        // (the preposition out of the span)
        let time = Self::stems(noun).skip(1).find_map(|(p, s)| {
            let unit = self.unit_word(s)?;
            (Self::is_time(unit.unit) && unit.count == 1).then_some((p, unit.unit))
        });
        if let Some((prefix, unit)) = time.filter(|_| first == i - 1) {
            return Some(Draft {
                first,
                last: i + 1,
                prefix,
                kind: "duration",
                value: Some(1.0),
                unit: Some(unit),
                ..Draft::default()
            });
        }
        let prefix = self.noun_clitics(self.word(first)?)?;
        Some(Draft {
            first,
            last: i + 1,
            prefix,
            kind: "count",
            value: Some(1.0),
            noun: Some((first, prefix)),
            ..Draft::default()
        })
    }

    /// Whether من at `i` and a number after it (من 4، من بين خمسة، من عشرات) follow the one
    /// before, all on one line; not أحد, "one" again (غرفة واحدة من أحد المساكن).
    fn of_a_number(&self, i: usize) -> bool {
        let at = if self.word(i + 1) == Some("بين") && self.joined(i + 1) {
            i + 2
        } else {
            i + 1
        };
        self.joined(i - 1)
            && self.word(i) == Some("من")
            && self.joined(i)
            && self.tokens.get(at).is_some_and(|t| {
                t.kind == Kind::Number
                    || self.lex.number_words.contains_key(t.text)
                        && !["احد", "أحد", "إحد", "واحد"]
                            .iter()
                            .any(|w| t.text.starts_with(w))
            })
    }

    /// A goal alone in a match's result is one: before نظيف, in the span (بهدف نظيف), or
    /// before the words that give the other side's (بهدف دون رد، بهدف مقابل هدفين، بهدف
    /// لمثله), or after مقابل (بهدفين مقابل هدف). So are the goals a noun of number says
    /// (بثلاثية نظيفة، برباعية مقابل هدف: three, four). Not before واحد or وحيد, which [`Self::one`]
    /// reads with it, and not بهدف "aiming at" before anything else (بهدف تعزيز).
    pub(super) fn goal(&self, i: usize) -> Option<Draft> {
        let (prefix, value) = Self::stems(self.word(i)?).find_map(|(p, s)| {
            let value = self.lex.cue(s, Cue::Goal)?;
            Some((p, value.and_then(|v| v.parse().ok()).unwrap_or(1.0)))
        })?;
        let after = |role: Cue| self.joined(i) && self.is(i + 1, role);
        // بهدفين مقابل هدف، بثلاثة أهداف لهدف: the other side's, after مقابل or behind ل after
        // the winner's goals
        let goals = |w: &str| {
            Self::stems(w).any(|(_, s)| matches!(s, "هدفين" | "اهداف") || self.lex.is(s, Cue::Goal))
        };
        let before = i
            .checked_sub(1)
            .filter(|&k| self.joined(k))
            .and_then(|k| self.word(k));
        let behind_to = self.word(i).is_some_and(|w| w.ends_with("لهدف"));
        let against =
            before == Some("مقابل") || prefix > 0 && behind_to && before.is_some_and(goals);
        // after a goal won with ب (فاز بهدف دون مقابل، بثنائية دون أن يسجل) دون and مقابل give
        // the other side's; without it only before a score (هدف دون رد، سداسية مقابل هدف):
        // before anything else the word is an adjective or a noun of its own (مفاوضات ثنائية
        // دون شروط، قمة ثلاثية مقابل قمة رباعية)
        let by = self
            .word(i)
            .is_some_and(|w| w.chars().take(prefix).any(|c| c == 'ب'));
        let score = |k: usize| {
            self.tokens.get(k).is_some_and(|t| t.kind == Kind::Number)
                || self.word(k).is_some_and(|w| {
                    matches!(w, "رد" | "صفر" | "لا" | "لاشيء" | "مقابل")
                        || goals(w)
                        || self.lex.number_words.contains_key(w)
                })
        };
        let other_side = after(Cue::OtherSide)
            && (by
                || !matches!(self.word(i + 1), Some("دون" | "مقابل"))
                || self.joined(i + 1) && score(i + 2));
        let clean = after(Cue::Clean);
        if after(Cue::Whole) || !(clean || other_side || against) {
            return None;
        }
        Some(Draft {
            first: i,
            last: i + 1 + usize::from(clean),
            prefix,
            kind: "count",
            value: Some(value),
            noun: Some((i, prefix)),
            ..Draft::default()
        })
    }

    /// الحالة الواحدة، للبرميل الواحد، المريض الواحد: a definite noun with الواحد or الواحدة
    /// after it, agreeing in gender, is a count of one ("a single", "per one"); not a name
    /// (عبد الواحد، سياسة الصين الواحدة).
    pub(super) fn definite_one(&self, i: usize) -> Option<Draft> {
        let word = self.word(i)?;
        let noun = self.word(i - 1)?;
        let feminine = |w: &str| w.ends_with('ه');
        let ok = self.joined(i - 1)
            && Self::definite(noun)
            && feminine(noun) == feminine(word)
            && !self.lex.is(noun, Cue::NotNoun)
            && !self.lex.number_words.contains_key(noun);
        ok.then(|| Draft {
            first: i - 1,
            last: i + 1,
            kind: "count",
            value: Some(1.0),
            noun: Some((i - 1, 0)),
            ..Draft::default()
        })
    }

    /// A magnitude without a number: الملايين، آلاف، عشرات. Vague: it has no exact value.
    pub(super) fn vague(&self, i: usize) -> Option<Draft> {
        let (prefix, magnitude) =
            Self::stems(self.word(i)?)
                .into_iter()
                .find_map(|(p, stem)| {
                    let stem = stem.strip_prefix("ال").unwrap_or(stem);
                    match self.lex.number_words.get(stem)? {
                        &(v, Role::Plural) => Some((p, v)),
                        _ => None,
                    }
                })?;
        let noun = self.counted_noun(i + 1).map(|_| (i + 1, 0));
        Some(Draft {
            first: i,
            last: i + 1,
            prefix,
            kind: "vague",
            value: None,
            unit: Some(match magnitude as u64 {
                10 => "tens",
                100 => "hundreds",
                1000 => "thousands",
                1_000_000 => "millions",
                _ => "billions",
            }),
            noun,
            note: Some("vague"),
            ..Draft::default()
        })
    }
}
