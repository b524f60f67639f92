//! Average-linkage clustering over a sparse graph of likenesses.
//!
//! Two groups merge while the mean likeness of their pairs of members is the highest left and
//! reaches the threshold; a pair with no edge counts as zero. Only the pairs that stand as
//! edges are ever looked at, so the cost follows the edges, not the square of the articles.

use std::cmp::Ordering;
use std::collections::BinaryHeap;

use rustc_hash::FxHashMap;

/// An edge between two articles and its likeness.
pub type Edge = (u32, u32, f32);

/// The group of each of `n` articles, numbered from 0 in order of their first article. The
/// pairs of `together` (a wire copy and its source) are one group before any likeness counts.
pub fn average_linkage(
    n: usize,
    edges: &[Edge],
    together: &[(u32, u32)],
    threshold: f32,
) -> Vec<u32> {
    average_linkage_supported(n, edges, together, threshold, |_| true)
}

/// As [`average_linkage`], but two groups join only when one of the edges between them
/// `supports` it.
pub fn average_linkage_supported(
    n: usize,
    edges: &[Edge],
    together: &[(u32, u32)],
    threshold: f32,
    supports: impl Fn(&Edge) -> bool,
) -> Vec<u32> {
    let mut size = vec![1u32; n];
    // per group: the sum of likeness to each neighbouring group, and whether an edge supports
    let mut sums: Vec<FxHashMap<u32, (f32, bool)>> = vec![FxHashMap::default(); n];
    let mut parent: Vec<u32> = (0..n as u32).collect();
    for &(a, b) in together {
        let (a, b) = (root(&parent, a), root(&parent, b));
        if a != b {
            parent[b as usize] = a;
            size[a as usize] += size[b as usize];
        }
    }
    for edge in edges {
        let &(a, b, likeness) = edge;
        let (a, b) = (root(&parent, a), root(&parent, b));
        let support = likeness > 0.0 && supports(edge);
        if a != b {
            for (x, y) in [(a, b), (b, a)] {
                let entry = sums[x as usize].entry(y).or_default();
                entry.0 += likeness;
                entry.1 |= support;
            }
        }
    }
    let mut heap = BinaryHeap::new();
    for (a, neighbours) in sums.iter().enumerate() {
        for (&b, &(sum, support)) in neighbours {
            let mean = sum / (size[a] * size[b as usize]) as f32;
            if (a as u32) < b && support && mean >= threshold {
                heap.push(Candidate {
                    mean,
                    a: a as u32,
                    b,
                });
            }
        }
    }
    while let Some(Candidate { mean, a, b }) = heap.pop() {
        if mean < threshold {
            break;
        }
        // stale: a group merged away, or the mean changed since this was pushed
        let current = sums[a as usize]
            .get(&b)
            .filter(|&&(_, support)| support)
            .map(|&(sum, _)| sum / (size[a as usize] * size[b as usize]) as f32);
        if parent[a as usize] != a || parent[b as usize] != b || current != Some(mean) {
            continue;
        }
        // merge the smaller neighbourhood into the larger
        let (keep, gone) = if sums[a as usize].len() >= sums[b as usize].len() {
            (a, b)
        } else {
            (b, a)
        };
        parent[gone as usize] = keep;
        size[keep as usize] += size[gone as usize];
        let moved = std::mem::take(&mut sums[gone as usize]);
        sums[keep as usize].remove(&gone);
        for (c, (sum, support)) in moved {
            if c == keep {
                continue;
            }
            let ours = sums[keep as usize].entry(c).or_default();
            ours.0 += sum;
            ours.1 |= support;
            let theirs = &mut sums[c as usize];
            theirs.remove(&gone);
            let theirs = theirs.entry(keep).or_default();
            theirs.0 += sum;
            theirs.1 |= support;
        }
        for (&c, &(sum, support)) in &sums[keep as usize] {
            let mean = sum / (size[keep as usize] * size[c as usize]) as f32;
            if support && mean >= threshold {
                heap.push(Candidate {
                    mean,
                    a: keep.min(c),
                    b: keep.max(c),
                });
            }
        }
    }
    number_groups(&mut parent)
}

