//! The close matches argparse offers for a misspelled command ("Maybe you meant"): Python's
//! `difflib.get_close_matches`, with its `SequenceMatcher` ratio.

use std::collections::HashMap;

/// The longest common block of `a[alo..ahi]` and `b[blo..bhi]`, leftmost in `a` then in `b`.
fn longest_match(
    a: &[char],
    b2j: &HashMap<char, Vec<usize>>,
    (alo, ahi): (usize, usize),
    (blo, bhi): (usize, usize),
) -> (usize, usize, usize) {
    let (mut besti, mut bestj, mut bestsize) = (alo, blo, 0);
    let mut j2len: HashMap<usize, usize> = HashMap::new();
    for (i, c) in a.iter().enumerate().take(ahi).skip(alo) {
        let mut new: HashMap<usize, usize> = HashMap::new();
        for &j in b2j.get(c).map(Vec::as_slice).unwrap_or_default() {
            if j < blo {
                continue;
            }
            if j >= bhi {
                break;
            }
            let k = j
                .checked_sub(1)
                .and_then(|p| j2len.get(&p))
                .copied()
                .unwrap_or(0)
                + 1;
            new.insert(j, k);
            if k > bestsize {
                besti = i + 1 - k;
                bestj = j + 1 - k;
                bestsize = k;
            }
        }
        j2len = new;
    }
    (besti, bestj, bestsize)
}

/// The number of characters in matching blocks, as `SequenceMatcher.get_matching_blocks` counts.
fn matches(a: &[char], b: &[char]) -> usize {
    let mut b2j: HashMap<char, Vec<usize>> = HashMap::new();
    for (j, c) in b.iter().enumerate() {
        b2j.entry(*c).or_default().push(j);
    }
    // Python's autojunk only applies to sequences of 200 items or more.
    if b.len() >= 200 {
        let limit = b.len() / 100 + 1;
        b2j.retain(|_, v| v.len() <= limit);
    }
    let mut total = 0;
    let mut queue = vec![(0, a.len(), 0, b.len())];
    while let Some((alo, ahi, blo, bhi)) = queue.pop() {
        let (i, j, k) = longest_match(a, &b2j, (alo, ahi), (blo, bhi));
        if k > 0 {
            total += k;
            if alo < i && blo < j {
                queue.push((alo, i, blo, j));
            }
            if i + k < ahi && j + k < bhi {
                queue.push((i + k, ahi, j + k, bhi));
            }
        }
    }
    total
}

/// `SequenceMatcher(None, a, b).ratio()`.
pub fn ratio(a: &str, b: &str) -> f64 {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let len = a.len() + b.len();
    if len == 0 {
        return 1.0;
    }
    2.0 * matches(&a, &b) as f64 / len as f64
}

/// `difflib.get_close_matches(word, possibilities, n, cutoff)`: the best `n` with a ratio of at
/// least `cutoff`, best first (ties: the greater string first, as Python's heap orders them).
pub fn close_matches(word: &str, possibilities: &[String], n: usize, cutoff: f64) -> Vec<String> {
    let mut scored: Vec<(f64, &String)> = possibilities
        .iter()
        .map(|p| (ratio(p, word), p))
        .filter(|(r, _)| *r >= cutoff)
        .collect();
    scored.sort_by(|x, y| y.0.total_cmp(&x.0).then_with(|| y.1.cmp(x.1)));
    scored.into_iter().take(n).map(|(_, p)| p.clone()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ratios_are_difflibs() {
        // difflib.SequenceMatcher(None, "abcd", "bcde").ratio() == 0.75
        assert_eq!(ratio("abcd", "bcde"), 0.75);
        assert_eq!(ratio("", ""), 1.0);
        let names: Vec<String> = [
            "describe-mitigation-action",
            "delete-mitigation-action",
            "create-mitigation-action",
            "list-mitigation-actions",
        ]
        .map(String::from)
        .to_vec();
        assert_eq!(
            close_matches("describe-mitigatio-action", &names, 3, 0.8),
            [
                "describe-mitigation-action",
                "delete-mitigation-action",
                "create-mitigation-action"
            ]
        );
    }
}
