//! One stable sort for the whole crate, compiled once.
//!
//! `slice::sort_by` and friends are instantiated for every element type and comparator:
//! a dozen call sites cost 150 functions and 68 KB of wasm (issue 8, measured with
//! `twiggy`). Here every call sorts a permutation of indices through one `dyn`
//! comparator, so the standard library's sort is compiled for `usize` only, and the part
//! that stays generic (building the comparator, moving the items into place) is a few
//! hundred bytes per type. Stable: equal items keep their order, so output never depends
//! on where a rule pushed a finding.

use std::cmp::Ordering;

/// The order that sorts `n` items compared by index.
fn order(n: usize, cmp: &mut dyn FnMut(usize, usize) -> Ordering) -> Vec<usize> {
    let mut idx: Vec<usize> = (0..n).collect();
    idx.sort_by(|&a, &b| cmp(a, b));
    idx
}

fn order_of<T>(v: &[T], mut cmp: impl FnMut(&T, &T) -> Ordering) -> Vec<usize> {
    order(v.len(), &mut |a, b| match (v.get(a), v.get(b)) {
        (Some(x), Some(y)) => cmp(x, y),
        _ => Ordering::Equal,
    })
}

/// Sort a vector by a comparator (stable).
pub fn sort_by<T>(v: &mut Vec<T>, cmp: impl FnMut(&T, &T) -> Ordering) {
    if v.len() < 2 {
        return;
    }
    let order = order_of(v, cmp);
    let mut slots: Vec<Option<T>> = std::mem::take(v).into_iter().map(Some).collect();
    v.extend(
        order
            .into_iter()
            .filter_map(|i| slots.get_mut(i).and_then(Option::take)),
    );
}

/// Sort a vector by a key (stable).
pub fn sort_by_key<T, K: Ord>(v: &mut Vec<T>, mut key: impl FnMut(&T) -> K) {
    sort_by(v, |a, b| key(a).cmp(&key(b)));
}

/// Sort a vector in its natural order.
pub fn sort<T: Ord>(v: &mut Vec<T>) {
    sort_by(v, T::cmp);
}

/// Sort a slice of small copyable items by a key (stable).
pub fn sort_slice_by_key<T: Copy, K: Ord>(v: &mut [T], mut key: impl FnMut(&T) -> K) {
    if v.len() < 2 {
        return;
    }
    let sorted: Vec<T> = order_of(v, |a, b| key(a).cmp(&key(b)))
        .into_iter()
        .filter_map(|i| v.get(i).copied())
        .collect();
    for (slot, item) in v.iter_mut().zip(sorted) {
        *slot = item;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorts_and_keeps_equal_items_in_order() {
        let mut v = vec![(3, 'a'), (1, 'b'), (3, 'c'), (2, 'd'), (1, 'e')];
        sort_by_key(&mut v, |p| p.0);
        assert_eq!(v, [(1, 'b'), (1, 'e'), (2, 'd'), (3, 'a'), (3, 'c')]);
        let mut w = vec![5, 3, 9, 1, 1, 0];
        sort(&mut w);
        assert_eq!(w, [0, 1, 1, 3, 5, 9]);
        let mut s = ['c', 'a', 'b'];
        sort_slice_by_key(&mut s, |c| *c);
        assert_eq!(s, ['a', 'b', 'c']);
        let mut empty: Vec<u8> = Vec::new();
        sort(&mut empty);
        assert!(empty.is_empty());
    }

    #[test]
    fn agrees_with_the_standard_sort() {
        // A deterministic pseudo-random sequence with many ties.
        let mut x: u64 = 0x2545_f491_4f6c_dd1d;
        let mut v: Vec<(u8, usize)> = (0..2000)
            .map(|i| {
                x ^= x << 13;
                x ^= x >> 7;
                x ^= x << 17;
                ((x % 17) as u8, i)
            })
            .collect();
        let mut expected = v.clone();
        expected.sort_by_key(|p| p.0);
        sort_by_key(&mut v, |p| p.0);
        assert_eq!(v, expected);
    }
}
