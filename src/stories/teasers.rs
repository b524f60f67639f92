//! Teaser blocks: a page that ends with the openings of the outlet's other articles (a list of
//! its latest news, each item its lead, cut short). Those lines are page furniture: counted in
//! the article's words, they make two unrelated pieces of one day alike through the block they
//! share, and each alike to the stories its block announces.
//!
//! A line is a teaser when its first words are the opening of an article of the same outlet
//! added before it (so that a corpus read in chunks reads each page as read at once); the block is the run of short lines at the end of the text in which teasers are most,
//! at least `BLOCK_TEASERS` of them: one such line alone is more often the outlet's own earlier
//! lead reused as background.

use rustc_hash::FxHashMap;

use super::copies;

/// Words of a line whose shingles are compared with the openings of other articles.
const LINE_WORDS: usize = 10;
/// Shingles a line needs to be compared at all: fewer words say too little.
const LINE_SHINGLES: usize = 5;
/// The share of a line's shingles that must open one other article for the line to be a teaser.
const TEASER_SHARE: f32 = 0.6;
/// Characters of the longest teaser: a listing shows a sentence of each article, cut short.
const TEASER_CHARS: usize = 300;
/// Teasers a block needs: one line that opens another article is more often background.
const BLOCK_TEASERS: usize = 2;

/// The openings of the articles read so far, by outlet: for each shingle of an article's lead
/// (with its outlet mixed in), the first article whose lead has it. The first is enough to know
/// whether one before a given article has it, and a corpus of millions of leads keeps 12 bytes a
/// shingle.
#[derive(Default)]
pub struct Openings {
    first: FxHashMap<u64, u32>,
}

impl Openings {
    /// Notes the lead of `article` of `outlet` (sorted, distinct shingles: [`copies::lead`]).
    pub fn insert(&mut self, article: u32, outlet: Option<u32>, lead: &[u64]) {
        for &shingle in lead {
            self.first
                .entry(of_outlet(outlet, shingle))
                .or_insert(article);
        }
    }

    /// Whether a line of `article`, read as `words`, opens as an earlier article of its outlet.
    fn opens_another(&self, article: u32, outlet: Option<u32>, words: &[u64]) -> bool {
        let shingles = copies::lead(&words[..words.len().min(LINE_WORDS)]);
        if shingles.len() < LINE_SHINGLES {
            return false;
        }
        let shared = shingles
            .iter()
            .filter(|&&s| {
                self.first
                    .get(&of_outlet(outlet, s))
                    .is_some_and(|&first| first < article)
            })
            .count();
        shared as f32 >= TEASER_SHARE * shingles.len() as f32
    }

    /// Where the article's own text ends: the byte at which its closing block of teasers starts,
    /// or the text's length. `body` is the text after the title; the body's first line is the
    /// article's own lead, never a teaser. `words` reads a line's first words (as many as it is
    /// given, or all) as the leads were read.
    pub fn own_end(
        &self,
        article: u32,
        outlet: Option<u32>,
        text: &str,
        body: &str,
        words: impl Fn(&str, usize) -> Vec<u64>,
    ) -> usize {
        let body_start = text.len() - body.len();
        let (mut end, mut teasers, mut short) = (text.len(), 0usize, 0usize);
        let mut block = 0usize;
        // the body's lines after its first, last first, each with its byte offset in `text`:
        // read from the end up to the first long line (splitting the whole body was as much as
        // reading the lines' words)
        let mut line_end = text.len();
        for line in body.rsplit('\n') {
            let start = line_end - line.len();
            if start == body_start || line.chars().count() > TEASER_CHARS {
                break;
            }
            line_end = start - 1;
            short += 1;
            if self.opens_another(article, outlet, &words(line, LINE_WORDS)) {
                teasers += 1;
                // the block starts at a teaser, and teasers are at least half of it
                if 2 * teasers >= short {
                    end = start;
                    block = teasers;
                }
            }
        }
        if block >= BLOCK_TEASERS {
            // the newline before the block goes with it
            text[..end].trim_end_matches('\n').len()
        } else {
            text.len()
        }
    }
}

