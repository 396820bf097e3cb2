//! The member keys of the objects of a list, gathered once so that the text rows and the table
//! sections of a listing are filled without comparing keys again, and whether a value is a
//! scalar (a column) or nested (a section of its own).

use serde_json::{Map, Value};
use std::collections::HashMap;

pub(super) fn is_scalar(v: &Value) -> bool {
    !matches!(v, Value::Array(_) | Value::Object(_))
}

/// The members of the objects of a list (text rows, table sections) by key id, so that the
/// rows are filled without comparing keys again once the columns are known. The objects of a
/// listing share their keys and their order, so a key is recognised with one comparison, to
/// the key the previous object had at the same position.
#[derive(Default)]
pub(super) struct Members<'a> {
    /// Every distinct key, in order of appearance.
    keys: Vec<MemberKey<'a>>,
    /// The index in `keys` of every member of every object added, object after object.
    pub(super) ids: Vec<u32>,
    /// Where in `ids` the previous object's members start.
    previous: usize,
    index: HashMap<&'a str, u32>,
}

pub(super) struct MemberKey<'a> {
    name: &'a str,
    /// Whether it holds a scalar in some object.
    pub(super) scalar: bool,
    /// Whether it holds a list or an object in some object.
    pub(super) nested: bool,
}

/// Not among the keys asked for (see [`Members::sorted`]).
pub(super) const NO_RANK: u32 = u32::MAX;

impl<'a> Members<'a> {
    pub(super) fn add(&mut self, map: &'a Map<String, Value>) {
        let start = self.ids.len();
        for (j, (k, v)) in map.iter().enumerate() {
            // The objects of a list mostly share their keys and their order: the key the
            // previous object had at this position is the first guess.
            let guess = (self.previous + j < start).then(|| self.ids[self.previous + j]);
            let id = match guess {
                Some(id) if self.keys[id as usize].name == k.as_str() => id,
                _ => self.id(k),
            };
            let key = &mut self.keys[id as usize];
            if is_scalar(v) {
                key.scalar = true;
            } else {
                key.nested = true;
            }
            self.ids.push(id);
        }
        self.previous = start;
    }

    fn id(&mut self, name: &'a str) -> u32 {
        let next = self.keys.len() as u32;
        let id = *self.index.entry(name).or_insert(next);
        if id == next {
            self.keys.push(MemberKey {
                name,
                scalar: false,
                nested: false,
            });
        }
        id
    }

    /// The keys `pick` chooses, sorted, and the rank among them of every key id ([`NO_RANK`]
    /// for the others).
    pub(super) fn sorted(&self, pick: impl Fn(&MemberKey) -> bool) -> (Vec<&'a str>, Vec<u32>) {
        let mut chosen: Vec<(&'a str, u32)> = (0u32..)
            .zip(&self.keys)
            .filter(|(_, k)| pick(k))
            .map(|(id, k)| (k.name, id))
            .collect();
        chosen.sort_unstable();
        let mut rank = vec![NO_RANK; self.keys.len()];
        for (r, &(_, id)) in (0u32..).zip(&chosen) {
            rank[id as usize] = r;
        }
        (chosen.into_iter().map(|(name, _)| name).collect(), rank)
    }
}
