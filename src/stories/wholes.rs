//! Two groups of one big happening, compared as wholes.
//!
//! Average linkage splits a happening many outlets report at length into groups alike only
//! about 0.07 on average: each group took its own angle (the signing, the handshake, the
//! reactions of the day), and a few of their pairs are told apart by their headlines' actors.
//! Between two such groups nearly every pair is alike in words and a good share of them as
//! alike as one story's reports, while a reaction or a follow-up group shares fewer such
//! pairs, or names a thing of its own in most of its headlines that the other's rarely name.

use rustc_hash::FxHashMap;

use super::linkage::Edge;

/// Groups smaller than this are left to average linkage: a single article is compared by its
/// own pairs, which say what it reports.
const LEAST_GROUP: usize = 2;
/// The share of the pairs between two groups that must be alike in words (an edge, told apart
/// by actors or not): a happening's reports share its names and words, whatever they lead with.
const ALIKE_PAIRS: f32 = 0.8;
/// The share of the pairs between two groups alike enough to join on their own (the threshold).
const JOINING_PAIRS: f32 = 0.35;
/// At most this share of the pairs between two groups may be told apart by actors or outlet.
const APART_PAIRS: f32 = 0.25;
/// Likenesses at or below this are two kinds of happening (`UNLIKE`): none may stand between
/// groups joined as wholes.
const TWO_KINDS: f32 = -0.5;
/// Joins chain (a group joined may join a third); a few rounds reach every chain seen.
const ROUNDS: usize = 5;

/// The groups of `groups` (a group per article), two of them joined when they are one
/// happening as wholes (see the module) and `apart` does not tell their members apart;
/// numbered again in order of first article.
pub fn join_wholes(
    groups: &[u32],
    edges: &[Edge],
    threshold: f32,
    apart: impl Fn(&[u32], &[u32]) -> bool,
) -> Vec<u32> {
    let mut members: Vec<Vec<u32>> = Vec::new();
    for (article, &g) in groups.iter().enumerate() {
        if g as usize >= members.len() {
            members.resize(g as usize + 1, Vec::new());
        }
        members[g as usize].push(article as u32);
    }
    let mut parent: Vec<u32> = (0..members.len() as u32).collect();
    for _ in 0..ROUNDS {
        // per pair of groups: pairs alike in words, alike at the threshold, told apart, unlike
        let mut between: FxHashMap<(u32, u32), [u32; 4]> = FxHashMap::default();
        for &(a, b, likeness) in edges {
            let (x, y) = (
                root(&parent, groups[a as usize]),
                root(&parent, groups[b as usize]),
            );
            if x == y {
                continue;
            }
            let counts = between.entry((x.min(y), x.max(y))).or_default();
            counts[0] += u32::from(likeness > TWO_KINDS);
            counts[1] += u32::from(likeness >= threshold);
            counts[2] += u32::from(likeness < 0.0 && likeness > TWO_KINDS);
            counts[3] += u32::from(likeness <= TWO_KINDS);
        }
        let mut candidates: Vec<(f32, u32, u32)> = between
            .into_iter()
            .filter_map(|((x, y), [alike, joining, told_apart, unlike])| {
                let (nx, ny) = (members[x as usize].len(), members[y as usize].len());
                let pairs = (nx * ny) as f32;
                let whole = nx >= LEAST_GROUP
                    && ny >= LEAST_GROUP
                    && unlike == 0
                    && alike as f32 >= ALIKE_PAIRS * pairs
                    && joining as f32 >= JOINING_PAIRS * pairs
                    && told_apart as f32 <= APART_PAIRS * pairs;
                (whole && !apart(&members[x as usize], &members[y as usize])).then_some((
                    joining as f32 / pairs,
                    x,
                    y,
                ))
            })
            .collect();
        if candidates.is_empty() {
            break;
        }
        // the likest first; ties by the lowest pair, so the result is the same every run
        candidates.sort_unstable_by(|p, q| {
            q.0.total_cmp(&p.0)
                .then_with(|| (p.1, p.2).cmp(&(q.1, q.2)))
        });
        // a group joins once a round: its candidates were weighed on its members before the
        // join, and the next round weighs the joined group whole
        let mut joined = vec![false; parent.len()];
        for (_, x, y) in candidates {
            if joined[x as usize] || joined[y as usize] {
                continue;
            }
            joined[x as usize] = true;
            joined[y as usize] = true;
            parent[y as usize] = x;
            let moved = std::mem::take(&mut members[y as usize]);
            members[x as usize].extend(moved);
        }
    }
    let mut number: FxHashMap<u32, u32> = FxHashMap::default();
    groups
        .iter()
        .map(|&g| {
            let r = root(&parent, g);
            let next = number.len() as u32;
            *number.entry(r).or_insert(next)
        })
        .collect()
}

fn root(parent: &[u32], mut g: u32) -> u32 {
    while parent[g as usize] != g {
        g = parent[g as usize];
    }
    g
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Two groups of two, every pair between them alike `between`.
    fn two_pairs(between: f32) -> Vec<Edge> {
        let mut edges = vec![(0, 1, 0.5), (2, 3, 0.5)];
        for a in 0..2 {
            for b in 2..4 {
                edges.push((a, b, between));
            }
        }
        edges
    }

    #[test]
    fn groups_alike_as_wholes_join() {
        let groups = [0, 0, 1, 1];
        let mut edges = two_pairs(0.05);
        edges[2].2 = 0.12;
        edges[3].2 = 0.1;
        assert_eq!(
            join_wholes(&groups, &edges, 0.09, |_, _| false),
            vec![0, 0, 0, 0]
        );
    }

    #[test]
    fn groups_with_few_strong_pairs_or_unlike_pairs_or_told_apart_stay_apart() {
        let groups = [0, 0, 1, 1];
        let mut few = two_pairs(0.05);
        few[2].2 = 0.12;
        assert_eq!(
            join_wholes(&groups, &few, 0.09, |_, _| false),
            vec![0, 0, 1, 1]
        );
        let mut unlike = two_pairs(0.12);
        unlike[5].2 = -1.0;
        assert_eq!(
            join_wholes(&groups, &unlike, 0.09, |_, _| false),
            vec![0, 0, 1, 1]
        );
        let alike = two_pairs(0.12);
        assert_eq!(
            join_wholes(&groups, &alike, 0.09, |_, _| true),
            vec![0, 0, 1, 1]
        );
    }

    #[test]
    fn a_single_article_is_left_to_its_pairs() {
        let groups = [0, 0, 1];
        let edges = [(0, 1, 0.5), (0, 2, 0.12), (1, 2, 0.12)];
        assert_eq!(
            join_wholes(&groups, &edges, 0.09, |_, _| false),
            vec![0, 0, 1]
        );
    }
}