/// A lead shingle as the outlet's: one outlet's teasers announce its own articles.
fn of_outlet(outlet: Option<u32>, shingle: u64) -> u64 {
    let outlet = outlet.map_or(0, |o| u64::from(o) + 1);
    shingle ^ outlet.wrapping_mul(0x9e37_79b9_7f4a_7c15).rotate_left(17)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Words as the index reads them for leads: each word hashed.
    fn words(text: &str) -> Vec<u64> {
        text.split_whitespace()
            .map(|w| {
                w.bytes()
                    .fold(7u64, |h, b| h.wrapping_mul(31) ^ u64::from(b))
            })
            .collect()
    }

    const LEADS: [&str; 3] = [
        "أعلنت وزارة الصحة اليوم الثلاثاء عن افتتاح مستشفى جديد للأطفال في العاصمة بسعة مئتي سرير",
        "فاز فريق النادي الأهلي على ضيفه بهدفين نظيفين في المباراة التي جرت مساء الاثنين على ملعب القاهرة",
        "قال وزير المالية إن الحكومة ستخفض الضرائب على الشركات الصغيرة بداية من العام المقبل لدعم النمو",
    ];
    const OWN: &str = "العنوان\nقررت المحكمة تأجيل النظر في القضية إلى الشهر المقبل بطلب من هيئة الدفاع عن المتهمين\nوكانت النيابة قد وجهت تهما عدة إلى المتهمين في القضية المعروفة إعلاميا";

    fn openings() -> Openings {
        let mut openings = Openings::default();
        for (k, lead) in LEADS.iter().enumerate() {
            openings.insert(k as u32 + 1, Some(0), &copies::lead(&words(lead)));
        }
        openings
    }

    fn own_text(openings: &Openings, text: &str, outlet: Option<u32>) -> String {
        let body = text.split_once('\n').unwrap().1;
        let end = openings.own_end(9, outlet, text, body, |line, _| words(line));
        text[..end].to_string()
    }

    #[test]
    fn a_closing_block_of_the_outlets_other_leads_is_not_the_articles_text() {
        let text = format!("{OWN}\n{}\n{}\n{}", LEADS[0], LEADS[1], LEADS[2]);
        assert_eq!(own_text(&openings(), &text, Some(0)), OWN);
        // another outlet's article ending with the same lines quotes them
        assert_eq!(own_text(&openings(), &text, Some(1)), text);
    }

    #[test]
    fn lines_opening_later_articles_stay() {
        // read in chunks, a page cannot know the articles after it: read at once, neither
        let text = format!("{OWN}\n{}\n{}\n{}", LEADS[0], LEADS[1], LEADS[2]);
        let body = text.split_once('\n').unwrap().1;
        assert_eq!(
            openings().own_end(0, Some(0), &text, body, |line, _| words(line)),
            text.len()
        );
    }

    #[test]
    fn the_block_is_read_from_the_end_up_to_a_long_line() {
        let long = "وأضاف المتحدث أن اللجنة ستواصل عملها ".repeat(10);
        assert!(long.chars().count() > TEASER_CHARS);
        // teasers after the article's last long paragraph are cut, the paragraph stays
        let own = format!("{OWN}\n{long}");
        let text = format!("{own}\n{}\n{}", LEADS[0], LEADS[1]);
        assert_eq!(own_text(&openings(), &text, Some(0)), own);
        // lines before a long one are the article's, whatever they open
        let text = format!("{OWN}\n{}\n{}\n{long}", LEADS[0], LEADS[1]);
        assert_eq!(own_text(&openings(), &text, Some(0)), text);
    }

    #[test]
    fn one_earlier_lead_reused_as_background_stays() {
        let text = format!("{OWN}\n{}", LEADS[0]);
        assert_eq!(own_text(&openings(), &text, Some(0)), text);
    }

    #[test]
    fn the_articles_own_lead_is_never_a_teaser() {
        // an article is not its own teaser; the body's first line is its lead
        let mut openings = openings();
        openings.insert(9, Some(0), &copies::lead(&words(LEADS[1])));
        let text = format!("العنوان\n{}\n{}\n{}", LEADS[1], LEADS[0], LEADS[2]);
        assert_eq!(
            own_text(&openings, &text, Some(0)),
            format!("العنوان\n{}", LEADS[1])
        );
    }
}