fn root(parent: &[u32], mut k: u32) -> u32 {
    while parent[k as usize] != k {
        k = parent[k as usize];
    }
    k
}

/// Follows each article to its group's root and numbers the roots in order of first article.
fn number_groups(parent: &mut [u32]) -> Vec<u32> {
    let mut number: FxHashMap<u32, u32> = FxHashMap::default();
    (0..parent.len() as u32)
        .map(|k| {
            let r = root(parent, k);
            let next = number.len() as u32;
            *number.entry(r).or_insert(next)
        })
        .collect()
}

#[derive(PartialEq)]
struct Candidate {
    mean: f32,
    a: u32,
    b: u32,
}

impl Eq for Candidate {}

impl Ord for Candidate {
    fn cmp(&self, other: &Self) -> Ordering {
        // the highest mean first; ties by the lowest pair, so the result is the same every run
        self.mean
            .total_cmp(&other.mean)
            .then_with(|| other.a.cmp(&self.a))
            .then_with(|| other.b.cmp(&self.b))
    }
}

impl PartialOrd for Candidate {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn groups_merge_on_their_mean_likeness() {
        // 0-1 close; 2 is close to 1 only: the mean of (0,2) and (1,2) is 0.35 < 0.4
        let edges = [(0, 1, 0.9), (1, 2, 0.7), (3, 4, 0.5)];
        assert_eq!(average_linkage(5, &edges, &[], 0.4), vec![0, 0, 1, 2, 2]);
        assert_eq!(average_linkage(5, &edges, &[], 0.3), vec![0, 0, 0, 1, 1]);
    }

    #[test]
    fn copies_are_one_group_however_many() {
        // a chain of copies each linked to the one before: as likenesses their mean would fade
        // with the group's size, as copies they stay one story
        let together: Vec<(u32, u32)> = (1..50).map(|k| (k - 1, k)).collect();
        assert!(average_linkage(50, &[], &together, 0.5)
            .iter()
            .all(|&g| g == 0));
    }

    #[test]
    fn an_unlike_pair_keeps_a_small_group_apart_not_a_big_one() {
        // 1 is like 0 and 2, but 0 and 2 are unlike: 1 joins one of them, the other stays apart
        let small = [(0, 1, 0.9), (1, 2, 0.8), (0, 2, -1.0)];
        assert_eq!(average_linkage(3, &small, &[], 0.1), vec![0, 0, 1]);
        // among many alike pairs, one unlike pair does not split a story
        let mut big: Vec<Edge> = Vec::new();
        for a in 0..8u32 {
            for b in a + 1..8 {
                big.push((a, b, 0.6));
            }
        }
        big[0].2 = -1.0;
        assert!(average_linkage(8, &big, &[], 0.1).iter().all(|&g| g == 0));
    }

    #[test]
    fn no_edges_leave_every_article_alone() {
        assert_eq!(average_linkage(3, &[], &[], 0.1), vec![0, 1, 2]);
    }

    #[test]
    fn a_pair_joined_by_edges_that_do_not_support_waits_for_one_that_does() {
        // 0 and 1 (one outlet's two pieces) are alike by an edge that does not support a join:
        // alone they stay apart; a third article alike to both by supporting edges brings
        // them together, their own likeness counting in the mean
        let weak = |e: &Edge| !(e.0 == 0 && e.1 == 1);
        assert_eq!(
            average_linkage_supported(2, &[(0, 1, 0.5)], &[], 0.1, weak),
            vec![0, 1]
        );
        let three = [(0, 1, 0.5), (0, 2, 0.3), (1, 2, 0.05)];
        assert_eq!(
            average_linkage_supported(3, &three, &[], 0.1, weak),
            vec![0, 0, 0]
        );
        // every edge supporting: the plain average linkage
        assert_eq!(
            average_linkage_supported(2, &[(0, 1, 0.5)], &[], 0.1, |_| true),
            average_linkage(2, &[(0, 1, 0.5)], &[], 0.1)
        );
    }
}
